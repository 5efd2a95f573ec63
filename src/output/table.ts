// Plain aligned tables for the non-interactive commands, measured with string-width so that
// Arabic, CJK and emoji keep columns aligned.
import stringWidth from 'string-width';
import {sanitizeInline} from '../text/sanitize.js';
import {maxOf} from '../util/arrays.js';

export interface Column<T> {
	header: string;
	get: (row: T) => string | number | null | undefined;
	/**
	 * Fixed width; the last column without one takes the rest of the line. A right-aligned
	 * (numeric) column grows past it to its widest value: a count cut to "12345…" misleads.
	 */
	width?: number;
	align?: 'left' | 'right';
}

/**
 * No column is wider than a line, and no cluster shown in a cell takes more than this many code
 * units per column: text is cut to that before it is measured, since string-width's segmenter
 * takes quadratic time on a long string (a 5 MB title).
 */
const UNITS_PER_COLUMN = 8;
const head = (text: string, width: number) => (text.length > width * UNITS_PER_COLUMN ? text.slice(0, width * UNITS_PER_COLUMN) : text);

/** Width of `text` in columns, or some width over `limit` when it is wider. */
const measure = (text: string, limit: number) => stringWidth(head(text, limit + 1));

/** Cuts a string to at most `width` terminal columns, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	const start = head(text, width + 1);
	if (start === text && stringWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const {segment} of new Intl.Segmenter().segment(start)) {
		const w = stringWidth(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return `${out}…`;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
	return align === 'right' ? fill + text : text + fill;
}

export function renderTable<T>(rows: T[], columns: Column<T>[], totalWidth = 100): string {
	const cells = rows.map(row => columns.map(c => sanitizeInline(String(c.get(row) ?? '–'))));
	const widest = (i: number) => maxOf(cells.map(r => measure(r[i], totalWidth)), stringWidth(columns[i].header));
	const widths = columns.map((c, i) => (c.width === undefined ? widest(i) : c.align === 'right' ? Math.max(c.width, widest(i)) : c.width));
	const flexible = columns.findLastIndex(c => c.width === undefined);
	if (flexible !== -1) {
		const fixed = widths.reduce((sum, w, i) => (i === flexible ? sum : sum + w + 2), 0);
		widths[flexible] = Math.max(stringWidth(columns[flexible].header), Math.min(widths[flexible], totalWidth - fixed));
	}
	const line = (values: string[]) =>
		values.map((v, i) => pad(truncate(v, widths[i]), widths[i], columns[i].align)).join('  ').trimEnd();
	return [line(columns.map(c => c.header)), ...cells.map(line)].join('\n');
}
