import {describe, expect, it} from 'vitest';
import {FieldValues, intersectSorted} from '../../src/index/field-values.js';

const outlets = ['Daily Beacon', 'Hill Courier', null, 'Daily Beacon', 'Café Times', 'hill courier'];
const speakers = [['Joe Biden', 'Biden'], [], ['Donald Trump'], ['Biden'], [], ['Trump', undefined, '']];

function index() {
	return new FieldValues(outlets.length, {outlet: (i) => [outlets[i]], speaker: (i) => speakers[i]});
}

describe('FieldValues', () => {
	it('lists each distinct folded value once, with the items that have it, ascending', () => {
		const values = index();
		expect(values.values('outlet')).toEqual(['daily beacon', 'hill courier', 'cafe times']);
		expect(Array.from(values.items('outlet', 'beacon', (v) => v.includes('beacon')))).toEqual([0, 3]);
		// Two spellings of one value are one value; a missing value is none.
		expect(Array.from(values.items('outlet', 'courier', (v) => v.includes('courier')))).toEqual([1, 5]);
		expect(Array.from(values.items('outlet', 'cafe', (v) => v.includes('cafe')))).toEqual([4]);
	});

	it('takes the union of every accepted value, an item with two of them once', () => {
		const values = index();
		expect(Array.from(values.items('speaker', 'b', (v) => v.includes('b')))).toEqual([0, 3]);
		expect(Array.from(values.items('speaker', 'r', (v) => v.includes('r')))).toEqual([2, 5]);
		expect(Array.from(values.items('speaker', 'n', (v) => v.includes('n')))).toEqual([0, 2, 3]);
		expect(Array.from(values.items('speaker', 'x', (v) => v.includes('x')))).toEqual([]);
	});

	it('has nothing for a field the list does not have', () => {
		const values = index();
		expect(values.has('date')).toBe(false);
		expect(Array.from(values.items('date', '2021', () => true))).toEqual([]);
	});

	it('is built a step at a time, and a query finishes the build', () => {
		const values = index();
		expect(values.step(2)).toBe(false);
		expect(values.done).toBe(false);
		expect(Array.from(values.items('outlet', 'daily', (v) => v.startsWith('daily')))).toEqual([0, 3]);
		expect(values.done).toBe(true);
		const stepped = index();
		while (!stepped.step(1));
		expect(stepped.values('speaker')).toEqual(index().values('speaker'));
	});

	it('gives the same answer as testing every item, on a larger list', () => {
		const n = 5000;
		const names = ['Reuters', 'Fox News', 'CNN', 'New York Times', 'Washington Times', 'Breitbart'];
		const values = new FieldValues(n, {outlet: (i) => [names[(i * 7) % names.length], i % 13 === 0 ? names[(i + 1) % names.length] : null]});
		for (const w of ['times', 'n', 'fox', 'z']) {
			const got = Array.from(values.items('outlet', w, (v) => v.includes(w)));
			const want = Array.from({length: n}, (_, i) => i).filter((i) => [names[(i * 7) % names.length], i % 13 === 0 ? names[(i + 1) % names.length] : null].some((v) => v && v.toLowerCase().includes(w)));
			expect(got).toEqual(want);
		}
	});
});

describe('intersectSorted', () => {
	it('keeps the items in both ascending lists', () => {
		expect(Array.from(intersectSorted(Int32Array.of(1, 3, 5, 7, 9), Int32Array.of(0, 3, 4, 9, 10)))).toEqual([3, 9]);
		expect(Array.from(intersectSorted(Int32Array.of(), Int32Array.of(1)))).toEqual([]);
	});
});
