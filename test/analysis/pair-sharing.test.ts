// Statement linking with part of the candidate pairs judged elsewhere (judge-pairs.ts): on a copy
// of the units made for another thread (packed-units.ts), their words read in place from the packed
// lists (packed-comparables.ts), by a sharer that fails, and on a real helper thread
// (index/pair-helper.ts, the built copy in dist/: npm test builds first). Every way gives the
// statements of linking on one thread.
import {describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {analyzeArticle} from '../../src/analysis/article.js';
import {mergeEntities} from '../../src/analysis/entities.js';
import {candidateIndex} from '../../src/analysis/linking/candidates.js';
import {CHUNK_UNITS, CLAIM, CLAIM_SLOTS, judgeChunks, type JudgedPairs, type PairSharer} from '../../src/analysis/linking/judge-pairs.js';
import {packComparables, packedComparables} from '../../src/analysis/linking/packed-comparables.js';
import {packUnits, unpackUnits} from '../../src/analysis/linking/packed-units.js';
import type {Comparable} from '../../src/analysis/linking/similarity.js';
import {comparablesOf, prepareUnits, quoteTexts, type Unit} from '../../src/analysis/linking/units.js';
import {linkStatements} from '../../src/analysis/statements.js';
import {ThreadPairHelper} from '../../src/index/pair-helper.js';
import {makeArticle} from '../fixtures/article.js';

/** Invented stories told by several outlets, quoting the same people with small differences. */
function corpus(articles = 80) {
	const list = [...generateArticles({articles, seed: 5, meanWords: 160})].map((a, i) => makeArticle({id: `a${i}`, outlet: a.source, title: a.title, body: a.content, published: a.date}));
	const analyses = list.map(analyzeArticle);
	return {articles: list, analyses, entities: mergeEntities(list, analyses)};
}

/** A comparable's words as plain arrays, however it holds them. */
const words = (c: Comparable): unknown => ({all: [...c.all], content: [...c.content], common: c.common && [...c.common], quoted: c.quoted && words(c.quoted)});

/** What prepareUnits made of a quote, but for what judging remembered on it. */
const plain = (u: Unit) => ({article: u.article, group: u.group, part: u.part, quote: u.quote, speaker: u.speaker, speakerKey: u.speakerKey, speakerKind: u.speakerKind, day: u.day, words: words(u)});

const sorted = ({links, translations}: JudgedPairs) => {
	const byPair = (x: {a: number; b: number}, y: {a: number; b: number}) => x.a - y.a || x.b - y.b;
	return {links: [...links].sort(byPair), translations: [...translations].sort(byPair)};
};

/** A sharer on this thread: at start it judges `share` of the chunks on the unpacked copy; `fail`: then gives up. */
function sameThreadSharer(texts: string[], share: number, fail = false): PairSharer & {judged: number} {
	const made = packedComparables(packComparables(comparablesOf(texts)));
	const sharer = {
		judged: 0,
		tokenise: () => undefined,
		comparables: () => made,
		worth: () => true,
		start(index, claims, units) {
			const chunks = Math.ceil(index.order.length / CHUNK_UNITS);
			const found = judgeChunks(unpackUnits(units, made, texts), index, () => {
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
	const texts = quoteTexts(articles, quotes);
	const alone = linkStatements(articles, quotes, entities);
	const input = prepareUnits(articles, quotes, entities);
	const index = candidateIndex(input.indexed, undefined, true);
	const chunks = Math.ceil(index.order.length / CHUNK_UNITS);
	const every = () => {
		let c = 0;
		return () => (c < chunks ? c++ : -1);
	};
	const here = sorted(judgeChunks(input, index, every()));

	it('judges every pair on the packed copy of the units, its words made apart, as on the units themselves', () => {
		expect(here.links.length).toBeGreaterThan(20);
		const made = packedComparables(packComparables(comparablesOf(texts)));
		expect(made.comparables.map(words)).toEqual(input.units.map(words));
		// Read in place: views of the packed lists, not copies.
		expect(made.comparables[0].all).toBeInstanceOf(Int32Array);
		expect(sorted(judgeChunks(unpackUnits(packUnits(input), made, texts), index, every()))).toEqual(here);
		// Words made elsewhere make the same units, which judge every pair as the plain ones do.
		const packed = prepareUnits(articles, quotes, entities, made);
		expect(packed.units.map(plain)).toEqual(input.units.map(plain));
		expect(sorted(judgeChunks(packed, index, every()))).toEqual(here);
	});

	it('gives the same statements when another thread judged part of the pairs, or failed after claiming them', () => {
		expect(alone.filter((s) => s.outlets > 1).length).toBeGreaterThan(5);
		const half = sameThreadSharer(texts, 0.5);
		expect(linkStatements(articles, quotes, entities, {sharer: half})).toEqual(alone);
		expect(half.judged).toBeGreaterThan(0);
		const failing = sameThreadSharer(texts, 0.7, true);
		expect(linkStatements(articles, quotes, entities, {sharer: failing})).toEqual(alone);
		expect(failing.judged).toBeGreaterThan(0);
	});

	it('has a helper thread make the words and judge the chunks it claims, and gives up on one that stops answering', () => {
		const helper = new ThreadPairHelper({minUnits: 0});
		helper.tokenise(texts);
		const made = helper.comparables();
		expect(made?.comparables.map(words)).toEqual(comparablesOf(texts).comparables.map(words));
		// Nothing claimed on this thread: the helper judges every chunk.
		const claims = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
		const helped = helper.start(index, claims, packUnits(input))!.collect();
		expect(helped && sorted(helped)).toEqual(here);
		expect(Atomics.load(claims, CLAIM.next)).toBeGreaterThanOrEqual(chunks);

		const stalling = () => new ThreadPairHelper({minUnits: 0, stallMs: 300, entry: new URL('../fixtures/stalling-pair-helper.mjs', import.meta.url)});
		const stalled = stalling();
		stalled.tokenise(texts);
		expect(stalled.comparables()).not.toBeNull();
		const halted = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
		const judging = stalled.start(index, halted, packUnits(input))!;
		while (Atomics.load(halted, CLAIM.next) === 0) Atomics.wait(halted, CLAIM.next, 0, 20);
		expect(judging.collect()).toBeNull();
		// And linking around such a helper still gives every statement.
		const again = stalling();
		again.tokenise(texts);
		expect(linkStatements(articles, quotes, entities, {sharer: again})).toEqual(alone);
	});
});
