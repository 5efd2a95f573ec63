// The corpus-wide steps on a worker thread (src/index/build-thread.ts): the same index as on the
// calling thread, the thread left free while they run, progress by step. The worker is the built
// copy in dist/ (npm test builds first).
import {readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {afterEach, describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {buildBodyIndex} from '../../src/index/body-index.js';
import {openIndexStreaming, type OpenOptions, type OpenProgress} from '../../src/index/open.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

/** Invented articles with quotes shared across outlets, an alias rule and a statement correction. */
function corpus(extra: Record<string, string> = {}): string {
	const files: Record<string, string> = {...extra};
	let i = 0;
	for (const a of generateArticles({articles: 12, seed: 31, meanWords: 150})) files[`story-${++i}.json`] = JSON.stringify(a);
	const dir = makeCorpus(files);
	dirs.push(dir);
	return dir;
}

async function open(path: string, options: OpenOptions) {
	const warnings: string[] = [];
	const progress: OpenProgress[] = [];
	const index = await openIndexStreaming([path], {threads: 0, onWarning: (m) => warnings.push(m), ...options}, (p) => progress.push(p));
	return {index, warnings, progress};
}

/**
 * The whole index, every field (entity spans and article bodies included); its own keys in one
 * order, since a warm reopen lists them in the saved index's order.
 */
const whole = (index: CorpusIndex) => JSON.stringify(Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b))));

const ourTempFiles = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`presslens-index-${process.pid}-`));

describe('building on a worker thread', () => {
	it('makes the same whole index as the calling thread, with and without the cache', async () => {
		const config = JSON.stringify({entities: {rename: {}}, statements: {}});
		const path = corpus({'presslens.json': config});
		const here = await open(path, {buildThread: 'main'});
		const there = await open(path, {buildThread: 'worker'});
		expect(here.index.entities.length).toBeGreaterThan(0);
		expect(here.index.statements.some((s) => s.renderings.length > 1)).toBe(true);
		expect(whole(there.index)).toBe(whole(here.index));
		// The full-text index: its words read on this thread while the worker built, laid out there.
		expect(there.index.bodyIndex?.parts).toEqual(buildBodyIndex(here.index.articles).parts);
		expect(there.warnings).toEqual([]);
		expect(ourTempFiles()).toEqual([]);

		// With the cache, the worker's file is the saved index: the next open is a warm reopen of it.
		const cacheDir = makeCorpus({});
		dirs.push(cacheDir);
		const built = await open(path, {buildThread: 'worker', cache: true, cacheDir});
		expect(whole(built.index)).toBe(whole(here.index));
		const warm = await open(path, {buildThread: 'worker', cache: true, cacheDir});
		expect(warm.progress.at(-1)!.fromCache).toBe(12);
		expect(warm.progress.some((p) => p.phase === 'indexing')).toBe(false);
		expect(whole(warm.index)).toBe(whole(here.index));
	});

	it('lets the articles go on this thread when only the progress is read, and makes the same index', async () => {
		const path = corpus();
		const here = await open(path, {buildThread: 'main'});
		const partials: CorpusIndex[] = [];
		const progress: OpenProgress[] = [];
		const index = await openIndexStreaming([path], {threads: 0, buildThread: 'worker', progressOnly: true}, (p, partial) => {
			progress.push(p);
			partials.push(partial);
		});
		expect(whole(index)).toBe(whole(here.index));
		expect(index.bodyIndex?.parts).toEqual(buildBodyIndex(here.index.articles).parts);
		// While it was indexed the partial index held no articles, and the progress still counted them.
		const indexing = progress.findIndex((p) => p.phase === 'indexing');
		expect(indexing).toBeGreaterThan(-1);
		expect(partials[indexing].articles).toEqual([]);
		expect(progress.slice(indexing).every((p) => p.articlesRead === 12 && p.total === 12)).toBe(true);
		// The app's way (the partial index read) keeps them.
		const kept: CorpusIndex[] = [];
		await openIndexStreaming([path], {threads: 0, buildThread: 'worker'}, (p, partial) => p.phase === 'indexing' && kept.push(partial));
		expect(kept[0].articles.length).toBe(12);
	});

	it('tells each corpus-wide step as it starts, and leaves the thread free while one runs', async () => {
		const path = corpus();
		let release!: () => void;
		let held!: () => void;
		const holding = new Promise<void>((resolve) => (held = resolve));
		const gate = (step: string) =>
			step === 'linking statements'
				? new Promise<void>((resolve) => {
						release = resolve;
						held();
					})
				: Promise.resolve();
		let settled = false;
		const steps: string[] = [];
		const build = openIndexStreaming([path], {threads: 0, buildThread: 'worker', buildGate: gate}, (p) => {
			if (p.step && steps.at(-1) !== p.step) steps.push(p.step);
		}).finally(() => (settled = true));
		await holding;
		// This thread runs timers and promises while the worker waits at linking.
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(settled).toBe(false);
		expect(steps).toEqual(['merging entities', 'linking statements']);
		release();
		const index = await build;
		expect(steps).toEqual(['merging entities', 'linking statements', 'saving the index']);
		expect(index.statements.length).toBeGreaterThan(0);
	});

	it('reports a wrong alias rule as the same error as on the calling thread', async () => {
		const path = corpus({'presslens.json': JSON.stringify({entities: {merge: [['only one']]}})});
		const here = await open(path, {buildThread: 'main'}).catch((e: Error) => e);
		const there = await open(path, {buildThread: 'worker'}).catch((e: Error) => e);
		expect(here).toBeInstanceOf(Error);
		expect((there as Error).name).toBe((here as Error).name);
		expect((there as Error).message).toBe((here as Error).message);
		expect(ourTempFiles()).toEqual([]);
	});

	it('builds small corpora on the calling thread when left to choose', async () => {
		const path = corpus();
		const auto = await open(path, {buildThread: 'auto'});
		expect(auto.progress.some((p) => p.step === 'saving the index')).toBe(false);
		expect(auto.progress.some((p) => p.step === 'linking statements')).toBe(true);
	});
});
