import {afterEach, describe, expect, it} from 'vitest';
import {generateJsonLines} from '../../bench/generate.js';
import {analyzeArticle, type ArticleAnalysis} from '../../src/analysis/article.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {openIndex} from '../../src/index/open.js';
import {AnalysisPool} from '../../src/index/workers.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

// Workers run the built code (dist/), as `npm test` builds before testing.
const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

function corpus(count: number): string {
	const dir = makeCorpus({'wire.jsonl': generateJsonLines({articles: count, seed: 11, meanWords: 150})});
	dirs.push(dir);
	return dir;
}

describe('parallel analysis', () => {
	it('gives every article the analysis a serial run gives, whatever order batches finish in', async () => {
		const {articles} = await loadCorpus([corpus(30)]);
		const results: ArticleAnalysis[] = [];
		const pool = new AnalysisPool({threads: 2, batchSize: 3, onResult: (i, a) => (results[i] = a)});
		// Submitted out of order: positions, not arrival, decide where each result goes.
		const order = articles.map((_, i) => i).sort((a, b) => (a * 7) % 30 - (b * 7) % 30);
		try {
			for (const i of order) pool.submit(i, articles[i]);
			await pool.drain();
		} finally {
			await pool.close();
		}
		expect(results).toEqual(articles.map(analyzeArticle));
	});

	it('builds the same index with worker threads as on one thread', async () => {
		const dir = corpus(40);
		const serial = await openIndex([dir], {threads: 0});
		const parallel = await openIndex([dir], {threads: 2});
		expect(parallel.articles.length).toBe(40);
		expect(parallel.statements.some((s) => s.outlets > 1)).toBe(true);
		expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
	});

	it('analyses on the calling thread when asked for no workers', async () => {
		const {articles} = await loadCorpus([corpus(5)]);
		const results: ArticleAnalysis[] = [];
		const pool = new AnalysisPool({threads: 0, onResult: (i, a) => (results[i] = a)});
		articles.forEach((a, i) => pool.submit(i, a));
		await pool.drain();
		await pool.close();
		expect(results).toEqual(articles.map(analyzeArticle));
	});
});
