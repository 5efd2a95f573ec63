// Statement linking with part of the candidate pairs judged elsewhere (judge-pairs.ts): on a copy
// of the units made for another thread (packed-units.ts), by a sharer that fails, and on a real
// helper thread (index/pair-helper.ts, the built copy in dist/: npm test builds first). Every way
// gives the statements of linking on one thread.
import {describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {analyzeArticle} from '../../src/analysis/article.js';
import {mergeEntities} from '../../src/analysis/entities.js';
import {candidateIndex} from '../../src/analysis/linking/candidates.js';
import {CLAIM, CLAIM_SLOTS, judgeAllPairs, judgeChunks, type JudgedPairs, type PairSharer} from '../../src/analysis/linking/judge-pairs.js';
import {packUnits as packUnitsOf, unpackUnits} from '../../src/analysis/linking/packed-units.js';
import {prepareUnits} from '../../src/analysis/linking/units.js';
import {linkStatements} from '../../src/analysis/statements.js';
import {ThreadPairHelper} from '../../src/index/pair-helper.js';
import {makeArticle} from '../fixtures/article.js';

/** Invented stories told by several outlets, quoting the same people with small differences. */
function corpus(articles = 80) {
	const list = [...generateArticles({articles, seed: 5, meanWords: 160})].map((a, i) => makeArticle({id: `a${i}`, outlet: a.source, title: a.title, body: a.content, published: a.date}));
	const analyses = list.map(analyzeArticle);
	return {articles: list, analyses, entities: mergeEntities(list, analyses)};
}

const sorted = ({links, translations}: JudgedPairs) => {
	const byPair = (x: {a: number; b: number}, y: {a: number; b: number}) => x.a - y.a || x.b - y.b;
	return {links: [...links].sort(byPair), translations: [...translations].sort(byPair)};
};

/** A sharer on this thread: at start it judges `share` of the chunks on the unpacked copy; `fail`: then gives up. */
function sameThreadSharer(share: number, fail = false): PairSharer & {judged: number} {
	const sharer = {
		judged: 0,
		worth: () => true,
		start(index, claims, units) {
			const chunks = Math.ceil(index.order.length / 256);
			const found = judgeChunks(unpackUnits(units), index, () => {
				if (sharer.judged >= Math.ceil(chunks * share)) return -1;
				const c = Atomics.add(claims, CLAIM.next, 1);
				if (c >= chunks) return -1;
				sharer.judged++;
				return c;
			});
			return {collect: () => (fail ? null : found), cancel: () => undefined};
		},
	} satisfies PairSharer & {judged: number};
	return sharer;
}

describe('linking with the candidate pairs shared out', () => {
	const {articles, analyses, entities} = corpus();
	const quotes = analyses.map((a) => ({...a, mentions: {mentions: [], aliasPairs: [], descriptors: []}}));
	const alone = linkStatements(articles, quotes, entities);

	it('judges every pair on the packed copy of the units as on the units themselves', () => {
		const input = prepareUnits(articles, quotes, entities);
		const index = candidateIndex(input.indexed, undefined, true);
		const every = (chunks: number) => {
			let c = 0;
			return () => (c < chunks ? c++ : -1);
		};
		const chunks = Math.ceil(index.order.length / 256);
		const here = sorted(judgeChunks(input, index, every(chunks)));
		const copy = sorted(judgeAllPairs(unpackUnits(packUnitsOf(input)), index));
		expect(here.links.length).toBeGreaterThan(20);
		expect(copy).toEqual(here);
	});

	it('gives the same statements when another thread judged part of the pairs, or failed after claiming them', () => {
		expect(alone.filter((s) => s.outlets > 1).length).toBeGreaterThan(5);
		const half = sameThreadSharer(0.5);
		expect(linkStatements(articles, quotes, entities, {sharer: half})).toEqual(alone);
		expect(half.judged).toBeGreaterThan(0);
		const failing = sameThreadSharer(0.7, true);
		expect(linkStatements(articles, quotes, entities, {sharer: failing})).toEqual(alone);
		expect(failing.judged).toBeGreaterThan(0);
	});

	it('has a helper thread judge the chunks it claims, and gives up on one that claims chunks and never answers', () => {
		const input = prepareUnits(articles, quotes, entities);
		const index = candidateIndex(input.indexed, undefined, true);
		const chunks = Math.ceil(index.order.length / 256);
		let c = 0;
		const here = sorted(judgeChunks(input, index, () => (c < chunks ? c++ : -1)));
		// Nothing claimed on this thread: the helper judges every chunk.
		const claims = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
		const helped = new ThreadPairHelper({minUnits: 0}).start(index, claims, packUnitsOf(input))!.collect();
		expect(helped && sorted(helped)).toEqual(here);
		expect(Atomics.load(claims, CLAIM.next)).toBeGreaterThanOrEqual(chunks);

		const stalled = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
		const stalling = new ThreadPairHelper({minUnits: 0, stallMs: 300, entry: new URL('../fixtures/stalling-pair-helper.mjs', import.meta.url)});
		const judging = stalling.start(index, stalled, packUnitsOf(input))!;
		while (Atomics.load(stalled, CLAIM.next) === 0) Atomics.wait(stalled, CLAIM.next, 0, 20);
		expect(judging.collect()).toBeNull();
		// And linking around such a helper still gives every statement.
		const again = new ThreadPairHelper({minUnits: 0, stallMs: 300, entry: new URL('../fixtures/stalling-pair-helper.mjs', import.meta.url)});
		expect(linkStatements(articles, quotes, entities, {sharer: again})).toEqual(alone);
	});
});
