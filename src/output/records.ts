// A list of flat records written as CSV, JSON Lines or Markdown: the app's E export. The format
// follows the file's extension. Text comes from articles and is hostile: control characters and
// escape sequences are removed from every cell, and a CSV cell that a spreadsheet would run as a
// formula (= + - @ first) is prefixed with a quote mark.
import {sanitizeInline} from '../text/sanitize.js';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;
export type ListFormat = 'csv' | 'jsonl' | 'markdown';

/** The format a path asks for by its extension, or null. */
export function formatOfPath(path: string): ListFormat | null {
	const lower = path.toLowerCase();
	if (lower.endsWith('.csv')) return 'csv';
	if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
	if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
	return null;
}

const clean = (cell: Cell): Cell => (typeof cell === 'string' ? sanitizeInline(cell) : cell);

function csvCell(cell: Cell): string {
	if (cell === null) return '';
	let text = String(clean(cell));
	if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function markdownCell(cell: Cell): string {
	if (cell === null) return '';
	return String(clean(cell)).replace(/([\\|*_~`[\]<>])/g, '\\$1');
}

/** `rows` with these `columns` (in order) as the text of a file in `format`. */
export function formatRows(rows: Row[], columns: string[], format: ListFormat): string {
	switch (format) {
		case 'csv':
			return [columns.map(csvCell), ...rows.map((r) => columns.map((c) => csvCell(r[c] ?? null)))].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
		case 'jsonl':
			return rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, clean(r[c] ?? null)])))).join('\n') + (rows.length ? '\n' : '');
		case 'markdown': {
			const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
			return [line(columns.map(markdownCell)), line(columns.map(() => '---')), ...rows.map((r) => line(columns.map((c) => markdownCell(r[c] ?? null))))].join('\n') + '\n';
		}
	}
}
