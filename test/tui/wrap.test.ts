// Wrapping stays linear and a long article is wrapped only as far as it is shown. Work is counted
// (strings handed to the segmenter, graphemes visited, lines built), never timed.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {WrappedText, markSpans, wrapSegments, wrapWork} from '../../src/tui/text/segments.js';
import {PIECE, cellWidth, hardBreak, truncate, widthWork} from '../../src/tui/text/width.js';

/** Longest string any Intl.Segmenter (ours or string-width's) is asked to walk while `run` runs. */
function longestSegmented(run: () => void): number {
	const original = Intl.Segmenter.prototype.segment;
	let longest = 0;
	const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
		longest = Math.max(longest, input.length);
		return original.call(this, input);
	});
	try {
		run();
	} finally {
		spy.mockRestore();
	}
	return longest;
}

const base64Run = (n: number) => 'QmFzZTY0IGlubGluZSBpbWFnZSBkYXRh'.repeat(Math.ceil(n / 32)).slice(0, n);
// Arabic with vowel marks and Latin with combining accents: clusters that need the segmenter.
const markedRun = (n: number) => 'كَتَبَe\u0301o\u0308'.repeat(Math.ceil(n / 10)).slice(0, n);

afterEach(() => vi.restoreAllMocks());

describe('wrapping long runs without spaces', () => {
	it('never hands the segmenter more than a piece of the text', () => {
		for (const text of [base64Run(200_000), markedRun(20_000), '日本語のテキスト'.repeat(5_000)]) {
			const longest = longestSegmented(() => {
				const lines = wrapSegments([{text}], 80);
				expect(lines.length).toBeGreaterThan(100);
			});
			expect(longest).toBeLessThanOrEqual(PIECE);
		}
	});

	it('does work proportional to the length: doubling the run doubles the steps', () => {
		const steps = (n: number) => {
			widthWork.steps = 0;
			hardBreak(markedRun(n), 80);
			cellWidth(markedRun(n));
			truncate(markedRun(n), 80);
			return widthWork.steps;
		};
		const one = steps(20_000);
		const two = steps(40_000);
		expect(one).toBeGreaterThan(0);
		expect(two / one).toBeLessThan(2.2);
	});

	it('breaks a run into full lines that keep every character', () => {
		const text = markedRun(10_000);
		const lines = wrapSegments([{text, mark: 'quote'}], 37);
		expect(lines.map((l) => l.map((s) => s.text).join('')).join('')).toBe(text);
		for (const line of lines) expect(cellWidth(line.map((s) => s.text).join(''))).toBeLessThanOrEqual(37);
	});
});

describe('a long article wrapped as it is shown', () => {
	const paragraph = (i: number) => `Paragraph ${i} of the invented report says the harbour board met again on Tuesday and said nothing new.`;
	const body = Array.from({length: 20_000}, (_, i) => paragraph(i)).join('\n\n');

	it('builds only the lines of the page asked for, and they are the lines a full wrap gives', () => {
		const segments = markSpans(body, [{start: 0, end: 9, mark: 'entity'}]);
		wrapWork.lines = 0;
		const lazy = new WrappedText(segments, 60, [[{text: 'Title', mark: 'title'}]]);
		const page = lazy.slice(0, 30);
		expect(wrapWork.lines).toBeLessThan(100);
		const full = [[{text: 'Title', mark: 'title'}], ...wrapSegments(segments, 60)];
		expect(lazy.length).toBe(full.length);
		expect(page).toEqual(full.slice(0, 30));
		wrapWork.lines = 0;
		expect(lazy.slice(30_000, 30_030)).toEqual(full.slice(30_000, 30_030));
		expect(lazy.slice(-5)).toEqual(full.slice(-5));
		expect(wrapWork.lines).toBeLessThan(100);
	});

	it('gives an empty text one empty line, and no empty line after a final line break', () => {
		expect(new WrappedText([{text: ''}], 10).slice()).toEqual(wrapSegments([{text: ''}], 10));
		expect(new WrappedText([{text: 'a\nb\n'}], 10).slice()).toEqual(wrapSegments([{text: 'a\nb\n'}], 10));
		expect(new WrappedText([{text: 'a\n\n  '}], 10).slice()).toEqual(wrapSegments([{text: 'a\n\n  '}], 10));
	});
});
