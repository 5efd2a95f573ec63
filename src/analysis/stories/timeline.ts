// Who reported first, and how many days later each other outlet did: for a story's articles or a
// statement's renderings (anything with an outlet and a date).
import {dayNumber} from './dates.js';

export interface Reported {
	outlet: string | null;
	published: string | null;
}

export interface TimelineEntry {
	outlet: string;
	/** The outlet's earliest date here. */
	published: string;
	/** Days after the first report (0 for the first). */
	lag: number;
}

export interface Timeline {
	/** Outlets with a date, earliest first (the first is the first reporter). */
	dated: TimelineEntry[];
	/** Outlets with no dated item here. */
	undated: string[];
}

/** Each outlet once, at its earliest date; an item without an outlet is left out (it names no one). */
export function timeline(items: readonly Reported[]): Timeline {
	const earliest = new Map<string, string | null>();
	for (const item of items) {
		if (!item.outlet) continue;
		const known = earliest.get(item.outlet);
		if (!earliest.has(item.outlet) || (item.published && (!known || item.published < known))) earliest.set(item.outlet, item.published);
	}
	const dated = [...earliest].filter((e): e is [string, string] => e[1] !== null).sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
	const start = dated.length ? dayNumber(dated[0][1]) : 0;
	return {
		dated: dated.map(([outlet, published]) => ({outlet, published, lag: dayNumber(published) - start})),
		undated: [...earliest].filter(([, d]) => d === null).map(([o]) => o),
	};
}

/** "first: Sputnik 2021-12-10 · Al-Ahed +0 d · SouthFront +2 d · undated: Example" (outlets as given: clean them before showing). */
export function timelineText(t: Timeline): string {
	const parts: string[] = [];
	t.dated.forEach((e, i) => parts.push(i === 0 ? `first: ${e.outlet} ${e.published}` : `${e.outlet} +${e.lag} d`));
	if (t.undated.length) parts.push(`undated: ${t.undated.join(', ')}`);
	return parts.join(' · ');
}
