// Renders a comparison for a terminal (columns, differing words coloured, or marked [-old-]{+new+}
// when colour is off), as Markdown, or as JSON. Article text is untrusted: it is sanitised first.
import {timelineText} from '../analysis/stories/timeline.js';
import stringWidth from 'string-width';
import {columnRuns, type Comparison, type ComparisonColumn} from '../analysis/compare.js';
import {sanitizeInline} from '../text/sanitize.js';
import {safeUrl} from '../text/url.js';
import {maxOf, pushAll} from '../util/arrays.js';

export type CompareFormat = 'text' | 'markdown' | 'json';

export interface FormatOptions {
	/** ANSI colour instead of [- -]{+ +} markers (text format only). */
	color?: boolean;
	/** Total width for the text format; defaults to 100. */
	width?: number;
}

type Mark = 'none' | 'removed' | 'added';

interface Word {
	text: string;
	mark: Mark;
}

const MIN_COLUMN = 24;
const GAP = ' │ ';

const ANSI = {
	removed: ['\u001b[31;9m', '\u001b[39;29m'],
	added: ['\u001b[32;1m', '\u001b[39;22m'],
	dim: ['\u001b[2m', '\u001b[22m'],
	bold: ['\u001b[1m', '\u001b[22m'],
} as const;

/** Each column's words with their mark, from the same runs the app highlights. */
function markedWords(comparison: Comparison): Word[][] {
	return columnRuns(comparison).map(runs =>
		runs.flatMap(run => {
			const mark: Mark = run.type === 'same' ? 'none' : run.type;
			return [...run.text.matchAll(/\S+/g)].map(m => ({text: sanitizeInline(m[0]), mark}));
		}),
	);
}

function renderRun(words: Word[], color: boolean): string {
	const out: string[] = [];
	let i = 0;
	while (i < words.length) {
		const mark = words[i].mark;
		let j = i;
		while (j < words.length && words[j].mark === mark) j++;
		const text = words
			.slice(i, j)
			.map(w => w.text)
			.join(' ');
		if (mark === 'none') out.push(text);
		else if (color) out.push(`${ANSI[mark][0]}${text}${ANSI[mark][1]}`);
		else out.push(mark === 'removed' ? `[-${text}-]` : `{+${text}+}`);
		i = j;
	}
	return out.join(' ');
}

/** Greedy word wrap; a word longer than the width gets a line of its own (and is cut). */
function wrap(words: Word[], width: number, color: boolean): string[] {
	const lines: string[] = [];
	let current: Word[] = [];
	for (const w of words) {
		const attempt = renderRun([...current, w], color);
		if (current.length > 0 && stringWidth(attempt) > width) {
			lines.push(renderRun(current, color));
			current = [w];
		} else current.push(w);
	}
	if (current.length > 0) lines.push(renderRun(current, color));
	return lines.map(l => (stringWidth(l) > width && !color ? cut(l, width) : l));
}

function cut(text: string, width: number): string {
	let out = '';
	for (const ch of text) {
		if (stringWidth(out + ch) > width - 1) return `${out}…`;
		out += ch;
	}
	return out;
}

function padTo(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** The outlet a column names, sanitised (the article id when the outlet is unknown). */
function outletOf(c: ComparisonColumn): string {
	return sanitizeInline(c.outlet ?? c.article);
}

/** "reprint of Wire Service" for a copy of another column's article, else null. */
function reprintNote(c: ComparisonColumn, comparison: Comparison): string | null {
	if (c.reprintOf === undefined) return null;
	const original = comparison.columns.find(o => o.article === c.reprintOf);
	return `reprint of ${original ? outletOf(original) : sanitizeInline(c.reprintOf)}`;
}

/** Each column's heading lines, the same number for every column: a group line when any has a group, a reprint line when any is a copy. */
function headings(comparison: Comparison): string[][] {
	const cols = comparison.columns;
	const groups = cols.some(c => c.group);
	const reprints = cols.some(c => c.reprintOf !== undefined);
	return cols.map(c => [
		`${outletOf(c)}${c.published ? ` · ${c.published}` : ''}`,
		...(groups ? [`group: ${sanitizeInline(c.group ?? '—')}`] : []),
		`verb: ${sanitizeInline(c.verb ?? '—')}${c.kind === 'indirect' ? ' (indirect)' : ''}`,
		`speaker: ${sanitizeInline(c.speakerLabel ?? c.speakerName ?? '—')}`,
		...(reprints ? [reprintNote(c, comparison) ?? ''] : []),
	]);
}

function formatText(comparison: Comparison, options: FormatOptions): string {
	const color = options.color ?? false;
	const total = Math.max(40, options.width ?? 100);
	const n = comparison.columns.length;
	const columnWidth = Math.floor((total - stringWidth(GAP) * (n - 1)) / Math.max(1, n));
	const words = markedWords(comparison);
	const heads = headings(comparison);
	const title = `Statement ${comparison.id}${comparison.speakerName ? ` — ${sanitizeInline(comparison.speakerName)}` : ''} (${n} rendering${n === 1 ? '' : 's'})`;
	const shown = cut(title, total);
	const out: string[] = [color ? `${ANSI.bold[0]}${shown}${ANSI.bold[1]}` : shown, ''];
	const side = n > 1 && columnWidth >= MIN_COLUMN;
	const blocks = comparison.columns.map((_, i) => {
		const width = side ? columnWidth : total;
		// Side by side an empty heading line keeps the rows aligned; one block under another needs none.
		return {head: heads[i].map(h => cut(h, width)).filter(h => h || side), body: wrap(words[i], width, color), width};
	});
	if (side) {
		const rows = maxOf(blocks.map(b => b.body.length));
		const line = (cells: string[]): string => cells.map((cell, i) => (i === n - 1 ? cell : padTo(cell, columnWidth))).join(GAP).trimEnd();
		for (let r = 0; r < heads[0].length; r++) out.push(line(blocks.map(b => b.head[r])));
		out.push(blocks.map(() => '─'.repeat(columnWidth)).join('─┼─'));
		for (let r = 0; r < rows; r++) out.push(line(blocks.map(b => b.body[r] ?? '')));
	} else {
		// Too narrow for columns: one block per rendering.
		blocks.forEach((b, i) => {
			if (i > 0) out.push('');
			pushAll(out, b.head);
			out.push('─'.repeat(Math.min(total, 40)));
			pushAll(out, b.body);
		});
	}
	if (comparison.summary.length > 0) {
		out.push('', 'Differences:');
		for (const s of comparison.summary) out.push(cut(`  ${sanitizeInline(s)}`, total));
	}
	if (comparison.timeline.dated.length > 1) out.push('', cut(`Timeline: ${sanitizeInline(timelineText(comparison.timeline))}`, total));
	return `${out.join('\n')}\n`;
}

function escapeMarkdown(text: string): string {
	return sanitizeInline(text).replace(/([\\|*_~`[\]<>])/g, '\\$1');
}

function articleCell(column: ComparisonColumn): string {
	const title = escapeMarkdown(column.title ?? '(untitled)');
	const url = safeUrl(column.url);
	// The WHATWG href has spaces and quotes percent-encoded; parentheses would end the link early.
	return url ? `[${title}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : title;
}

function formatMarkdown(comparison: Comparison): string {
	const words = markedWords(comparison);
	const cols = comparison.columns;
	const row = (label: string, cells: string[]): string => `| ${label} | ${cells.join(' | ')} |`;
	const text = (ws: Word[]): string => {
		const out: string[] = [];
		for (let i = 0; i < ws.length; ) {
			let j = i;
			while (j < ws.length && ws[j].mark === ws[i].mark) j++;
			const run = ws.slice(i, j).map(w => escapeMarkdown(w.text)).join(' ');
			out.push(ws[i].mark === 'removed' ? `~~${run}~~` : ws[i].mark === 'added' ? `**${run}**` : run);
			i = j;
		}
		return out.join(' ');
	};
	const lines = [
		`## Statement \`${comparison.id}\`${comparison.speakerName ? `: ${escapeMarkdown(comparison.speakerName)}` : ''}`,
		'',
		row('', cols.map(c => `${escapeMarkdown(c.outlet ?? c.article)}${c.published ? ` (${c.published})` : ''}`)),
		row('---', cols.map(() => '---')),
		...(cols.some(c => c.group) ? [row('Group', cols.map(c => escapeMarkdown(c.group ?? '—')))] : []),
		...(cols.some(c => c.reprintOf !== undefined) ? [row('Reprint', cols.map(c => escapeMarkdown(reprintNote(c, comparison) ?? '—')))] : []),
		row('Verb', cols.map(c => escapeMarkdown(c.verb ?? '—') + (c.kind === 'indirect' ? ' (indirect)' : ''))),
		row('Speaker', cols.map(c => escapeMarkdown(c.speakerLabel ?? c.speakerName ?? '—'))),
		row('Text', words.map(text)),
		// Where each rendering was printed: the article's title, linked when its URL is a web address.
		row('Article', cols.map(articleCell)),
	];
	if (comparison.summary.length > 0) {
		lines.push('', '**Differences**', '');
		pushAll(lines, comparison.summary.map(s => `- ${escapeMarkdown(s)}`));
	}
	if (comparison.timeline.dated.length > 1) lines.push('', `**Timeline**: ${escapeMarkdown(timelineText(comparison.timeline))}`);
	return `${lines.join('\n')}\n`;
}

export function formatComparison(comparison: Comparison, format: CompareFormat | string, options: FormatOptions = {}): string {
	switch (format) {
		case 'json':
			return `${JSON.stringify(comparison, null, 2)}\n`;
		case 'markdown':
		case 'md':
			return formatMarkdown(comparison);
		case 'text':
			return formatText(comparison, options);
		default:
			throw new Error(`unknown format "${format}" (text, markdown or json)`);
	}
}
