import {describe, expect, it} from 'vitest';
import {IndexSource, type IndexState} from '../../src/index/source.js';
import type {OpenProgress} from '../../src/index/open.js';
import type {CorpusIndex} from '../../src/index/types.js';

const empty: CorpusIndex = {name: 'x', roots: [], articles: [], warnings: [], entities: [], statements: []};
const progress = (phase: OpenProgress['phase'], analysed: number): OpenProgress => ({
	phase,
	filesRead: 1,
	filesTotal: 1,
	articlesRead: 10,
	articlesAnalysed: analysed,
	fromCache: 0,
	total: 10,
	rate: 1,
	eta: 1,
	elapsed: 1,
});

describe('IndexSource', () => {
	it('tells counts at most once per interval, but a new phase at once', async () => {
		let report!: (p: OpenProgress, partial: CorpusIndex) => void;
		let finish!: (index: CorpusIndex) => void;
		const source = new IndexSource((r) => {
			report = r;
			return new Promise((resolve) => (finish = resolve));
		}, 60_000);
		const seen: IndexState[] = [];
		source.subscribe((state) => seen.push(state));
		report(progress('reading', 1), empty);
		report(progress('analysing', 2), empty);
		expect(seen.map((s) => s.progress.phase)).toEqual(['analysing']);
		report(progress('analysing', 3), empty);
		report(progress('analysing', 4), empty);
		expect(seen).toHaveLength(1);
		report(progress('indexing', 10), empty);
		expect(seen.map((s) => s.progress.phase)).toEqual(['analysing', 'indexing']);
		expect(source.current.progress.articlesAnalysed).toBe(10);
		finish(empty);
		await source.done;
		expect(seen.at(-1)!.done).toBe(true);
	});

	it('keeps the index it gave while only the progress changes, and gives a new one when articles come', () => {
		let report!: (p: OpenProgress, partial: CorpusIndex) => void;
		const source = new IndexSource((r) => {
			report = r;
			return new Promise(() => undefined);
		}, 60_000);
		const a = {id: 'a'} as CorpusIndex['articles'][number];
		const partial: CorpusIndex = {...empty, articles: [a]};
		report(progress('analysing', 1), partial);
		const first = source.current.index;
		expect(first.articles).toEqual([a]);
		// The steps of indexing report progress alone: the app keeps what it made of the index.
		report(progress('indexing', 1), partial);
		report(progress('indexing', 1), partial);
		expect(source.current.index).toBe(first);
		expect(source.current.progress.phase).toBe('indexing');
		// An article more, or another part, is a new index (views memoise on identity).
		partial.articles.push({id: 'b'} as CorpusIndex['articles'][number]);
		report(progress('indexing', 2), partial);
		const second = source.current.index;
		expect(second).not.toBe(first);
		expect(second.articles.map((x) => x.id)).toEqual(['a', 'b']);
		partial.warnings = [{file: 'f', skipped: true, message: 'bad'}];
		report(progress('indexing', 2), partial);
		expect(source.current.index).not.toBe(second);
		expect(source.current.index.warnings).toHaveLength(1);
	});
});
