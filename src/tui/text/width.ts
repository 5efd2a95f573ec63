// Column arithmetic for terminal cells. string-width knows East Asian wide characters, emoji and
// combining marks; Ink's own truncation does not always, so views pre-fit every string here.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

export function cellWidth(text: string): number {
	return stringWidth(text);
}

/** Cut text to at most `width` cells, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	const room = width - stringWidth(ellipsis);
	if (room <= 0) return ellipsis.slice(0, width);
	let out = '';
	let used = 0;
	for (const {segment} of graphemes.segment(text)) {
		const w = stringWidth(segment);
		if (used + w > room) break;
		out += segment;
		used += w;
	}
	return out + ellipsis;
}

/** Truncate then pad with spaces to exactly `width` cells. */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** Pad on the left to exactly `width` cells (numbers in columns). */
export function fitRight(text: string, width: number): string {
	const cut = truncate(text, width);
	return ' '.repeat(Math.max(0, width - stringWidth(cut))) + cut;
}

/** Split text into pieces of at most `width` cells without breaking a grapheme. */
export function hardBreak(text: string, width: number): string[] {
	const pieces: string[] = [];
	let current = '';
	let used = 0;
	for (const {segment} of graphemes.segment(text)) {
		const w = stringWidth(segment);
		if (used + w > width && current) {
			pieces.push(current);
			current = '';
			used = 0;
		}
		current += segment;
		used += w;
	}
	if (current) pieces.push(current);
	return pieces;
}
