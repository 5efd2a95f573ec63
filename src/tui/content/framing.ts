// The framing table of an entity card: a row per outlet that labels the entity, a column per label
// (the most distinctive that fit), counts in the cells. Each row is a link of the card; the cell
// under the column cursor opens the sentences behind it (specs/evidence.ts).
import type {FramingRow, FramingTable} from '../../analysis/framing/table.js';
import {safeInline} from '../text/safe.js';
import type {Line, Segment} from '../text/segments.js';
import {cellWidth, fit, fitRight, truncate} from '../text/width.js';

export interface FramingSection {
	/** Lines of the section: heading, column header, one per row, then notes. */
	readonly length: number;
	/** The rows that are links (outlets with labels of their own), in order. */
	readonly rows: FramingRow[];
	/** The labels shown as columns, most distinctive first. */
	readonly columns: string[];
	/** Line index (within the section) of row link `k`. */
	readonly firstRow: number;
	line(i: number, selected: number, column: number): Line;
}

const ARTICLES = 5;

export function framingSection(table: FramingTable, width: number): FramingSection {
	const rows = table.rows.filter((r) => r.uses > 0);
	const quiet = table.rows.length - rows.length;
	const outletWidth = Math.min(24, Math.max(10, Math.floor(width / 4)));
	let room = width - 2 - outletWidth - 1 - ARTICLES;
	const columns: string[] = [];
	const widths: number[] = [];
	for (const label of table.columns) {
		const w = Math.max(3, Math.min(16, cellWidth(safeInline(label))));
		if (room < w + 2) break;
		columns.push(label);
		widths.push(w);
		room -= w + 2;
	}
	const head: Line[] = [[{text: `How outlets label it (${table.columns.length} labels, the most distinctive first)`, mark: 'heading'}]];
	if (rows.length === 0) {
		head.push([{text: '  no labels: no descriptor or speaker label of it carries a label word', mark: 'dim'}]);
		return {length: head.length, rows, columns, firstRow: head.length, line: (i) => head[i] ?? []};
	}
	const cells = (values: string[], selected: number): Segment[] =>
		values.flatMap((v, c) => [{text: '  '}, {text: fitRight(v, widths[c]), mark: c === selected ? ('selected' as const) : undefined}]);
	head.push([{text: `  ${fit('OUTLET', outletWidth)} ${fitRight('ART.', ARTICLES)}`, mark: 'dim'}, ...cells(columns.map((c) => truncate(safeInline(c), 16)), -1).map((s) => ({...s, mark: 'dim' as const}))]);
	const tail: Line[] = [];
	if (quiet > 0) tail.push([{text: `  and ${quiet} outlet${quiet === 1 ? '' : 's'} naming it with no label`, mark: 'dim'}]);
	for (const r of table.rows) {
		for (const [who, labels] of r.attributed) {
			const said = [...labels].map(([l, n]) => `${l} ${n}`).join(', ');
			tail.push([{text: `  ${safeInline(r.key)} reports `, mark: 'dim'}, {text: safeInline(who), mark: 'speaker'}, {text: `: ${safeInline(said)}`}]);
		}
	}
	tail.push([{text: '  h/l a label · ⏎ its sentences · d the descriptors', mark: 'dim'}]);
	const firstRow = head.length;
	return {
		length: head.length + rows.length + tail.length,
		rows,
		columns,
		firstRow,
		line(i, selected, column) {
			if (i < firstRow) return head[i];
			const k = i - firstRow;
			if (k >= rows.length) return tail[k - rows.length] ?? [];
			const r = rows[k];
			const mine = k === selected;
			return [
				{text: mine ? '› ' : '  ', mark: mine ? 'selected' : undefined},
				{text: fit(safeInline(r.key), outletWidth), mark: 'speaker'},
				{text: ` ${fitRight(String(r.articles), ARTICLES)}`, mark: 'dim'},
				...cells(
					columns.map((c) => String(r.labels.get(c) ?? '·')),
					mine ? column : -1,
				),
			];
		},
	};
}
