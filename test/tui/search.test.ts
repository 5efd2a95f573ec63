import {describe, expect, it} from 'vitest';
import {FieldSearch} from '../../src/index/search.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {Model} from '../../src/tui/model/model.js';
import {foldText} from '../../src/text/fold.js';
import {sampleIndex} from './fixtures.js';

describe('foldText', () => {
	it('folds case, accents, tatweel and typographic quotes', () => {
		expect(foldText('Ça’ É')).toBe("ca' e");
		expect(foldText('قـــال')).toBe('قال');
	});
});

describe('FieldSearch', () => {
	const names = new FieldSearch([
		['Mara Okonkwo-Leiva', 'Okonkwo-Leiva', 'Mara Okonkwo'],
		['Harbour Workers Union', 'HWU'],
		['Port of Velmar'],
		['Tomasz Kowalczyk', 'Kowalczyk'],
	]);

	it('returns everything for an empty query and exact hits first', () => {
		expect(names.search('')).toEqual([0, 1, 2, 3]);
		expect(names.search('hwu')).toEqual([1]);
		expect(names.search('velmar')[0]).toBe(2);
	});

	it('tolerates typos and accents', () => {
		expect(names.search('okonkow')).toContain(0);
		expect(names.search('kowalczik')).toEqual([3]);
		expect(names.search('Pórt')).toEqual([2]);
	});

	it('finds typo-tolerant and exact matches among 40,000 similar items', () => {
		const syllables = ['ka', 'lo', 'mi', 'ra', 'tu', 'sen', 'dor', 'vel', 'an', 'is', 'por', 'ek'];
		const word = (n: number) => Array.from({length: 3}, (_, i) => syllables[(n * (i + 7) * 31 + i * 17) % syllables.length]).join('');
		const fields = Array.from({length: 40_000}, (_, i) => [`${word(i)} ${word(i + 1)} report on ${word(i * 3)} harbour talks ${i}`, `Outlet ${i % 400}`]);
		const search = new FieldSearch(fields);
		expect(search.search('harbour talks 39999')[0]).toBe(39_999);
		expect(search.search('harbor tlaks').length).toBeGreaterThan(0);
		// Exact substring hits rank before fuzzy ones.
		expect(fields[search.search('outlet 17')[0]][1]).toMatch(/^Outlet 17\d*$/);
		expect(search.search('zzzz')).toEqual([]);
	});
});

/** Each pane's search, over the fields its spec names (what the app's `/` runs). */
class CorpusSearch {
	private readonly model: Model;
	constructor(index: CorpusIndex) {
		this.model = new Model(index);
	}
	search(pane: string, query: string) {
		return this.model.panes.search(pane).search(query);
	}
	/** The pane's search as the idle preparation runs it: build steps of `chunk` items, then the warm-up. */
	prepareTasks(pane: string, chunk: number): Array<() => boolean> {
		const job = this.model.panes.search(pane);
		return [() => job.step(chunk), () => (job.warmUp(), true)];
	}
}

describe('CorpusSearch', () => {
	it('searches titles and outlets, names and aliases, quotes and speakers per pane', () => {
		const search = new CorpusSearch(sampleIndex());
		expect(search.search('articles', 'coastline')).toEqual([1]);
		expect(search.search('entities', 'hwu')).toEqual([1]);
		expect(search.search('statements', 'winding')).toEqual([0]);
		expect(search.search('statements', 'okonkwo')).toEqual([0, 1]);
	});
});

describe('CorpusSearch.prepareTasks', () => {
	it('builds in small steps the same search a single build gives, and a query midway still answers in full', () => {
		const index = sampleIndex();
		const stepped = new CorpusSearch(index);
		const whole = new CorpusSearch(index);
		const [build, warm] = stepped.prepareTasks('statements', 1);
		expect(build()).toBe(false);
		build();
		// Half built: the query finishes the build itself.
		expect(stepped.search('statements', 'okonkow')).toEqual(whole.search('statements', 'okonkow'));
		expect(build()).toBe(true);
		expect(warm()).toBe(true);
		for (const query of ['o', 'ok', 'winding', 'okonkwo', 'okonkow']) {
			expect(stepped.search('statements', query)).toEqual(whole.search('statements', query));
		}
	});

	it('takes more than one step per item, a phase at a time', () => {
		const index = sampleIndex();
		const [build] = new CorpusSearch(index).prepareTasks('statements', 1);
		let steps = 1;
		while (!build()) steps++;
		expect(steps).toBeGreaterThanOrEqual(3 * index.statements.length);
	});
});

describe('FieldSearch on one or two letters over many items', () => {
	it('returns exactly the items containing them, also right after a longer query', () => {
		const fields = Array.from({length: 30_000}, (_, i) => [i % 3 === 0 ? `quay ${i}` : `dock ${i}`]);
		const search = new FieldSearch(fields);
		search.finish();
		const expected = (q: string) => fields.flatMap((f, i) => (f[0].includes(q) ? [i] : []));
		expect([...search.search('k')].sort((a, b) => a - b)).toEqual(expected('k'));
		expect([...search.search('ua')].sort((a, b) => a - b)).toEqual(expected('ua'));
		expect(search.search('quay 2999')).toContain(29_997);
		expect([...search.search('qu')].sort((a, b) => a - b)).toEqual(expected('qu'));
	});
});

describe('FieldSearch on three letters and longer', () => {
	const fields = Array.from({length: 30_000}, (_, i) => [i % 5 === 0 ? `pier master ${i}` : `harbour ${i}`, i % 7 === 0 ? 'Pierrot Gazette' : 'Daily']);
	// Exact hits only (no fuzzy tail), to compare with a scan.
	const search = new FieldSearch(fields, {fuzzyBelow: 0});
	const contains = (q: string) => fields.flatMap((f, i) => (f.some((x) => x.toLowerCase().includes(q)) ? [i] : []));

	it('answers three letters from their list: exactly the items holding them, starts first', () => {
		const hits = search.search('pie');
		expect([...hits].sort((a, b) => a - b)).toEqual(contains('pie'));
		expect(hits[0]).toBe(0);
		expect(fields[hits[hits.length - 1]][0]).not.toMatch(/^pie/);
	});

	it('checks longer queries only among items holding every triple, across fields and words', () => {
		expect([...search.search('pier master 2999')].sort((a, b) => a - b)).toEqual(contains('pier master 2999'));
		expect([...search.search('rot gaz')].sort((a, b) => a - b)).toEqual(contains('rot gaz'));
		// A match never spans two fields.
		expect(search.search('35 pierrot')).toEqual([]);
	});

	it('returns nothing exact for a letter no item holds, and still finds typos', () => {
		expect(search.search('pierß')).toEqual([]);
		const typos = new FieldSearch(fields).search('pierot gazete');
		expect(typos.length).toBeGreaterThan(0);
		expect(fields[typos[0]][1]).toBe('Pierrot Gazette');
	});
});

describe('FieldSearch beyond a hundred distinct letters', () => {
	it('still finds exactly the items holding rare letters that share an id', () => {
		// CJK-like letters: far more distinct letters than the posting ids hold apart.
		const letter = (n: number) => String.fromCharCode(0x4e00 + n);
		const fields = Array.from({length: 600}, (_, i) => [`${letter(i % 300)}${letter((i * 7) % 300)}${letter((i * 13) % 300)} item`]);
		const search = new FieldSearch(fields);
		for (const q of [letter(5), letter(250) + letter(250 * 7 % 300), fields[77][0].slice(0, 3), fields[123][0]]) {
			const expected = fields.flatMap((f, i) => (f[0].includes(q) ? [i] : []));
			expect([...search.search(q)].filter((i) => fields[i][0].includes(q)).sort((a, b) => a - b)).toEqual(expected);
			expect([...search.search(q)].slice(0, expected.length).sort((a, b) => a - b)).toEqual(expected);
		}
	});
});
