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

function matcher(list: Doc[] = docs, withBody = true, textScanRatio?: number) {
	const fields = new FieldSearch(list.map((d) => [d.title, d.outlet]));
	return new QueryMatcher({
		size: list.length,
		fields,
		body: withBody ? {index: buildBodyIndex(list), text: (i) => list[i].body} : undefined,
		values: {outlet: (i) => [list[i].outlet], date: (i) => [list[i].date]},
		textScanRatio,
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

describe('QueryMatcher on a larger list', () => {
	// 600 items: a word in every third, another in every seventh, a rare one in few; titles name an outlet.
	const words = ['alpha', 'bravo', 'charlie', 'delta'];
	const big: Doc[] = Array.from({length: 600}, (_, i) => ({
		title: `${words[i % 4]} report ${i}`,
		outlet: ['Daily Beacon', 'Hill Courier', 'Coastline Times'][i % 3],
		date: `2021-${String((i % 12) + 1).padStart(2, '0')}-01`,
		body: `${i % 3 === 0 ? 'Harbour workers met. ' : ''}${i % 7 === 0 ? 'The strike went on. ' : ''}${i % 50 === 0 ? 'Impeachment was raised. ' : ''}Weather was fine, wonderful even.`,
	}));
	const all = Int32Array.from(big, (_, i) => i);
	/** What the query matches, tested item by item: every word a prefix of a body word, or in the title or outlet. */
	const naive = (q: string) =>
		Array.from(all).filter((i) =>
			q.split(' ').every((w) => `${big[i].title} ${big[i].outlet}`.toLowerCase().includes(w) || wordsOf(big[i].body).some((b) => b.startsWith(w))),
		);

	it('gives every keystroke the items a word-by-word test gives, however few the scope', () => {
		for (const [q, ratio] of [['strike w'], ['impeachment w'], ['impeachment w', 1], ['harbour strike we', 1], ['alpha impeach'], ['report 1 strike', 1]] as [string, number?][]) {
			// A ratio of 1: the scope's bodies are read rather than the prefix's word lists.
			const m = matcher(big, true, ratio);
			for (let k = 1; k <= q.length; k++) {
				const typed = q.slice(0, k);
				if (typed.endsWith(' ')) continue;
				const got = Array.from(m.run(parseQuery(typed), all)).sort((a, b) => a - b);
				// A fresh matcher (nothing kept from earlier keystrokes) agrees.
				if (k === q.length) expect(got, typed).toEqual(Array.from(matcher(big).run(parseQuery(typed), all)).sort((a, b) => a - b));
				if (!/\b\w{4,}$/.test(typed) || got.length >= 20) expect(got, typed).toEqual(naive(typed));
			}
		}
	});

	it('finds a typo among the items the other words left, and keeps what it found for the next keys', () => {
		const m = matcher(big);
		// "impeachment" (12 items) then a misspelt "harbor": the exact pass finds nothing, the typo pass the 4 with both.
		const want = naive('impeachment harbour');
		expect(want.length).toBeGreaterThan(0);
		for (const typed of ['impeachment harb', 'impeachment harbo', 'impeachment harbor']) {
			const got = Array.from(m.run(parseQuery(typed), all)).sort((a, b) => a - b);
			expect(got, typed).toEqual(Array.from(matcher(big).run(parseQuery(typed), all)).sort((a, b) => a - b));
		}
		expect(Array.from(m.run(parseQuery('impeachment harbor'), all)).sort((a, b) => a - b)).toEqual(want);
	});

	it('ranks title hits first and keeps the display order within a rank, for few hits and many', () => {
		const reversed = Int32Array.from(all).reverse();
		const m = matcher(big);
		// "impeach": 12 items, all in the body; reversed order kept.
		expect(Array.from(m.run(parseQuery('impeach'), reversed))).toEqual(naive('impeach').reverse());
		// "alpha": a title word (150 items) — every one ranks the same, in display order.
		const alpha = Array.from(m.run(parseQuery('alpha'), reversed));
		expect(alpha).toEqual(naive('alpha').reverse());
		// "wea": every body; the title "... report" items do not have it in the title, so all rank alike.
		expect(Array.from(m.run(parseQuery('wea'), reversed))).toEqual(Array.from(reversed));
		// A title hit before body hits: "report 50" is in a title; items with "report 50x" too.
		const got = Array.from(m.run(parseQuery('strike alpha'), all));
		expect(got).toEqual(naive('strike alpha'));
	});

	it('with a column sort chosen, gives the hits in that order from the first letter on', () => {
		const m = matcher(big);
		// A column's order: by the item's number modulo 10, then the number.
		const byColumn = Int32Array.from(all).sort((a, b) => (a % 10) - (b % 10) || a - b);
		for (const q of ['i', 'impeach', 'strike', 'alpha strike', 'w']) {
			const want = Array.from(byColumn).filter((i) => naive(q).includes(i));
			expect(Array.from(m.run(parseQuery(q), byColumn, false)), q).toEqual(want);
		}
	});

	it('narrows by field values looked up once, with or without words, in display order', () => {
		const m = matcher(big);
		const reversed = Int32Array.from(all).reverse();
		const beacon = Array.from(all).filter((i) => i % 3 === 0);
		expect(Array.from(m.run(parseQuery('outlet:beacon'), all))).toEqual(beacon);
		expect(Array.from(m.run(parseQuery('outlet:beacon'), reversed))).toEqual(beacon.slice().reverse());
		expect(Array.from(m.run(parseQuery('outlet:beacon strike'), all))).toEqual(beacon.filter((i) => i % 7 === 0));
		expect(Array.from(m.run(parseQuery('outlet:beacon date:2021-01'), all))).toEqual(beacon.filter((i) => i % 12 === 0));
		expect(Array.from(m.run(parseQuery('outlet:beacon date:2021-01 w'), all))).toEqual(beacon.filter((i) => i % 12 === 0));
		// A filtered display order (the pane's own filter): items outside it never come back.
		const odd = all.filter((i) => i % 2 === 1);
		expect(Array.from(m.run(parseQuery('outlet:beacon'), odd))).toEqual(beacon.filter((i) => i % 2 === 1));
		expect(Array.from(m.run(parseQuery('impeach'), odd))).toEqual([]);
	});
});

describe('QueryMatcher: the first letters', () => {
	it('ranks items whose title starts with one, two or three letters first, as a longer query does', () => {
		const list: Doc[] = [
			{title: 'a bravo', outlet: 'X', date: '2020-01-01', body: 'Nothing.'},
			{title: 'Bravo team', outlet: 'X', date: '2020-01-01', body: 'Nothing.'},
			{title: 'b', outlet: 'X', date: '2020-01-01', body: 'Nothing.'},
			{title: 'Brass band', outlet: 'X', date: '2020-01-01', body: 'Nothing.'},
			{title: 'Other', outlet: 'X', date: '2020-01-01', body: 'A bravo said.'},
		];
		const m = matcher(list);
		const all = Int32Array.from(list, (_, i) => i);
		expect(Array.from(m.run(parseQuery('b'), all))).toEqual([1, 2, 3, 0, 4]);
		expect(Array.from(m.run(parseQuery('br'), all))).toEqual([1, 3, 0, 4]);
		expect(Array.from(m.run(parseQuery('bra'), all))).toEqual([1, 3, 0, 4]);
		// Four letters: the exact hits, then near spellings ("bras") after them.
		expect(Array.from(m.run(parseQuery('brav'), all)).slice(0, 3)).toEqual([1, 0, 4]);
	});

	it('keeps the first letters of full-text queries made ahead, and answers them alike', () => {
		const m = matcher(docs);
		m.warmJob().finish();
		expect(run('counc', m)).toEqual(run('counc'));
		expect(run('c', m)).toEqual(run('c'));
	});

	it('makes those letters a few postings a step, queries answered between its steps unchanged', () => {
		const m = matcher(docs);
		// Every letter and pair that starts a body word (threshold 0), a tenth of a unit (5 postings) a step.
		const job = m.warmJob(0);
		let steps = 0;
		while (!job.step(0.1)) {
			steps++;
			// A query between two steps of the job gets the answer a fresh matcher gives.
			if (steps % 3 === 0) expect(run('harbour', m)).toEqual(run('harbour'));
		}
		expect(steps).toBeGreaterThan(5);
		for (const q of ['c', 'co', 't', 'th', 'h', 'ha', 's', 'st']) expect(run(q, m)).toEqual(run(q));
	});
});
