// Quoted spans in scraped prose. Scrapes mix straight and curly marks, open with “ and close with ",
// drop a closing mark at a paragraph's end, and use ’ as an apostrophe: so a mark's role is decided
// by what flanks it (space before → opens, space after → closes), with the glyph as a tiebreaker.
import {pushAll} from '../../util/arrays.js';

export interface QuoteSpan {
	/** Offset of the opening mark. */
	open: number;
	/** Offset just past the closing mark (or the end of the line when the quote is left open). */
	close: number;
	/** Inner text bounds (spaces trimmed). */
	start: number;
	end: number;
	/** Double marks (“ ” " « » „) or single (‘ ’ '). */
	double: boolean;
	/** The closing mark was missing (the quote ran to the end of its line). */
	unclosed: boolean;
}

const DOUBLE_OPENERS = '“„«‟';
const DOUBLE_CLOSERS = '”»';
const DOUBLE_MARKS = '"“”„«»‟';
const SINGLE_MARKS = "'‘’‚‹›";

const MARK_FINDERS = new Map([DOUBLE_MARKS, SINGLE_MARKS].map(m => [m, new RegExp(`[${m}]`, 'g')]));

type Role = 'open' | 'close' | 'either' | 'none';

function isSpaceOrEdge(ch: string | undefined): boolean {
	return ch === undefined || /\s/.test(ch);
}

function isLetterOrDigit(ch: string | undefined): boolean {
	return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function doubleRole(text: string, i: number): Role {
	const prev = text[i - 1];
	const next = text[i + 1];
	const ch = text[i];
	const leftFlank = isSpaceOrEdge(prev) || /[(\[{—–\-:]/.test(prev);
	const rightFlank = isSpaceOrEdge(next) || /[.,;:!?)\]}—–]/.test(next);
	if (leftFlank && !rightFlank) return 'open';
	if (rightFlank && !leftFlank) return 'close';
	if (DOUBLE_OPENERS.includes(ch) && !DOUBLE_CLOSERS.includes(ch)) return 'open';
	if (DOUBLE_CLOSERS.includes(ch)) return 'close';
	return 'either';
}

function singleRole(text: string, i: number): Role {
	const prev = text[i - 1];
	const next = text[i + 1];
	const ch = text[i];
	// Inside a word ("Iraq’s", "Shi’ite") it is an apostrophe.
	if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return 'none';
	const leftFlank = isSpaceOrEdge(prev) || /[(\[{—–\-"“„«]/.test(prev);
	const rightFlank = isSpaceOrEdge(next) || /[.,;:!?)\]}—–"”»]/.test(next);
	if (leftFlank && isLetterOrDigit(next) && ch !== '’') return 'open';
	if (rightFlank && !leftFlank && ch !== '‘') return 'close';
	return 'none';
}

function trimmed(text: string, start: number, end: number): [number, number] {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	return [s, e];
}

/** Quoted spans of one line (no newline inside), offsets relative to `text` from `from`. */
function spansInLine(text: string, from: number, to: number, marks: string, role: (t: string, i: number) => Role, double: boolean, maxLength: number): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	let openAt = -1;
	const finder = MARK_FINDERS.get(marks)!;
	finder.lastIndex = from;
	for (let found = finder.exec(text); found && found.index < to; found = finder.exec(text)) {
		const i = found.index;
		const r = role(text, i);
		if (r === 'none') continue;
		const closing = openAt >= 0 && (r === 'close' || r === 'either');
		if (closing) {
			if (i - openAt <= maxLength) {
				const [s, e] = trimmed(text, openAt + 1, i);
				if (e > s) out.push({open: openAt, close: i + 1, start: s, end: e, double, unclosed: false});
			}
			openAt = -1;
		} else if (r === 'open' || r === 'either') {
			// An opener while one is open means the earlier mark was never closed: restart here.
			openAt = i;
		}
	}
	if (openAt >= 0 && to - openAt <= maxLength) {
		const [s, e] = trimmed(text, openAt + 1, to);
		if (e - s > 0) out.push({open: openAt, close: to, start: s, end: e, double, unclosed: true});
	}
	return out;
}

/**
 * Every quoted span in `text`, in order. Double-mark spans come first in importance: a single-mark
 * span inside a double one is a quote within a quote and is not returned.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	let lineStart = 0;
	while (lineStart <= text.length) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = text.length;
		const doubles = spansInLine(text, lineStart, lineEnd, DOUBLE_MARKS, doubleRole, true, 4000);
		const singles = spansInLine(text, lineStart, lineEnd, SINGLE_MARKS, singleRole, false, 600).filter(
			s => !s.unclosed && !doubles.some(d => s.open >= d.open && s.close <= d.close) && !doubles.some(d => d.open > s.open && d.open < s.close),
		);
		pushAll(out, doubles);
		pushAll(out, singles);
		lineStart = lineEnd + 1;
	}
	return out.sort((a, b) => a.open - b.open);
}
