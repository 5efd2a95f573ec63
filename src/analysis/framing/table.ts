// The framing table: one row per row key (an outlet today; any function of the article, such as an
// outlet group, tomorrow), one column per label, cells counting uses. Columns come most
// distinctive first: a label every row uses alike ("president") says less than one some rows use
// and others never do ("militia"), however frequent it is.
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import type {LabelUse} from './uses.js';

export interface FramingRow {
	/** The row's key as `rowOf` gave it ("Sputnik International", or a group). */
	key: string;
	/** Articles of this row that name the entity. */
	articles: number;
	/** Uses of the row's own labels (not attributed to anyone). */
	uses: number;
	/** The row's own labels and how often it uses each, most used first. */
	labels: Map<string, number>;
	/** Labels its articles attribute to others: designator → label → count. */
	attributed: Map<string, Map<string, number>>;
}

export interface FramingTable {
	rows: FramingRow[];
	/** Every own label, most distinctive first. */
	columns: string[];
	/** Every use, for the evidence behind a cell. */
	uses: LabelUse[];
	/** The row key of each use (index-aligned with `uses`). */
	rowOfUse: string[];
}

/**
 * How far a label's counts are from what its overall share predicts for each row, beyond chance:
 * the uses that sit in the "wrong" rows (sum of |count - expected|) less a chance deviation (half
 * the square root of each expected count: Poisson noise is about 0.8 of it, and half still lets
 * the few uses of a small corpus rank). A label every row uses alike scores below zero however
 * frequent it is.
 */
function distinctiveness(label: string, rows: FramingRow[], total: number, count: number): number {
	const share = count / total;
	let score = 0;
	for (const row of rows) {
		if (row.uses === 0) continue;
		const expected = row.uses * share;
		score += Math.abs((row.labels.get(label) ?? 0) - expected) - 0.5 * Math.sqrt(expected);
	}
	return score;
}

/** The table of `uses` over the entity's `articles`, rows keyed by `rowOf(article)`. */
export function framingTable(given: LabelUse[], articles: readonly Article[], rowOf: (article: Article) => string): FramingTable {
	const uses = oneSpelling(given);
	const rows = new Map<string, FramingRow>();
	const row = (key: string): FramingRow => {
		let r = rows.get(key);
		if (!r) {
			r = {key, articles: 0, uses: 0, labels: new Map(), attributed: new Map()};
			rows.set(key, r);
		}
		return r;
	};
	const keyOf = new Map<string, string>();
	for (const a of articles) {
		const key = rowOf(a);
		keyOf.set(a.id, key);
		row(key).articles++;
	}
	const totals = new Map<string, number>();
	let total = 0;
	const rowOfUse: string[] = [];
	for (const use of uses) {
		const key = keyOf.get(use.article) ?? (use.outlet ?? UNKNOWN_OUTLET);
		rowOfUse.push(key);
		const r = row(key);
		if (use.by !== null) {
			const by = r.attributed.get(use.by) ?? new Map<string, number>();
			by.set(use.label, (by.get(use.label) ?? 0) + 1);
			r.attributed.set(use.by, by);
			continue;
		}
		r.uses++;
		r.labels.set(use.label, (r.labels.get(use.label) ?? 0) + 1);
		totals.set(use.label, (totals.get(use.label) ?? 0) + 1);
		total++;
	}
	const list = [...rows.values()].sort((a, b) => b.articles - a.articles || b.uses - a.uses || a.key.localeCompare(b.key));
	for (const r of list) r.labels = new Map([...r.labels].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
	const scores = new Map([...totals].map(([label, count]) => [label, distinctiveness(label, list, total, count)]));
	// Labels that differ beyond chance first, by how much; then the others by how often they are
	// used. A label used once differs by construction (its one use sits in some row): never first.
	const rank = (label: string) => (totals.get(label)! < 2 ? 0 : Math.max(0, scores.get(label)!));
	const columns = [...totals.keys()].sort((a, b) => rank(b) - rank(a) || totals.get(b)! - totals.get(a)! || a.localeCompare(b));
	return {rows: list, columns, uses, rowOfUse};
}

/**
 * One label for a word the outlets spell with and without its hyphen ("front-runner", "frontrunner"):
 * the hyphenated spelling, when both are among the uses.
 */
function oneSpelling(uses: LabelUse[]): LabelUse[] {
	const hyphenated = new Map<string, string>();
	for (const u of uses) if (/\p{L}-\p{L}/u.test(u.label)) hyphenated.set(u.label.replace(/-/g, ''), u.label);
	if (hyphenated.size === 0) return uses;
	return uses.map((u) => {
		const to = u.label.includes('-') ? undefined : hyphenated.get(u.label);
		return to === undefined ? u : {...u, label: to};
	});
}

/** The uses behind one cell (a row and a label; `label` null: every label of the row). */
export function cellUses(table: FramingTable, key: string, label: string | null): LabelUse[] {
	return table.uses.filter((u, i) => table.rowOfUse[i] === key && u.by === null && (label === null || u.label === label));
}

export const UNKNOWN_OUTLET = 'unknown outlet';
/** The one row of the articles presslens.json gives no group (an outlet left out, or no groups at all). */
export const NO_GROUP = '(no group)';

/** The row key of an article by its outlet. */
export const byOutlet = (article: Article): string => article.outlet ?? UNKNOWN_OUTLET;

/** The row key of an article by its outlet group. */
export const byGroup = (article: Article): string => groupOf(article) ?? NO_GROUP;
