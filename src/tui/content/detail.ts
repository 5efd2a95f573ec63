// What a detail box shows: a title, all its lines, the first visible line and a position note.
// Each detail spec (specs/*.ts) makes one; the helpers here are the parts they share.
import type {Line} from '../text/segments.js';
import type {LineList} from './entity.js';

export interface DetailContent {
	title: string;
	/** All lines (a detail view slices the visible ones). */
	lines: LineList;
	/** First visible line. */
	top: number;
	note?: string;
	/** The line of each link the cursor walks (a card's articles and statements), ascending. */
	lineOfTarget?: (target: number) => number;
}

/** The content of a view whose item is not in the index (gone after a reload). */
export function missing(title: string, text: string): DetailContent {
	const lines: Line[] = [[{text, mark: 'dim'}]];
	return {title, lines, top: 0};
}

/** "12–40 of 120" when the lines do not all fit. */
export function position(top: number, height: number, total: number): string | undefined {
	if (total <= height) return undefined;
	return `${Math.min(total, top + 1)}–${Math.min(total, top + height)} of ${total}`;
}

/** Content scrolled to `scroll`, kept within the lines. */
export function scrolled(title: string, lines: LineList, scroll: number, height: number): DetailContent {
	const top = Math.max(0, Math.min(scroll, Math.max(0, lines.length - height)));
	return {title, lines, top, note: position(top, height, lines.length)};
}
