// n / N inside an open detail: the next or previous line holding the find word (typed after `/`
// there, else the first phrase or word of the list's search that led here). A scrolled view (the
// reader, a comparison) scrolls to it; a card with links selects the link at or after it.
import {findLine} from '../content/find.js';
import type {Model} from '../model/model.js';
import type {Env} from './reducer.js';
import {currentDetail, replaceTop, type AppState} from './types.js';

/** Lines kept above a match so it is read in its context. */
const CONTEXT = 2;

/** What n / N look for: the find word, else the list's search. */
export function findTerm(state: AppState, model: Model): string {
	if (state.find?.text) return state.find.text;
	const query = model.panes.parse(state.lists[state.focus].query);
	return query.phrases[0] ?? query.words[0] ?? '';
}

export function findMove(state: AppState, env: Env, step: 1 | -1): AppState {
	const detail = currentDetail(state);
	const spec = detail && env.model.registry.detail(detail.kind);
	if (!detail || !spec) return state;
	const term = findTerm(state, env.model);
	if (!term) return {...state, status: {text: 'Nothing to find: press / and type a word.', tone: 'info'}};
	const {detailWidth, detailHeight} = env.layout(state);
	const content = spec.content(detail, env.model, detailWidth, detailHeight, env.brackets, false);
	const from = detail.found ?? (step === 1 ? content.top - 1 : content.top);
	const line = findLine(content.lines, term, from, step);
	if (line < 0) return {...state, status: {text: `No “${term}” here.`, tone: 'info'}};
	const wrapped = step === 1 ? line <= from : line >= from;
	let next = {...detail, found: line};
	if (spec.targets && content.lineOfTarget) {
		// The link at or after the match, found by halving (links' lines ascend).
		const total = spec.targets(detail, env.model);
		let lo = 0;
		let hi = Math.max(0, total - 1);
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (content.lineOfTarget(mid) < line) lo = mid + 1;
			else hi = mid;
		}
		next = {...next, cursor: lo};
	} else {
		next = {...next, scroll: Math.max(0, line - CONTEXT)};
	}
	const where = `“${term}”: line ${line + 1} of ${content.lines.length}${wrapped ? ' (from the other end)' : ''}. n / N: next / previous.`;
	return {...replaceTop(state, next), status: {text: where, tone: 'info'}};
}
