// The side-by-side comparison of one statement: a column per rendering headed by outlet, date,
// verb and the speaker's label in that outlet; words that differ marked; differences summarised.
// The diffs and the summary are buildComparison's, the same that `presslens compare` prints.
import {timelineText} from '../../analysis/stories/timeline.js';
import {attributionSummary, buildComparison, columnRuns, describeChange, type ColumnRun, type Comparison} from '../../analysis/compare.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import type {Rendering, Statement} from '../../analysis/types.js';
import type {Model} from '../model/model.js';
import {safeInline} from '../text/safe.js';
import {lineWidth, wrapIndented, wrapSegments, type Line, type Segment} from '../text/segments.js';
import {maxOf, pushAll} from '../../util/arrays.js';
import {plural} from '../../util/plural.js';

export interface ComparisonColumn {
	rendering: Rendering;
	outlet: string;
	date: string;
	verb: string;
	label: string;
	/** The outlet's group (presslens.json's outlets), or null. */
	group: string | null;
	/** The outlet of the article this rendering's article copies (Rendering.reprintOf), or null. */
	reprintOf: string | null;
	runs: ColumnRun[];
}

export interface ComparisonView {
	statement: Statement;
	comparison: Comparison;
	speaker: string;
	columns: ComparisonColumn[];
	/** Per rendering after the first: how its words differ from the first. */
	summary: {outlet: string; changes: string[]}[];
	/** Verbs and speaker labels, when the renderings differ in them. */
	attribution: string[];
}

const MIN_COLUMN_WIDTH = 26;
const SEPARATOR = ' │ ';

/** The comparison of a statement, made once per index. */
export function comparisonView(statement: Statement, model: Model): ComparisonView {
	return model.memo.byWidth('comparison', statement, '', () => buildView(statement, model));
}

function buildView(statement: Statement, model: Model): ComparisonView {
	// Only this statement's articles: the comparison must not cost a pass over the corpus.
	const {articleById} = model.lookups;
	const articles = statement.renderings.map((r) => articleById.get(r.article)).filter((a): a is Article => a !== undefined);
	const comparison = buildComparison(statement, articles);
	const runs = columnRuns(comparison);
	const outletOf = (r: Rendering) => safeInline(r.outlet ?? articleById.get(r.article)?.outlet ?? r.article);
	const columns = statement.renderings.map((r, i) => ({
		rendering: r,
		outlet: outletOf(r),
		date: r.published ?? articleById.get(r.article)?.published ?? 'undated',
		verb: safeInline(r.verb) || '(no verb)',
		label: safeInline(r.speakerLabel ?? r.speakerName) || '(speaker not named)',
		group: groupOf(articleById.get(r.article) ?? {}),
		reprintOf: r.reprintOf === undefined ? null : safeInline(articleById.get(r.reprintOf)?.outlet ?? r.reprintOf),
		runs: runs[i],
	}));
	return {
		statement,
		comparison,
		speaker: safeInline(statement.speakerName ?? (statement.speaker ? model.lookups.entityById.get(statement.speaker)?.name : null) ?? 'unknown speaker'),
		columns,
		summary: comparison.diffs.map((d) => ({outlet: columns[d.column].outlet, changes: d.changes.map((c) => safeInline(describeChange(c)))})),
		attribution: attributionSummary(comparison.columns).map(safeInline),
	};
}

/** How many columns fit in `width` cells. */
export function columnsThatFit(width: number, total: number): number {
	const fit = Math.max(1, Math.floor((width + SEPARATOR.length) / (MIN_COLUMN_WIDTH + SEPARATOR.length)));
	return Math.max(1, Math.min(total, fit));
}

function columnLines(column: ComparisonColumn, width: number, brackets: boolean, selected: boolean): {head: Line[]; body: Line[]} {
	// Reported speech is the outlet's words, not the speaker's: no quote marks (the head says indirect).
	const marks = column.rendering.kind === 'indirect' ? ['', ''] : ['“', '”'];
	const text: Segment[] = marks[0] ? [{text: marks[0], mark: 'quote'}] : [];
	for (const run of column.runs) {
		const shown = safeInline(run.text);
		if (run.type === 'same') text.push({text: shown, mark: 'quote'});
		// Without colour, the same markers as `presslens compare`: [-only in the first-] {+only here+}.
		else if (brackets) text.push({text: run.type === 'removed' ? `[-${shown}-]` : `{+${shown}+}`, mark: 'diff'});
		else text.push({text: shown, mark: 'diff'});
	}
	if (marks[1]) text.push({text: marks[1], mark: 'quote'});
	return {
		head: [
			...wrapSegments(selected ? [{text: `› ${column.outlet}`, mark: 'selected'}] : [{text: column.outlet, mark: 'title'}], width),
			[{text: column.date, mark: 'dim'}, {text: ` · ${column.rendering.kind}`, mark: 'dim'}],
			...(column.group ? wrapSegments([{text: 'group ', mark: 'dim'}, {text: safeInline(column.group)}], width) : []),
			...(column.reprintOf ? wrapSegments([{text: 'reprint of ', mark: 'warn'}, {text: column.reprintOf}], width) : []),
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

/**
 * The comparison as lines `width` cells wide, columns `first`… side by side, rendering `selected`
 * marked (-1: none) (kept: scrolling redraws it often).
 */
export function comparisonLines(view: ComparisonView, width: number, first: number, brackets: boolean, model: Model, selected = -1): ComparisonLayout {
	return model.memo.byWidth('comparison layout', view, `${width}:${first}:${brackets}:${selected}`, () => layoutComparison(view, width, first, brackets, selected), undefined, 17);
}

function layoutComparison(view: ComparisonView, width: number, first: number, brackets: boolean, selected: number): ComparisonLayout {
	const total = view.columns.length;
	const shown = columnsThatFit(width, total);
	const start = Math.max(0, Math.min(first, total - shown));
	const columnWidth = Math.floor((width - SEPARATOR.length * (shown - 1)) / shown);
	const lines: Line[] = [];
	const range = total > shown ? ` · columns ${start + 1}–${start + shown} of ${total}` : '';
	pushAll(lines, wrapSegments([{text: view.speaker, mark: 'speaker'}], width));
	const help = selected >= 0 && total > 1 ? ' · h/l select, ⏎ opens its article' : '';
	pushAll(lines, wrapSegments([{text: `${plural(total, 'rendering')} in ${plural(view.statement.outlets, 'outlet')}${range}${help}`, mark: 'dim'}], width));
	lines.push([]);
	if (total === 0) {
		lines.push([{text: 'This statement has no renderings.', mark: 'dim'}]);
		return {lines, first: 0, shown: 0};
	}
	// With one rendering there is nothing to choose between: no selection mark.
	const parts = view.columns.slice(start, start + shown).map((c, i) => columnLines(c, columnWidth, brackets, total > 1 && start + i === selected));
	// Heads padded to the tallest so every quote starts on the same row.
	const headHeight = maxOf(parts.map((p) => p.head.length));
	const columns = parts.map((p) => [...p.head, ...Array.from({length: headHeight - p.head.length}, (): Line => []), ...p.body]);
	const height = maxOf(columns.map((c) => c.length));
	for (let row = 0; row < height; row++) {
		const line: Line = [];
		columns.forEach((column, i) => {
			if (i > 0) line.push({text: SEPARATOR, mark: 'dim'});
			const cell = column[row] ?? [];
			pushAll(line, i < columns.length - 1 ? padLine(cell, columnWidth) : cell);
		});
		lines.push(line);
	}
	lines.push([]);
	lines.push([{text: 'Differences', mark: 'heading'}, {text: ` from ${view.columns[0].outlet}`, mark: 'dim'}]);
	if (view.summary.length === 0) lines.push([{text: '  only one rendering', mark: 'dim'}]);
	for (const {outlet, changes} of view.summary) {
		const body: Segment[] = [{text: `${outlet}: `, mark: 'title'}];
		if (changes.length === 0) body.push({text: 'same words', mark: 'dim'});
		changes.forEach((change, i) => {
			if (i > 0) body.push({text: ' · ', mark: 'dim'});
			body.push({text: change, mark: 'diff'});
		});
		pushAll(lines, wrapIndented(body, width));
	}
	for (const note of view.attribution) pushAll(lines, wrapIndented([{text: note, mark: 'dim'}], width));
	if (view.comparison.timeline.dated.length > 1) {
		lines.push([], [{text: 'Timeline', mark: 'heading'}]);
		pushAll(lines, wrapIndented([{text: safeInline(timelineText(view.comparison.timeline))}], width));
	}
	return {lines, first: start, shown};
}

/** Plain-text form that y copies: each rendering with its heading, then the differences. */
export function comparisonPlainText(view: ComparisonView): string {
	const out = [`${view.speaker}`];
	for (const c of view.columns) out.push(`${c.outlet} (${c.date}), ${c.verb}, as ${c.label}:\n${c.rendering.kind === 'indirect' ? `(indirect) ${c.rendering.text}` : `“${c.rendering.text}”`}`);
	const differences = [...view.summary.map(({outlet, changes}) => `${outlet}: ${changes.join(' · ') || 'same words'}`), ...view.attribution];
	if (differences.length > 0) out.push(`Differences from ${view.columns[0].outlet}:\n${differences.join('\n')}`);
	return out.join('\n\n');
}
