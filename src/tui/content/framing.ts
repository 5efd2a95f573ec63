// The framing table of an entity card: a row per outlet that labels the entity, a column per label
// (the most distinctive that fit), counts in the cells. Each row is a link of the card; the cell
// under the column cursor opens the sentences behind it (specs/evidence.ts).
import {sideBySide} from '../../analysis/framing/side-by-side.js';
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
// Lines of others' words shown under the table; the rest are counted in one more line.
const ATTRIBUTED = 6;
// A side-by-side lists the labels only one group uses first; past this many, a count says the rest.
const SIDE_BY_SIDE = 14;

/** How the table is keyed, and the two rows shown side by side (by group, after c). */
export interface SectionOptions {
	by?: 'outlet' | 'group';
	compare?: readonly [string, string];
}

/** Two rows side by side: each label's counts, "only <row>" on those one uses and the other never does. */
function sideBySideLines(table: FramingTable, pair: readonly [string, string], width: number): Line[] {
	const [a, b] = pair.map((key) => table.rows.find((r) => r.key === key));
	if (!a || !b) return [];
	const name = (r: FramingRow) => truncate(safeInline(r.key), 18);
	const label = Math.min(24, Math.max(10, Math.floor(width / 4)));
	const count = Math.max(6, Math.min(18, Math.floor(width / 6)));
	const lines: Line[] = [
		[],
		[{text: `Side by side: `, mark: 'heading'}, {text: name(a), mark: 'speaker'}, {text: ' against ', mark: 'heading'}, {text: name(b), mark: 'speaker'}],
		[{text: `  ${fit('LABEL', label)} ${fitRight(name(a), count)} ${fitRight(name(b), count)}`, mark: 'dim'}],
	];
	const all = sideBySide(a, b);
	for (const l of all.slice(0, SIDE_BY_SIDE)) {
		const only = l.only === null ? '' : `  only ${l.only === 'a' ? name(a) : name(b)}`;
		lines.push([
			{text: `  ${fit(safeInline(l.label), label)} `},
			{text: `${fitRight(l.a ? String(l.a) : '·', count)} ${fitRight(l.b ? String(l.b) : '·', count)}`},
			{text: only, mark: l.only === null ? undefined : 'selected'},
		]);
	}
	if (all.length > SIDE_BY_SIDE) lines.push([{text: `  and ${all.length - SIDE_BY_SIDE} more labels both use or one uses once`, mark: 'dim'}]);
	if (all.length === 0) lines.push([{text: '  neither uses a label of its own for it', mark: 'dim'}]);
	return lines;
}

/** The section while the table is made in idle turns (a large entity: see Framings.table). */
export function framingBeingMade(byGroup: boolean): FramingSection {
	const lines: Line[] = [
		[{text: `How ${byGroup ? 'outlet groups' : 'outlets'} label it`, mark: 'heading'}],
		[{text: '  being counted over every article naming it: shown here when ready', mark: 'dim'}],
	];
	return {length: lines.length, rows: [], columns: [], firstRow: lines.length, line: (i) => lines[i] ?? []};
}

export function framingSection(table: FramingTable, width: number, options: SectionOptions = {}): FramingSection {
	const byGroup = options.by === 'group';
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
	const head: Line[] = [[{text: `How ${byGroup ? 'outlet groups' : 'outlets'} label it (${table.columns.length} labels, the most distinctive first)`, mark: 'heading'}]];
	if (rows.length === 0) {
		head.push([{text: '  no labels: no descriptor or speaker label of it carries a label word', mark: 'dim'}]);
		if (byGroup) head.push([{text: '  r shows the outlets', mark: 'dim'}]);
		return {length: head.length, rows, columns, firstRow: head.length, line: (i) => head[i] ?? []};
	}
	const cells = (values: string[], selected: number): Segment[] =>
		values.flatMap((v, c) => [{text: '  '}, {text: fitRight(v, widths[c]), mark: c === selected ? ('selected' as const) : undefined}]);
	head.push([{text: `  ${fit(byGroup ? 'GROUP' : 'OUTLET', outletWidth)} ${fitRight('ART.', ARTICLES)}`, mark: 'dim'}, ...cells(columns.map((c) => truncate(safeInline(c), 16)), -1).map((s) => ({...s, mark: 'dim' as const}))]);
	const tail: Line[] = [];
	if (quiet > 0) tail.push([{text: `  and ${quiet} ${byGroup ? 'group' : 'outlet'}${quiet === 1 ? '' : 's'} naming it with no label`, mark: 'dim'}]);
	// Others' words the rows report: the first few speakers or designators a line each, the rest
	// counted in one line (a large entity's quotations name dozens, which would push the table's
	// side by side off the screen).
	let shown = 0;
	let moreWho = 0;
	let moreUses = 0;
	for (const r of table.rows) {
		for (const [who, labels] of r.attributed) {
			if (shown >= ATTRIBUTED) {
				moreWho++;
				for (const n of labels.values()) moreUses += n;
				continue;
			}
			const said = [...labels].map(([l, n]) => `${l} ${n}`).join(', ');
			tail.push([{text: `  ${safeInline(r.key)} reports `, mark: 'dim'}, {text: safeInline(who), mark: 'speaker'}, {text: `: ${safeInline(said)}`}]);
			shown++;
		}
	}
	if (moreWho > 0) tail.push([{text: `  and ${moreWho} more reported speakers' or designators' labels (${moreUses} uses; presslens framing --json lists each)`, mark: 'dim'}]);
	tail.push([{text: `  h/l a label · ⏎ its sentences · r ${byGroup ? 'outlets' : 'groups'}${byGroup ? ' · c side by side' : ''} · d the descriptors`, mark: 'dim'}]);
	if (byGroup && options.compare) tail.push(...sideBySideLines(table, options.compare, width));
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
