// List windowing: which rows of a long list are on screen. Only those rows are rendered.

export interface ListWindow {
	/** First visible row (inclusive). */
	start: number;
	/** One past the last visible row. */
	end: number;
}

export function clamp(value: number, min: number, max: number): number {
	return Math.max(min, Math.min(max, value));
}

/**
 * The smallest scroll from `offset` that keeps `cursor` visible in `height` rows of a `total`-row
 * list, never leaving blank rows at the bottom when the list could fill them.
 */
export function scrollIntoView(total: number, cursor: number, height: number, offset: number): number {
	if (total <= 0 || height <= 0) return 0;
	let next = offset;
	if (cursor < next) next = cursor;
	if (cursor >= next + height) next = cursor - height + 1;
	return clamp(next, 0, Math.max(0, total - height));
}

export function listWindow(total: number, cursor: number, height: number, offset: number): ListWindow {
	const start = scrollIntoView(total, cursor, height, offset);
	return {start, end: Math.min(total, start + Math.max(0, height))};
}
