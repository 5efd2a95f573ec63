import {describe, expect, it, vi} from 'vitest';
import {renderTable} from '../../src/output/table.js';
import {firstNotBefore, maxOf, pushAll} from '../../src/util/arrays.js';

// Far more than V8 accepts as arguments of one call (about 120,000).
const MANY = 300_000;

describe('lists longer than a call can take as arguments', () => {
	it('are appended and measured without spreading them into a call', () => {
		const items = Array.from({length: MANY}, (_, i) => i);
		expect(() => [].push(...(items as never[]))).toThrow(RangeError);
		expect(pushAll([-1], items)).toHaveLength(MANY + 1);
		expect(maxOf(items)).toBe(MANY - 1);
		expect(maxOf([], 7)).toBe(7);
		expect(maxOf([-3, -9])).toBe(-3);
	});

	it('make a table of any number of rows', () => {
		const rows = Array.from({length: 150_000}, (_, i) => ({n: i, name: `row ${i}`}));
		const table = renderTable(rows, [{header: 'N', get: (r) => r.n, width: 3, align: 'right'}, {header: 'NAME', get: (r) => r.name}], 80);
		expect(table.split('\n')).toHaveLength(150_001);
	});
});

describe('a numeric column', () => {
	it('grows to its widest number instead of cutting it', () => {
		const table = renderTable([{words: 12_345_678, title: 'A long read'}, {words: 7, title: 'Short'}], [
			{header: 'WORDS', get: (r) => r.words, width: 6, align: 'right'},
			{header: 'TITLE', get: (r) => r.title},
		]);
		const lines = table.split('\n');
		expect(lines[1]).toContain('12345678');
		expect(lines[1]).not.toContain('…');
		expect(lines[2].indexOf('Short')).toBe(lines[1].indexOf('A long read'));
	});
});

describe('a table cell of megabytes', () => {
	it('is cut before it is measured: the segmenter never walks the whole text', () => {
		const original = Intl.Segmenter.prototype.segment;
		let longest = 0;
		const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
			longest = Math.max(longest, input.length);
			return original.call(this, input);
		});
		let table: string;
		try {
			table = renderTable([{title: 'كَتَبَ '.repeat(200_000)}], [{header: 'TITLE', get: (r) => r.title}], 80);
		} finally {
			spy.mockRestore();
		}
		expect(longest).toBeLessThan(10_000);
		expect(table.split('\n')[1].endsWith('…')).toBe(true);
	});
});

describe('firstNotBefore', () => {
	it('finds where a sorted list stops being before a value, ends included', () => {
		const list = [1, 3, 3, 7];
		expect(firstNotBefore(list.length, (i) => list[i] <= 3)).toBe(3);
		expect(firstNotBefore(list.length, (i) => list[i] <= 0)).toBe(0);
		expect(firstNotBefore(list.length, (i) => list[i] <= 9)).toBe(4);
		expect(firstNotBefore(0, () => true)).toBe(0);
	});
});
