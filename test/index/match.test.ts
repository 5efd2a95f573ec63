import {describe, expect, it} from 'vitest';
import {BodyIndex, buildBodyIndex} from '../../src/index/body-index.js';
import {QueryMatcher} from '../../src/index/match.js';
import {parseQuery} from '../../src/index/query.js';
import {FieldSearch} from '../../src/index/search.js';
import {wordsOf} from '../../src/index/words.js';

interface Doc {
	title: string;
	outlet: string;
	date: string;
	body: string;
}

const docs: Doc[] = [
	{title: 'Dock strike looms', outlet: 'Daily Beacon', date: '2021-07-04', body: 'Workers at the port voted to strike. The union said talks had failed.'},
	{title: 'Council budget passes', outlet: 'Coastline Times', date: '2021-08-15', body: 'The council approved the budget. Impeachment of the mayor was not discussed.'},
	{title: 'Mayor faces impeachment vote', outlet: 'Daily Beacon', date: '2021-12-01', body: 'Councillors moved to impeach the mayor over the harbour contract.'},
	{title: 'Harbour contract questioned', outlet: 'Hill Courier', date: '2022-01-10', body: 'The harbour contract was signed before the strike. Critics said the mayor knew.'},
	{title: 'Weather turns', outlet: 'Hill Courier', date: null as unknown as string, body: 'Rain is expected along the coast.'},
];

function matcher(list: Doc[] = docs, withBody = true) {
	const fields = new FieldSearch(list.map((d) => [d.title, d.outlet]));
	return new QueryMatcher({
		size: list.length,
		fields,
		body: withBody ? {index: buildBodyIndex(list), text: (i) => list[i].body} : undefined,
		values: {outlet: (i) => [list[i].outlet], date: (i) => [list[i].date]},
	});
}
const order = Int32Array.from(docs, (_, i) => i);
const run = (q: string, m = matcher()) => Array.from(m.run(parseQuery(q), order));

describe('words', () => {
	it('splits on anything but letters and digits and folds case and accents', () => {
		expect(wordsOf("Trump’s U.S. wall, al-Kadhimi — Café 2021")).toEqual(['trump', 's', 'u', 's', 'wall', 'al', 'kadhimi', 'cafe', '2021']);
		expect(wordsOf('ميناء فيلمار')).toEqual(['ميناء', 'فيلمار']);
	});
});

describe('BodyIndex', () => {
	it('finds whole words, prefixes as one range, and near spellings', () => {
		const index = buildBodyIndex(docs);
		expect(Array.from(index.list(index.find('mayor')))).toEqual([1, 2, 3]);
		const [from, to] = index.range('impeach');
		const words = Array.from({length: to - from}, (_, k) => index.word(from + k));
		expect(words).toEqual(['impeach', 'impeachment']);
		expect(index.find('impeac')).toBe(-1);
		expect(index.near('harbuor').map((k) => index.word(k))).toEqual([]);
		expect(index.near('harbor').map((k) => index.word(k))).toEqual(['harbour']);
	});

	it('is rebuilt from its parts unchanged, and refuses parts that do not fit together', () => {
		const index = buildBodyIndex(docs);
		const again = new BodyIndex(index.parts);
		expect(Array.from(again.list(again.find('strike')))).toEqual([0, 3]);
		expect(() => new BodyIndex({...index.parts, postings: new Int32Array(1)})).toThrow();
	});
});

describe('QueryMatcher', () => {
	it('needs every word, in any order, in the title or the body', () => {
		expect(run('mayor contract')).toEqual([2, 3]);
		expect(run('contract mayor')).toEqual([2, 3]);
		expect(run('mayor strike')).toEqual([3]);
	});

	it('matches body words by prefix and ranks title hits first', () => {
		// 2 has it in the title, 1 in the body only ("Impeachment"), 2's body also has "impeach".
		expect(run('impeach')).toEqual([2, 1]);
		expect(run('counc')).toEqual([1, 2]);
	});

	it('without a body index searches the short fields only', () => {
		expect(run('impeach', matcher(docs, false))).toEqual([2]);
	});

	it('keeps a phrase only where its words stand together', () => {
		expect(run('"harbour contract"')).toEqual([3, 2]);
		expect(run('"contract harbour"')).toEqual([]);
		expect(run('"the union said"')).toEqual([0]);
	});

	it('narrows by outlet and date, alone or with words', () => {
		expect(run('outlet:beacon')).toEqual([0, 2]);
		expect(run('outlet:beacon mayor')).toEqual([2]);
		expect(run('date:2021-07..2021-08')).toEqual([0, 1]);
		expect(run('date:2021-12')).toEqual([2]);
		expect(run('outlet:courier outlet:coastline')).toEqual([1, 3, 4]);
	});

	it('a field this list does not have matches nothing and is named', () => {
		const m = matcher();
		expect(run('speaker:okon', m)).toEqual([]);
		expect(m.lacking(parseQuery('speaker:okon outlet:x'))).toEqual(['speaker']);
	});

	it('looks for typos only when exact matching finds little, and ranks them after', () => {
		expect(run('harbor')).toEqual([3, 2]);
		// Twenty-five items that all say "council" and one that says "councel": the typo is not looked for.
		const many: Doc[] = [...Array.from({length: 25}, (_, i) => ({title: `Item ${i}`, outlet: 'X', date: '2020-01-01', body: 'The council met.'})), {title: 'Odd', outlet: 'X', date: '2020-01-01', body: 'The councel met.'}];
		const m = matcher(many);
		const all = Int32Array.from(many, (_, i) => i);
		expect(m.run(parseQuery('council'), all).length).toBe(25);
		// With few exact hits the typo comes after them.
		const few = many.slice(20);
		const f = matcher(few);
		expect(Array.from(f.run(parseQuery('council'), Int32Array.from(few, (_, i) => i)))).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('follows the display order outright when a column sort is chosen', () => {
		const reversed = Int32Array.from(docs, (_, i) => docs.length - 1 - i);
		expect(Array.from(matcher().run(parseQuery('impeach'), reversed, false))).toEqual([2, 1]);
		expect(Array.from(matcher().run(parseQuery('mayor'), reversed, false))).toEqual([3, 2, 1]);
	});
});
