// Styled runs of text and word wrapping measured in terminal cells. Views turn Lines into <Text>.
import {safeBlock} from './safe.js';
import {cellWidth, hardBreak} from './width.js';

export type Mark = 'entity' | 'quote' | 'diff' | 'speaker' | 'title' | 'dim' | 'heading' | 'selected' | 'warn' | 'link';

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

interface Token {
	text: string;
	mark?: Mark;
	kind: 'word' | 'space' | 'newline';
}

function tokenize(segments: Segment[]): Token[] {
	const tokens: Token[] = [];
	for (const segment of segments) {
		for (const part of segment.text.split(/(\n| +)/)) {
			if (!part) continue;
			const kind = part === '\n' ? 'newline' : part.startsWith(' ') ? 'space' : 'word';
			tokens.push({text: part, mark: segment.mark, kind});
		}
	}
	return tokens;
}

function push(line: Line, text: string, mark?: Mark): void {
	const last = line[line.length - 1];
	if (last && last.mark === mark) last.text += text;
	else line.push(mark ? {text, mark} : {text});
}

/** Greedy word wrap to `width` cells; "\n" starts a new line, words wider than a line are broken. */
export function wrapSegments(segments: Segment[], width: number): Line[] {
	const lines: Line[] = [];
	let line: Line = [];
	let used = 0;
	let pendingSpace: Token | undefined;
	const newLine = () => {
		lines.push(line);
		line = [];
		used = 0;
		pendingSpace = undefined;
	};
	for (const token of tokenize(segments)) {
		if (token.kind === 'newline') {
			newLine();
			continue;
		}
		if (token.kind === 'space') {
			if (used > 0) pendingSpace = token;
			continue;
		}
		const w = cellWidth(token.text);
		const spaceWidth = pendingSpace ? 1 : 0;
		if (used > 0 && used + spaceWidth + w > width) newLine();
		if (pendingSpace && used > 0) {
			push(line, ' ', pendingSpace.mark === token.mark ? token.mark : undefined);
			used += 1;
		}
		pendingSpace = undefined;
		if (w <= width - used) {
			push(line, token.text, token.mark);
			used += w;
			continue;
		}
		for (const piece of hardBreak(token.text, Math.max(1, width))) {
			if (used > 0) newLine();
			push(line, piece, token.mark);
			used = cellWidth(piece);
		}
	}
	if (line.length > 0 || lines.length === 0) lines.push(line);
	return lines;
}

export function lineWidth(line: Line): number {
	return line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
}

/** Word wrap with every line indented by `indent` cells (wrapSegments drops leading blanks). */
export function wrapIndented(segments: Segment[], width: number, indent = 2): Line[] {
	const pad = ' '.repeat(indent);
	return wrapSegments(segments, Math.max(1, width - indent)).map((line) => [{text: pad}, ...line]);
}
