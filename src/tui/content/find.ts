// Finding a term in the lines of an open detail (reader, entity card, comparison): which line holds
// it next, and the term marked where it shows. Lines are compared in lower case only, so offsets
// stay those of the text on screen.
import type {LineList} from './entity.js';
import type {Line} from '../text/segments.js';

const CHUNK = 400;

const plain = (line: Line) => line.map((s) => s.text).join('');

/**
 * The next line after `from` (step 1) or before it (step -1) holding `term`, wrapping around the
 * ends; -1 if none does. Lines are built a chunk at a time, so a long card is built only as far as
 * the match.
 */
export function findLine(lines: LineList, term: string, from: number, step: 1 | -1): number {
	const needle = term.toLowerCase();
	const total = lines.length;
	if (!needle || total === 0) return -1;
	for (let scanned = 0; scanned < total; ) {
		const start = step === 1 ? (from + 1 + scanned) % total : (((from - 1 - scanned) % total) + total) % total;
		// A chunk in the direction of travel, not past the list's end nor past what is left to scan.
		const count = Math.min(CHUNK, total - scanned, step === 1 ? total - start : start + 1);
		const chunk = step === 1 ? lines.slice(start, start + count) : lines.slice(start - count + 1, start + 1);
		for (let k = 0; k < chunk.length; k++) {
			const at = step === 1 ? k : chunk.length - 1 - k;
			if (plain(chunk[at]).toLowerCase().includes(needle)) return step === 1 ? start + k : start - k;
		}
		scanned += count;
	}
	return -1;
}

/** The line with each occurrence of `term` marked as a match (other marks kept around it). */
export function markTerm(line: Line, term: string): Line {
	const needle = term.toLowerCase();
	const text = plain(line);
	const lower = text.toLowerCase();
	// Lower-casing that changes a length (a rare letter) would shift offsets: left unmarked.
	if (!needle || lower.length !== text.length || !lower.includes(needle)) return line;
	const hit = new Uint8Array(text.length);
	for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) hit.fill(1, at, at + needle.length);
	const out: Line = [];
	let offset = 0;
	for (const segment of line) {
		let start = 0;
		for (let k = 1; k <= segment.text.length; k++) {
			if (k === segment.text.length || hit[offset + k] !== hit[offset + start]) {
				const piece = segment.text.slice(start, k);
				if (hit[offset + start]) out.push({text: piece, mark: 'match'});
				else out.push(segment.mark ? {text: piece, mark: segment.mark} : {text: piece});
				start = k;
			}
		}
		offset += segment.text.length;
	}
	return out;
}
