// Two rows of a framing table side by side (one outlet group against another): each label either
// uses, with both counts, and a mark on the labels one row uses and the other never does. The
// mark is a word, not a colour, so that it reads on any terminal and in a copied text.
import type {FramingRow} from './table.js';

export interface SideBySideLine {
	label: string;
	a: number;
	b: number;
	/** 'a': only the first row uses it; 'b': only the second; null: both. */
	only: 'a' | 'b' | null;
}

/**
 * The labels of rows `a` and `b`: those only one of them uses first (the difference the comparison
 * is for), then the shared ones, each part most used first.
 */
export function sideBySide(a: FramingRow, b: FramingRow): SideBySideLine[] {
	const labels = new Set([...a.labels.keys(), ...b.labels.keys()]);
	const lines: SideBySideLine[] = [...labels].map((label) => {
		const x = a.labels.get(label) ?? 0;
		const y = b.labels.get(label) ?? 0;
		return {label, a: x, b: y, only: y === 0 ? 'a' : x === 0 ? 'b' : null};
	});
	const rank = (l: SideBySideLine) => (l.only === null ? 1 : 0);
	return lines.sort((p, q) => rank(p) - rank(q) || q.a + q.b - (p.a + p.b) || p.label.localeCompare(q.label));
}
