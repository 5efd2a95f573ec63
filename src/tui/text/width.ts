// Column arithmetic for terminal cells. string-width knows East Asian wide characters, emoji and
// combining marks; Ink's own truncation does not always, so views pre-fit every string here.
//
// Everything here is linear in the length of the text. V8's Intl.Segmenter slows down with the
// length of the string it walks (a 100,000-character run took seconds, 200,000 half a minute), so
// long text is segmented in pieces of at most PIECE characters cut at grapheme boundaries, and
// printable ASCII (one cell per character) skips segmentation altogether.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Longest string handed to the segmenter or to string-width at once. */
export const PIECE = 1024;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Text in which every code point is a cluster of its own: no combining or spacing marks, joiners,
 * format or control characters, emoji modifiers, regional indicators or Hangul jamo. Its width is
 * the sum of its code points' widths, so no segmenter is needed (CJK, Cyrillic, most Arabic).
 */
const SINGLES = /^[^\p{M}\p{C}\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]*$/u;

/** string-width of each code point met in SINGLES text (it costs microseconds per call). */
const codePointWidths = new Map<number, number>();

function singlesWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += codePointWidth(ch);
	return width;
}

function codePointWidth(ch: string): number {
	const cp = ch.codePointAt(0)!;
	let w = codePointWidths.get(cp);
	if (w === undefined) {
		w = stringWidth(ch);
		codePointWidths.set(cp, w);
	}
	return w;
}

/** Counts work done here (graphemes and pieces visited), so tests can check growth without a clock. */
export const widthWork = {steps: 0};

/**
 * The text cut into consecutive pieces of at most PIECE characters, each ending at a grapheme
 * boundary (a cluster longer than PIECE, which the cleaner never lets through, is cut anyway).
 */
export function* pieces(text: string): Generator<string> {
	let start = 0;
	while (text.length - start > PIECE) {
		widthWork.steps++;
		const chunk = text.slice(start, start + PIECE);
		// The last cluster of the chunk may continue past it: the piece ends before it.
		const last = graphemes.segment(chunk).containing(chunk.length - 1);
		const cut = last && last.index > 0 ? last.index : PIECE;
		yield text.slice(start, start + cut);
		start += cut;
	}
	widthWork.steps++;
	yield text.slice(start);
}

function* clusters(piece: string): Generator<string> {
	for (const {segment} of graphemes.segment(piece)) yield segment;
}

/** The grapheme clusters of `text`, in order, in linear time. */
export function* graphemesOf(text: string): Generator<string> {
	for (const piece of pieces(text)) {
		if (PRINTABLE_ASCII.test(piece)) {
			for (const ch of piece) {
				widthWork.steps++;
				yield ch;
			}
			continue;
		}
		for (const segment of SINGLES.test(piece) ? piece : clusters(piece)) {
			widthWork.steps++;
			yield segment;
		}
	}
}

export function cellWidth(text: string): number {
	if (PRINTABLE_ASCII.test(text)) return text.length;
	if (SINGLES.test(text)) return singlesWidth(text);
	if (text.length <= PIECE) return stringWidth(text);
	let width = 0;
	for (const piece of pieces(text)) width += cellWidth(piece);
	return width;
}

/** Cut text to at most `width` cells, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
	if (width <= 0) return '';
	if (cellWidth(text) <= width) return text;
	const room = width - stringWidth(ellipsis);
	if (room <= 0) return ellipsis.slice(0, width);
	let out = '';
	let used = 0;
	for (const segment of graphemesOf(text)) {
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
export function hardBreak(text: string, cells: number): string[] {
	const width = Math.max(1, cells);
	const out: string[] = [];
	let current = '';
	let used = 0;
	for (const piece of pieces(text)) {
		if (PRINTABLE_ASCII.test(piece)) {
			// One cell per character: cut by length.
			let at = 0;
			while (at < piece.length) {
				widthWork.steps++;
				if (used === width) {
					out.push(current);
					current = '';
					used = 0;
				}
				const take = Math.min(width - used, piece.length - at);
				current += piece.slice(at, at + take);
				used += take;
				at += take;
			}
			continue;
		}
		const singles = SINGLES.test(piece);
		for (const segment of singles ? piece : clusters(piece)) {
			widthWork.steps++;
			const w = singles ? codePointWidth(segment) : stringWidth(segment);
			if (used + w > width && current) {
				out.push(current);
				current = '';
				used = 0;
			}
			current += segment;
			used += w;
		}
	}
	if (current) out.push(current);
	return out;
}
