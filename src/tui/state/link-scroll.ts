// Moving in a detail whose cursor walks links (an entity card's articles and statements) while its
// lines still scroll. A card opens at its top with its first link selected even when that link is
// far below (a long table of descriptors comes first): moving down scrolls towards the selected
// link before the cursor moves on, and moving up from the first link scrolls back to the top, so
// every line can be reached and g / PgUp always go back up.
import {clamp, scrollIntoView} from './window.js';

export interface LinkPosition {
	/** The selected link. */
	cursor: number;
	/** The first visible line. */
	scroll: number;
}

export interface LinkMove {
	/** Down-going moves (j, PgDn, G) or up-going ones (k, PgUp, g). */
	down: boolean;
	/** g and G: straight to the first or last link, and the top or bottom of the lines. */
	edge?: boolean;
	/** The link this move selects from `cursor` (`page`: links a page holds; `last`: the last link). */
	cursor(cursor: number, page: number, last: number): number;
	/** The first line this move shows when it only scrolls (`page`: the height, `max`: last top). */
	scroll(scroll: number, page: number, max: number): number;
}

export interface LinkGeometry {
	links: number;
	lines: number;
	height: number;
	/** The line link `i` is drawn on. */
	lineOf(i: number): number;
}

export function moveOverLinks(at: LinkPosition, move: LinkMove, g: LinkGeometry): LinkPosition {
	const last = Math.max(0, g.links - 1);
	const max = Math.max(0, g.lines - g.height);
	const scrolled = clamp(move.scroll(at.scroll, g.height, max), 0, max);
	const page = Math.max(1, Math.floor(g.height / 2));
	const into = (cursor: number, from: number) => scrollIntoView(g.lines, g.links === 0 ? 0 : g.lineOf(cursor), g.height, from);
	const cursor = clamp(at.cursor, 0, last);
	if (g.links === 0) return {cursor: 0, scroll: scrolled};
	const next = clamp(move.cursor(cursor, page, last), 0, last);
	if (move.down) {
		// The selected link is still below the screen: bring it into view, a line or a page at a time.
		if (!move.edge && g.lineOf(cursor) >= at.scroll + g.height) return {cursor, scroll: Math.min(scrolled, into(cursor, at.scroll))};
		return {cursor: next, scroll: into(next, at.scroll)};
	}
	// From the first link (or with g to it), up scrolls the lines above it.
	if (next === 0 && (cursor === 0 || move.edge)) return {cursor: 0, scroll: Math.min(scrolled, into(0, at.scroll))};
	return {cursor: next, scroll: into(next, at.scroll)};
}
