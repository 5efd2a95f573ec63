// A list sorted by one of its pane's columns: each item's key made once, then one sort of the
// indices. Keys compare as folded text or as numbers; items without a key go last in either
// direction; ties keep the pane's default order, so sorting by outlet keeps each outlet's newest first.
import type {Hits} from '../../index/search.js';
import {foldText} from '../../text/fold.js';
import type {Model} from './model.js';
import type {Column} from '../specs/types.js';

export function sortedBy<T>(base: Hits, items: readonly T[], column: Column<T>, model: Model, reverse: boolean): Int32Array {
	const keys: (string | number | null)[] = new Array(items.length);
	for (let i = 0; i < items.length; i++) {
		const key = column.key(items[i], model);
		keys[i] = typeof key === 'string' ? (key === '' ? null : foldText(key)) : key;
	}
	const position = new Int32Array(items.length);
	for (let k = 0; k < base.length; k++) position[base[k]] = k;
	const direction = (column.descending ? -1 : 1) * (reverse ? -1 : 1);
	const sorted = Int32Array.from(base);
	sorted.sort((a, b) => {
		const x = keys[a];
		const y = keys[b];
		if (x === y) return position[a] - position[b];
		if (x === null) return 1;
		if (y === null) return -1;
		return (x < y ? -1 : x > y ? 1 : 0) * direction || position[a] - position[b];
	});
	return sorted;
}

/** The header with the sort mark beside the sorted column's name (▲ ascending, ▼ descending), its width kept. */
export function markHeader(header: string, name: string | undefined, descending: boolean): string {
	if (!name) return header;
	const at = header.indexOf(name);
	if (at < 0) return header;
	const mark = descending ? '▼' : '▲';
	const after = at + name.length;
	// The mark takes the space after the name, or before it (a right-aligned column).
	if (header[after] === ' ') return header.slice(0, after) + mark + header.slice(after + 1);
	if (at > 0 && header[at - 1] === ' ') return header.slice(0, at - 1) + mark + header.slice(at);
	return header;
}
