// The side-by-side comparison of one statement: a column per rendering headed by outlet, date,
// verb and the speaker's label in that outlet; words that differ marked; differences summarised.
import type {Rendering, Statement} from '../../analysis/types.js';
import type {Model} from '../state/model.js';
import {safeInline} from '../text/safe.js';
import {lineWidth, wrapSegments, type Line, type Segment} from '../text/segments.js';
import {markDifferences, summarizeChanges, type WordRun} from './diff.js';

export interface ComparisonColumn {
	rendering: Rendering;
	outlet: string;
	date: string;
	verb: string;
	label: string;
	runs: WordRun[];
}

export interface ComparisonView {
	statement: Statement;
	speaker: string;
	columns: ComparisonColumn[];
	/** Per rendering after the first: how it differs from the first. */
	summary: {outlet: string; changes: string[]}[];
}

export const MIN_COLUMN_WIDTH = 26;
const SEPARATOR = ' │ ';

const cache = new WeakMap<Statement, ComparisonView>();

export function comparisonView(statement: Statement, model: Model): ComparisonView {
	const hit = cache.get(statement);
	if (hit) return hit;
	const renderings = statement.renderings;
	const runs = markDifferences(renderings.map((r) => safeInline(r.text)));
	const outletOf = (r: Rendering) => safeInline(r.outlet ?? model.articleById.get(r.article)?.outlet ?? r.article);
	const view: ComparisonView = {
		statement,
		speaker: safeInline(statement.speakerName ?? (statement.speaker ? model.entityById.get(statement.speaker)?.name : null) ?? 'unknown speaker'),
		columns: renderings.map((r, i) => ({
			rendering: r,
			outlet: outletOf(r),
			date: r.published ?? model.articleById.get(r.article)?.published ?? 'undated',
			verb: safeInline(r.verb) || '(no verb)',
			label: safeInline(r.speakerLabel ?? r.speakerName) || '(speaker not named)',
			runs: runs[i],
		})),
		summary: renderings.slice(1).map((r) => ({
			outlet: outletOf(r),
			changes: summarizeChanges(safeInline(renderings[0].text), safeInline(r.text)),
		})),
	};
	cache.set(statement, view);
	return view;
}

/** How many columns fit in `width` cells. */
export function columnsThatFit(width: number, total: number): number {
	const fit = Math.max(1, Math.floor((width + SEPARATOR.length) / (MIN_COLUMN_WIDTH + SEPARATOR.length)));
	return Math.max(1, Math.min(total, fit));
}

function columnLines(column: ComparisonColumn, width: number, brackets: boolean): {head: Line[]; body: Line[]} {
	const text: Segment[] = [{text: '“', mark: 'quote'}];
	for (const run of column.runs) {
		if (run.differs) text.push({text: brackets ? `[${run.text.trim()}]` : run.text, mark: 'diff'});
		else text.push({text: run.text, mark: 'quote'});
		// Brackets replace the run's own outer spaces; put one back so words stay apart.
		if (run.differs && brackets && /\s$/.test(run.text)) text.push({text: ' '});
	}
	text.push({text: '”', mark: 'quote'});
	return {
		head: [
			...wrapSegments([{text: column.outlet, mark: 'title'}], width),
			[{text: column.date, mark: 'dim'}, {text: ` · ${column.rendering.kind}`, mark: 'dim'}],
			[{text: 'verb  ', mark: 'dim'}, {text: column.verb, mark: 'heading'}],
			...wrapSegments([{text: 'as    ', mark: 'dim'}, {text: column.label, mark: 'speaker'}], width),
		],
		body: [[{text: '─'.repeat(width), mark: 'dim'}], ...wrapSegments(text, width)],
	};
}

function padLine(line: Line, width: number): Line {
	const room = width - lineWidth(line);
	return room > 0 ? [...line, {text: ' '.repeat(room)}] : line;
}

export interface ComparisonLayout {
	lines: Line[];
	first: number;
	shown: number;
}

/** The comparison as lines `width` cells wide, columns `first`… side by side. */
export function comparisonLines(view: ComparisonView, width: number, first: number, brackets: boolean): ComparisonLayout {
	const total = view.columns.length;
	const shown = columnsThatFit(width, total);
	const start = Math.max(0, Math.min(first, total - shown));
	const columnWidth = Math.floor((width - SEPARATOR.length * (shown - 1)) / shown);
	const lines: Line[] = [];
	const range = total > shown ? ` · columns ${start + 1}–${start + shown} of ${total} (h/l)` : '';
	lines.push(...wrapSegments([{text: view.speaker, mark: 'speaker'}], width));
	lines.push(...wrapSegments([{text: `${total} renderings in ${view.statement.outlets} outlets${range}`, mark: 'dim'}], width));
	lines.push([]);
	if (total === 0) {
		lines.push([{text: 'This statement has no renderings.', mark: 'dim'}]);
		return {lines, first: 0, shown: 0};
	}
	const parts = view.columns.slice(start, start + shown).map((c) => columnLines(c, columnWidth, brackets));
	// Heads padded to the tallest so every quote starts on the same row.
	const headHeight = Math.max(...parts.map((p) => p.head.length));
	const columns = parts.map((p) => [...p.head, ...Array.from({length: headHeight - p.head.length}, (): Line => []), ...p.body]);
	const height = Math.max(...columns.map((c) => c.length));
	for (let row = 0; row < height; row++) {
		const line: Line = [];
		columns.forEach((column, i) => {
			if (i > 0) line.push({text: SEPARATOR, mark: 'dim'});
			const cell = column[row] ?? [];
			line.push(...(i < columns.length - 1 ? padLine(cell, columnWidth) : cell));
		});
		lines.push(line);
	}
	lines.push([]);
	lines.push([{text: 'Differences', mark: 'heading'}, {text: ` from ${view.columns[0].outlet}`, mark: 'dim'}]);
	if (view.summary.length === 0) lines.push([{text: '  only one rendering', mark: 'dim'}]);
	for (const {outlet, changes} of view.summary) {
		const body: Segment[] = [{text: `  ${outlet}: `, mark: 'title'}];
		if (changes.length === 0) body.push({text: 'same words', mark: 'dim'});
		changes.forEach((change, i) => {
			if (i > 0) body.push({text: ' · ', mark: 'dim'});
			body.push({text: change, mark: 'diff'});
		});
		lines.push(...wrapSegments(body, width));
	}
	return {lines, first: start, shown};
}

/** Plain-text form used by copy (y) when no formatter from the output module is at hand. */
export function comparisonPlainText(view: ComparisonView): string {
	const out = [`${view.speaker}`];
	for (const c of view.columns) out.push(`${c.outlet} (${c.date}), ${c.verb}, as ${c.label}:\n“${c.rendering.text}”`);
	return out.join('\n\n');
}
