// Helpful messages for empty lists, instead of an empty frame.
import type {Model} from '../model/model.js';
import type {PaneSpec} from '../specs/types.js';
import type {AppState} from '../state/types.js';
import {activeQuery} from '../state/types.js';
import {safeInline} from '../text/safe.js';
import {wrapSegments, type Line} from '../text/segments.js';

export function emptyLines(pane: PaneSpec, state: AppState, model: Model, width: number): Line[] {
	const {index} = model;
	const say = (text: string, mark?: 'dim' | 'warn') => wrapSegments([{text, mark}], width);
	const tell = ([line, hint]: [string, string?]) => [...say(line), ...(hint ? say(hint, 'dim') : [])];
	const query = activeQuery(state, pane.id);
	if (query) {
		const parsed = model.panes.parse(query);
		const lacking = model.panes.lacking(pane.id, parsed);
		const why = [...parsed.problems, ...lacking.map((name) => `${pane.label} have no ${name}: field.`)];
		return [...say(`No match for “${safeInline(query)}”.`), ...why.flatMap((line) => say(line, 'warn')), ...say('Esc clears the search.', 'dim')];
	}
	const filter = pane.filters[state.lists[pane.id].filter];
	if (filter?.empty && model.panes.items(pane.id).length > 0) return tell(filter.empty);
	if (index.articles.length === 0) {
		const skipped = index.warnings.filter((w) => w.skipped).length;
		if (skipped > 0) {
			return [
				...say(`No articles could be loaded: ${skipped} file${skipped === 1 ? ' was' : 's were'} skipped.`, 'warn'),
				...say('Press w to see which files and why.', 'dim'),
			];
		}
		return [
			...say('No articles found.'),
			...say('Run presslens with a folder or files of news articles: .txt, .md, .html, .json or .jsonl (also .gz).', 'dim'),
		];
	}
	return tell(pane.empty);
}
