// The Outlets pane's row and the outlet page it opens: group, articles, date span, statements
// carried and reported first, the entities it names most; its most used labels for the corpus's top
// entities (each a link to the entity card), its group side by side with another, then its articles
// (links to the reader) and statements (links to the comparison). Lines are drawn on demand.
import {sideBySide} from '../../analysis/framing/side-by-side.js';
import type {OutletProfile} from '../../index/outlets.js';
import type {Model} from '../model/model.js';
import {BY_GROUP} from '../model/framing.js';
import {outletFigures} from '../model/outlets.js';
import {renderingShown, safeInline} from '../text/safe.js';
import {wrapIndented, type Line, type Segment} from '../text/segments.js';
import {fit, fitRight, truncate} from '../text/width.js';
import {linesOnDemand, type LineList} from './entity.js';
import {articleTitle} from './rows.js';
import {plural} from '../../util/plural.js';

const GROUP = 14;
const ART = 5;
const DATES = 16;
const STMT = 6;
const FIRST = 5;
const fixed = GROUP + ART + DATES + STMT + FIRST + 3;

/** "2021-03–2022-11", one month, or "undated". */
export function dateSpan(p: OutletProfile): string {
	if (!p.first || !p.last) return 'undated';
	const [a, b] = [p.first.slice(0, 7), p.last.slice(0, 7)];
	return a === b ? a : `${a}–${b}`;
}

export function outletHeader(width: number): string {
	const name = Math.max(12, Math.floor((width - fixed) * 0.6));
	return fit(`${fit('OUTLET', name)} ${fit('GROUP', GROUP)}${fitRight('ART', ART)}  ${fit('DATES', DATES)}${fitRight('STMT', STMT)}${fitRight('1ST', FIRST)}  NAMES MOST`, width);
}

export function outletRow(p: OutletProfile, model: Model, width: number): string {
	const name = Math.max(12, Math.floor((width - fixed) * 0.6));
	const figures = outletFigures(model);
	const counts = figures.ready ? figures.tally.of.get(p.id) : undefined;
	const stmt = figures.ready ? String(counts?.statements.length ?? 0) : '…';
	const first = figures.ready ? String(counts?.firsts ?? 0) : '…';
	const names = figures.ready
		? figures.tally
				.topEntities(p.id, 3)
				.map(([id]) => safeInline(model.lookups.entityById.get(id)?.name ?? id))
				.join(', ')
		: '…';
	return fit(
		`${fit(safeInline(p.id), name)} ${fit(safeInline(p.group ?? '—'), GROUP)}${fitRight(String(p.articles.length), ART)}  ${fit(dateSpan(p), DATES)}${fitRight(stmt, STMT)}${fitRight(first, FIRST)}  ${names}`,
		width,
	);
}

export interface OutletPage {
	lines: LineList;
	/** Links: label lines (one per top entity it labels), articles, statements. */
	targets: number;
	lineOf(target: number): number;
	/** What link `target` opens. */
	link(target: number): {kind: 'entity' | 'article' | 'statement'; id: string} | undefined;
}

/**
 * The page at `width` with link `cursor` selected (-1: none). `compare`: a second group set side by
 * side with the outlet's own, for the top entities.
 */
export function outletPage(p: OutletProfile, model: Model, width: number, cursor: number, compare?: string): OutletPage {
	const figures = outletFigures(model);
	// On a large corpus, until the idle turns have gathered them: the page without its figures.
	const ready = figures.asked();
	const counts = ready ? figures.tally.of.get(p.id) : undefined;
	const statements = counts?.statements ?? [];
	const labelled = ready ? figures.labelsOf(p.id) : [];
	const carried = ready ? `${plural(statements.length, 'statement')} carried, ${counts?.firsts ?? 0} reported first` : 'statements being counted';
	const head: Line[] = [
		[{text: safeInline(p.id), mark: 'title'}],
		[{text: `${p.group ? `group ${safeInline(p.group)}` : 'no group'} · ${plural(p.articles.length, 'article')} · ${dateSpan(p)} · ${carried}`, mark: 'dim'}],
		[],
		[{text: 'Names most', mark: 'heading'}],
	];
	const named = ready ? figures.tally.topEntities(p.id, 8) : [];
	if (!ready) head.push([{text: '  being counted over the whole index: shown here when ready', mark: 'dim'}]);
	else if (named.length === 0) head.push([{text: '  no names found', mark: 'dim'}]);
	else {
		const segs: Segment[] = [];
		named.forEach(([id, n], i) => {
			if (i > 0) segs.push({text: ' · ', mark: 'dim'});
			segs.push({text: safeInline(model.lookups.entityById.get(id)?.name ?? id), mark: 'entity'}, {text: ` ${n}`, mark: 'dim'});
		});
		head.push(...wrapIndented(segs, width));
	}
	head.push([], [{text: `Its labels for the corpus’s top names (${figures.top.length})`, mark: 'heading'}]);
	if (!ready) head.push([{text: '  being counted', mark: 'dim'}]);
	else if (labelled.length === 0) head.push([{text: '  none: it gives none of them a label', mark: 'dim'}]);
	const side: Line[] = [];
	if (ready && p.group && compare && compare !== p.group) {
		side.push([], [{text: 'Side by side: ', mark: 'heading'}, {text: safeInline(p.group), mark: 'speaker'}, {text: ' against ', mark: 'heading'}, {text: safeInline(compare), mark: 'speaker'}, {text: ' (c: another group)', mark: 'dim'}]);
		let counting = 0;
		for (const entity of figures.top) {
			// A table by group not made yet is asked for; the page shows it when it is.
			const rows = model.framing.table(entity, BY_GROUP)?.rows;
			if (!rows) {
				counting++;
				continue;
			}
			const a = rows.find((r) => r.key === p.group);
			const b = rows.find((r) => r.key === compare);
			if (!a || !b) continue;
			const only = sideBySide(a, b).filter((l) => l.only !== null);
			const words = (which: 'a' | 'b') => only.filter((l) => l.only === which).slice(0, 4).map((l) => `${safeInline(l.label)} ${which === 'a' ? l.a : l.b}`).join(', ') || '—';
			side.push([{text: `  ${fit(safeInline(entity.name), 18)} `}, {text: `only ${truncate(safeInline(p.group), 14)}: `, mark: 'selected'}, {text: words('a')}, {text: `  only ${truncate(safeInline(compare), 14)}: `, mark: 'selected'}, {text: words('b')}]);
		}
		if (counting > 0) side.push([{text: `  ${plural(counting, 'name')} still being counted by group`, mark: 'dim'}]);
		else if (side.length === 2) side.push([{text: '  no top name is labelled by both groups', mark: 'dim'}]);
	} else if (p.group) side.push([{text: '  c sets its group side by side with another', mark: 'dim'}]);
	const labelsAt = head.length;
	const sideAt = labelsAt + labelled.length;
	const articlesAt = sideAt + side.length + 2;
	const statementsAt = articlesAt + Math.max(1, p.articles.length) + 2;
	const length = statementsAt + Math.max(1, statements.length);
	const mark = (k: number, text: string): Line => [{text: truncate(`${k === cursor ? '› ' : '  '}${text}`, width), mark: k === cursor ? 'selected' : undefined}];
	const line = (i: number): Line => {
		if (i < labelsAt) return head[i];
		if (i < sideAt) {
			const {entity, labels} = labelled[i - labelsAt];
			return mark(i - labelsAt, `${fit(safeInline(entity.name), 22)} ${labels.map(([l, n]) => `${safeInline(l)} ${n}`).join(' · ')}`);
		}
		if (i < articlesAt - 2) return side[i - sideAt];
		if (i === articlesAt - 2 || i === statementsAt - 2) return [];
		if (i === articlesAt - 1) return [{text: `Articles (${p.articles.length})`, mark: 'heading'}];
		if (i === statementsAt - 1) return [{text: `Statements it carried (${ready ? statements.length : 'being counted'})`, mark: 'heading'}];
		if (i < statementsAt - 2) {
			const a = p.articles[i - articlesAt];
			return a ? mark(labelled.length + i - articlesAt, `${a.published ?? 'undated'}  ${articleTitle(a)}`) : [{text: '  none', mark: 'dim'}];
		}
		const s = statements[i - statementsAt];
		return s ? mark(labelled.length + p.articles.length + i - statementsAt, `${renderingShown(s.renderings[0])}  (${s.outlets} outlets)`) : [{text: ready ? '  none linked' : '  shown when counted', mark: 'dim'}];
	};
	const articles = p.articles.length;
	return {
		lines: linesOnDemand(length, line),
		targets: labelled.length + articles + statements.length,
		lineOf: (t) => (t < labelled.length ? labelsAt + t : t < labelled.length + articles ? articlesAt + t - labelled.length : statementsAt + t - labelled.length - articles),
		link(t) {
			if (t < 0) return undefined;
			if (t < labelled.length) return {kind: 'entity', id: labelled[t].entity.id};
			if (t < labelled.length + articles) return {kind: 'article', id: p.articles[t - labelled.length].id};
			const s = statements[t - labelled.length - articles];
			return s ? {kind: 'statement', id: s.id} : undefined;
		},
	};
}
