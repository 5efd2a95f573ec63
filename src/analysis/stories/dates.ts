// Dates as day numbers, and the order of articles by date.
import type {Article} from '../../corpus/types.js';

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD date as a day number, NaN when absent. */
export function dayNumber(date: string | null): number {
	if (!date) return NaN;
	const t = Date.parse(`${date}T00:00:00Z`);
	return Number.isNaN(t) ? NaN : Math.round(t / DAY_MS);
}

/** Dated articles first, oldest first; then by id, so the order never depends on the input's. */
export function byDate(a: Pick<Article, 'id' | 'published'>, b: Pick<Article, 'id' | 'published'>): number {
	if (a.published !== b.published) {
		if (!a.published) return 1;
		if (!b.published) return -1;
		return a.published < b.published ? -1 : 1;
	}
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
