import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {FieldSearch} from '../../src/index/search.js';

const NAMES = ['Odalys Fennimore', 'Harbour Union', 'Quarnholt ferry', 'Veltmoor Courier', 'the ferry union', 'Fenwick', 'Union of Quarn', 'ferrymen', 'Ferrel of the ferry', 'unionised union'];

describe('search while typing', () => {
	it('gives each keystroke the results a fresh search gives, however the query grows or shrinks', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.constantFrom(...NAMES), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 40}), fc.array(fc.constantFrom('f', 'e', 'r', 'u', 'n', 'i', 'o', 'y', 's', ' ', 'q', '\b'), {maxLength: 12}), (items, keys) => {
				const typing = new FieldSearch(items);
				let query = '';
				for (const key of keys) {
					query = key === '\b' ? query.slice(0, -1) : query + key;
					expect(typing.search(query)).toEqual(new FieldSearch(items).search(query));
				}
			}),
			{numRuns: 200},
		);
	});

	it('finds a word typed on where it appears after an earlier start of it that does not go on so', () => {
		// "ferr" first appears in "ferrel", "ferry" only later: the place kept for "ferr" is not enough.
		const items = [['Ferrel of the ferry union'], ['ferrets'], ['the Ferry'], ['unionised union']];
		const typing = new FieldSearch(items);
		for (const query of ['f', 'fe', 'fer', 'ferr', 'ferry', 'ferry u', 'ferry union']) expect(typing.search(query)).toEqual(new FieldSearch(items).search(query));
		expect(new FieldSearch(items).exactHits('ferry')).toEqual(Int32Array.from([0, 2]));
		const unions = new FieldSearch(items);
		for (const query of ['u', 'un', 'uni', 'unio', 'union', 'union ']) unions.search(query);
		expect(Array.from(unions.exactHitsStarts('union u').items)).toEqual([]);
		expect(Array.from(unions.exactHitsStarts('unionised').starts)).toEqual([1]);
	});

	it('puts names that start with the query first, each group in item order', () => {
		const search = new FieldSearch([['the ferry'], ['Ferry Lane'], ['old ferry'], ['Ferrymen']]);
		expect(search.search('fer').slice(0, 4)).toEqual([1, 3, 0, 2]);
	});
});
