// Styled runs of text and word wrapping measured in terminal cells. Views turn Lines into <Text>.
import {safeBlock} from './safe.js';
import {cellWidth, hardBreak} from './width.js';

export type Mark = 'entity' | 'quote' | 'diff' | 'speaker' | 'title' | 'dim' | 'heading' | 'selected' | 'warn' | 'link' | 'target' | 'context' | 'match';

export interface Segment {
	text: string;
	mark?: Mark;
}

export type Line = Segment[];

export interface Span {
	start: number;
	end: number;
	mark: Mark;
}

/**
 * Cut `text` into runs by the spans that cover it. Spans may overlap; a later span in the array
 * wins where they do (callers list quotes before entities so a name inside a quote still shows).
 * Text is made terminal-safe after cutting so that offsets stay valid.
 */
export function markSpans(text: string, spans: Span[]): Segment[] {
	const marks: (Mark | undefined)[] = new Array(text.length);
	for (const span of spans) {
		const start = Math.max(0, span.start);
		const end = Math.min(text.length, span.end);
		for (let i = start; i < end; i++) marks[i] = span.mark;
	}
	const segments: Segment[] = [];
	let runStart = 0;
	for (let i = 1; i <= text.length; i++) {
		if (i === text.length || marks[i] !== marks[runStart]) {
			const piece = safeBlock(text.slice(runStart, i));
			if (piece) segments.push(marks[runStart] ? {text: piece, mark: marks[runStart]} : {text: piece});
			runStart = i;
		}
	}
	return segments;
}

function push(line: Line, text: string, mark?: Mark): void {
	const last = line[line.length - 1];
	if (last && last.mark === mark) last.text += text;
	else line.push(mark ? {text, mark} : {text});
}

/** Lines built (not only counted) so far: tests check that a reader builds what it shows. */
export const wrapWork = {lines: 0};

/** A line break, a run of spaces, or a word (anything else up to the next space or break). */
const TOKEN = /\n| +|[^\n ]+/g;

/**
 * The greedy wrap, in one pass over the text without a token list, so that it is linear and can
 * stop early. `sink` receives each line and returns false to stop; without a sink nothing is
 * built and the lines are only counted (the same decisions, so counts and lines always agree).
 * Text with no words gives one empty line, unless it `follows` a line break (text that ends
 * with "\n" has no empty line after it).
 */
function wrapInto(segments: Segment[], width: number, sink: ((line: Line) => boolean) | null, follows = false): number {
	let count = 0;
	let line: Line = [];
	let filled = false;
	let used = 0;
	let spaced = false;
	let spaceMark: Mark | undefined;
	let stopped = false;
	const newLine = () => {
		count++;
		if (sink) {
			wrapWork.lines++;
			if (!sink(line)) stopped = true;
		}
		line = [];
		filled = false;
		used = 0;
		spaced = false;
	};
	const add = (text: string, mark: Mark | undefined) => {
		filled = true;
		if (sink) push(line, text, mark);
	};
	// A word can run across segments ("4" dim, then "," plain): its parts are placed together, so a
	// line never starts with the comma that ends the word before it. Reused, not reallocated.
	const parts: string[] = [];
	const partMarks: (Mark | undefined)[] = [];
	const partWidths: number[] = [];
	let wordWidth = 0;
	/** Places the pending word; false when the sink asked to stop. */
	const flush = (): boolean => {
		if (parts.length === 0) return true;
		if (used > 0 && used + (spaced ? 1 : 0) + wordWidth > width) {
			newLine();
			if (stopped) return false;
		}
		if (spaced && used > 0) {
			add(' ', spaceMark === partMarks[0] ? partMarks[0] : undefined);
			used += 1;
		}
		spaced = false;
		for (let k = 0; k < parts.length; k++) {
			const part = parts[k];
			const w = partWidths[k];
			if (w <= width - used) {
				add(part, partMarks[k]);
				used += w;
				continue;
			}
			for (const piece of hardBreak(part, Math.max(1, width))) {
				if (used > 0) {
					newLine();
					if (stopped) return false;
				}
				add(piece, partMarks[k]);
				used = cellWidth(piece);
			}
		}
		parts.length = 0;
		partMarks.length = 0;
		partWidths.length = 0;
		wordWidth = 0;
		return true;
	};
	for (const segment of segments) {
		const mark = segment.mark;
		TOKEN.lastIndex = 0;
		for (let m = TOKEN.exec(segment.text); m !== null; m = TOKEN.exec(segment.text)) {
			const part = m[0];
			if (part === '\n') {
				if (!flush()) return count;
				newLine();
				if (stopped) return count;
				continue;
			}
			if (part.charCodeAt(0) === 0x20) {
				if (!flush()) return count;
				if (used > 0) {
					spaced = true;
					spaceMark = mark;
				}
				continue;
			}
			const w = cellWidth(part);
			parts.push(part);
			partMarks.push(mark);
			partWidths.push(w);
			wordWidth += w;
		}
	}
	if (!flush()) return count;
	if (filled || (count === 0 && !follows)) newLine();
	return count;
}

/** Greedy word wrap to `width` cells; "\n" starts a new line, words wider than a line are broken. */
export function wrapSegments(segments: Segment[], width: number): Line[] {
	const lines: Line[] = [];
	wrapInto(segments, width, (line) => {
		lines.push(line);
		return true;
	});
	return lines;
}

/**
 * Long text wrapped on demand: its lines are counted in one cheap pass (no line is built), and
 * `slice` builds only the paragraphs it returns, so a reader opens a 5 MB article at once.
 * `head` lines (a title, a header) come first. Fits the views' LineList (content/entity.ts).
 */
export class WrappedText {
	readonly length: number;
	private readonly paragraphs: Segment[][] = [];
	/** Index of each paragraph's first line, counting the head. */
	private readonly starts: number[] = [];

	constructor(
		segments: Segment[],
		private readonly width: number,
		private readonly head: Line[] = [],
	) {
		let current: Segment[] = [];
		for (const segment of segments) {
			const parts = segment.text.split('\n');
			for (let i = 0; i < parts.length; i++) {
				if (i > 0) {
					this.paragraphs.push(current);
					current = [];
				}
				if (parts[i]) current.push(segment.mark ? {text: parts[i], mark: segment.mark} : {text: parts[i]});
			}
		}
		this.paragraphs.push(current);
		let at = head.length;
		for (const [p, paragraph] of this.paragraphs.entries()) {
			this.starts.push(at);
			at += wrapInto(paragraph, width, null, this.follows(p));
		}
		this.length = at;
	}

	slice(start = 0, end = this.length): Line[] {
		const from = Math.max(0, start < 0 ? this.length + start : start);
		const to = Math.min(this.length, end < 0 ? this.length + end : end);
		const out: Line[] = this.head.slice(from, to);
		if (to <= this.head.length) return out;
		// The last paragraph starting at or before the first wanted line.
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= Math.max(from, this.head.length)) lo = mid;
			else hi = mid - 1;
		}
		for (let p = lo; p < this.paragraphs.length && this.starts[p] < to; p++) {
			let at = this.starts[p];
			wrapInto(
				this.paragraphs[p],
				this.width,
				(line) => {
					if (at >= from) out.push(line);
					at++;
					return at < to;
				},
				this.follows(p),
			);
		}
		return out;
	}

	/** The first line holding a segment marked `mark`, or -1: only that paragraph is wrapped. */
	firstLineWith(mark: Mark): number {
		const p = this.paragraphs.findIndex((segments) => segments.some((s) => s.mark === mark));
		if (p < 0) return -1;
		let at = this.starts[p];
		let found = -1;
		wrapInto(
			this.paragraphs[p],
			this.width,
			(line) => {
				if (line.some((s) => s.mark === mark)) found = at;
				at++;
				return found < 0;
			},
			this.follows(p),
		);
		return found;
	}

	/** The last of several paragraphs comes after a line break (see wrapInto). */
	private follows(p: number): boolean {
		return p > 0 && p === this.paragraphs.length - 1;
	}
}

export function lineWidth(line: Line): number {
	return line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
}

/** Word wrap with every line indented by `indent` cells (wrapSegments drops leading blanks). */
export function wrapIndented(segments: Segment[], width: number, indent = 2): Line[] {
	const pad = ' '.repeat(indent);
	return wrapSegments(segments, Math.max(1, width - indent)).map((line) => [{text: pad}, ...line]);
}
