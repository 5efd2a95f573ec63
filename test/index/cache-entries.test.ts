import {existsSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {AnalysisCache, segmentOwner} from '../../src/index/cache.js';
import {cacheLimit, DEFAULT_CACHE_LIMIT, listCache, pruneCache, removeEntry, type CacheEntry} from '../../src/index/cache-entries.js';
import {openIndexStreaming, type OpenOptions, type OpenProgress} from '../../src/index/open.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

const DAY = 86_400_000;

/** A corpus of invented articles (seeded, so two seeds share no text). */
function corpus(count: number, seed: number): string {
	const files: Record<string, string> = {};
	let i = 0;
	for (const a of generateArticles({articles: count, seed, meanWords: 120})) files[`story-${++i}.json`] = JSON.stringify(a);
	const dir = makeCorpus(files);
	dirs.push(dir);
	return dir;
}

function cacheDir(): string {
	const dir = makeCorpus({});
	dirs.push(dir);
	return dir;
}

async function open(path: string, options: OpenOptions) {
	const warnings: string[] = [];
	let last: OpenProgress | undefined;
	const index = await openIndexStreaming([path], {threads: 0, cache: true, onWarning: (m) => warnings.push(m), ...options}, (p) => (last = p));
	return {index, warnings, progress: last!};
}

const shape = (index: CorpusIndex) => JSON.stringify({articles: index.articles, entities: index.entities, statements: index.statements});
const entryOf = (root: string, path: string): CacheEntry | undefined => listCache(root).find((e) => e.roots?.[0] === path);

/** Sets the time a corpus was last opened (its record's mtime). */
function openedAt(entry: CacheEntry, ms: number) {
	const record = entry.files.at(-1)!;
	utimesSync(record, new Date(ms), new Date(ms));
}

describe('cache entries', () => {
	it('lists each corpus with its saved index, its analyses, sizes and dates', async () => {
		const root = cacheDir();
		const a = corpus(4, 11);
		const b = corpus(3, 12);
		const before = Date.now();
		await open(a, {cacheDir: root});
		await open(b, {cacheDir: root});
		const entries = listCache(root);
		expect(entries.map((e) => e.roots)).toEqual([[b], [a]]);
		for (const [e, articles] of [[entries[0], 3], [entries[1], 4]] as const) {
			expect(e.exists).toBe(true);
			expect(e.articles).toBe(articles);
			expect(e.index?.current).toBe(true);
			expect(e.index!.bytes).toBeGreaterThan(0);
			expect(e.analyses!.bytes).toBeGreaterThan(0);
			expect(e.index!.writtenMs).toBeGreaterThanOrEqual(before - 1000);
			expect(e.openedMs).toBeGreaterThanOrEqual(before - 1000);
			expect(e.bytes).toBeGreaterThanOrEqual(e.index!.bytes + e.analyses!.bytes);
			for (const file of e.files) expect(existsSync(file)).toBe(true);
		}
		// Every file of the cache belongs to exactly one entry.
		const all = readdirSync(root, {recursive: true, withFileTypes: true}).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
		expect(entries.flatMap((e) => e.files).sort()).toEqual(all.sort());
	});

	it('records a warm reopen as the last time the corpus was opened', async () => {
		const root = cacheDir();
		const a = corpus(3, 13);
		await open(a, {cacheDir: root});
		openedAt(entryOf(root, a)!, Date.now() - 10 * DAY);
		expect(entryOf(root, a)!.openedMs).toBeLessThan(Date.now() - 9 * DAY);
		const warm = await open(a, {cacheDir: root});
		expect(warm.progress.fromCache).toBe(3);
		expect(entryOf(root, a)!.openedMs).toBeGreaterThan(Date.now() - DAY);
	});

	it('prunes corpora that no longer exist, and with olderThanDays those not opened for so long', async () => {
		const root = cacheDir();
		const gone = corpus(3, 14);
		const old = corpus(3, 15);
		const recent = corpus(3, 16);
		for (const path of [gone, old, recent]) await open(path, {cacheDir: root});
		rmSync(gone, {recursive: true});
		openedAt(entryOf(root, old)!, Date.now() - 40 * DAY);
		expect(entryOf(root, gone)!.exists).toBe(false);

		// A dry run says what would go and removes nothing.
		const files = listCache(root).flatMap((e) => e.files);
		const dry = pruneCache(root, {olderThanDays: 30, dryRun: true});
		expect(dry.map((p) => [p.entry.roots, p.reason])).toEqual([[[gone], 'missing'], [[old], 'old']]);
		for (const file of files) expect(existsSync(file)).toBe(true);

		// Without an age, only the missing corpus goes.
		expect(pruneCache(root).map((p) => p.reason)).toEqual(['missing']);
		expect(listCache(root).map((e) => e.roots)).toEqual([[recent], [old]]);
		expect(pruneCache(root, {olderThanDays: 30}).map((p) => p.entry.roots)).toEqual([[old]]);
		expect(listCache(root).map((e) => e.roots)).toEqual([[recent]]);
		// What is left still reopens from its saved index.
		const again = await open(recent, {cacheDir: root});
		expect(again.progress.fromCache).toBe(3);
	});

	it('prunes analyses no corpus is known for (segments of older versions)', async () => {
		const root = cacheDir();
		const a = corpus(2, 17);
		await open(a, {cacheDir: root});
		const folder = readdirSync(root).find((n) => n.startsWith('analyses-'))!;
		const legacy = join(root, folder, 'mx5e03xx-123-abcdef.seg');
		writeFileSync(legacy, 'old\n');
		const unknown = listCache(root).find((e) => e.key === null)!;
		expect(unknown.files).toEqual([legacy]);
		expect(pruneCache(root).map((p) => [p.entry.key, p.reason])).toEqual([[null, 'unknown']]);
		expect(existsSync(legacy)).toBe(false);
		expect(entryOf(root, a)).toBeDefined();
	});

	it('keeps the cache under its limit after a write by removing the least recently opened corpora, never the one written', async () => {
		const root = cacheDir();
		const [a, b, c] = [corpus(3, 18), corpus(3, 19), corpus(3, 20)];
		await open(a, {cacheDir: root});
		await open(b, {cacheDir: root});
		// a was opened after b: b is the least recently opened.
		openedAt(entryOf(root, b)!, Date.now() - 2 * DAY);
		openedAt(entryOf(root, a)!, Date.now() - DAY);
		// c's entry is as large in any cache folder: measured in a scratch one.
		const scratch = cacheDir();
		await open(c, {cacheDir: scratch});
		const fits = entryOf(root, a)!.bytes + entryOf(scratch, c)!.bytes;
		expect(fits).toBeLessThan(listCache(root).reduce((n, e) => n + e.bytes, 0) + entryOf(scratch, c)!.bytes);
		await open(c, {cacheDir: root, cacheLimit: fits});
		// c's entry plus a's fits once b is gone.
		expect(listCache(root).map((e) => e.roots)).toEqual([[c], [a]]);
		// A limit below one corpus keeps that corpus (a cache of nothing would help nobody).
		await open(b, {cacheDir: root, cacheLimit: 1});
		expect(listCache(root).map((e) => e.roots)).toEqual([[b]]);
		const warm = await open(b, {cacheDir: root, cacheLimit: 1});
		expect(warm.progress.fromCache).toBe(3);
	});

	it('applies a limit when pruning, oldest first', async () => {
		const root = cacheDir();
		const [a, b] = [corpus(2, 21), corpus(2, 22)];
		await open(a, {cacheDir: root});
		await open(b, {cacheDir: root});
		openedAt(entryOf(root, a)!, Date.now() - DAY);
		const pruned = pruneCache(root, {limit: entryOf(root, b)!.bytes});
		expect(pruned.map((p) => [p.entry.roots, p.reason])).toEqual([[[a], 'limit']]);
	});

	it('reads an entry half removed as a cache miss, and an index open while its entry is removed stays readable', async () => {
		const root = cacheDir();
		const a = corpus(4, 23);
		const first = await open(a, {cacheDir: root});
		const held = await open(a, {cacheDir: root});
		const entry = entryOf(root, a)!;
		// Only the saved index gone: built again from the cached analyses.
		rmSync(entry.files.find((f) => f.endsWith('.idx'))!);
		const rebuilt = await open(a, {cacheDir: root});
		expect(rebuilt.progress.fromCache).toBe(4);
		expect(rebuilt.warnings).toEqual([]);
		expect(shape(rebuilt.index)).toBe(shape(first.index));
		// The whole entry gone while an index read from it is in use: its bodies are still read.
		removeEntry(entryOf(root, a)!);
		expect(held.index.articles.map((x) => x.body)).toEqual(first.index.articles.map((x) => x.body));
		const cold = await open(a, {cacheDir: root});
		expect(cold.progress.fromCache).toBe(0);
		expect(cold.warnings).toEqual([]);
		expect(shape(cold.index)).toBe(shape(first.index));
	});

	it('compacts a corpus\'s analysis segments into one of its own, leaving other corpora\'s alone', () => {
		const root = cacheDir();
		const [x, y] = ['a'.repeat(24), 'b'.repeat(24)];
		const empty = {mentions: {mentions: [], aliasPairs: [], descriptors: []}, quotes: []};
		const other = new AnalysisCache(root, 'v1', {owner: y});
		other.set('9'.repeat(32), {article: 'y', ...empty});
		other.flush();
		const cache = new AnalysisCache(root, 'v1', {owner: x});
		for (let i = 0; i < 40; i++) {
			cache.set(i.toString(16).padStart(32, '0'), {article: `x${i}`, ...empty});
			cache.flush();
		}
		const names = readdirSync(cache.dir);
		const mine = names.filter((n) => segmentOwner(n) === x);
		expect(mine.length).toBeLessThan(40);
		expect(names.filter((n) => segmentOwner(n) === y)).toHaveLength(1);
		expect(names.every((n) => segmentOwner(n) !== undefined)).toBe(true);
		const fresh = new AnalysisCache(root, 'v1');
		for (let i = 0; i < 40; i++) expect(fresh.get(i.toString(16).padStart(32, '0'), 'z')).toBeDefined();
		expect(fresh.get('9'.repeat(32), 'z')).toBeDefined();
	});

	it('takes its limit from the flag, else the environment, else the default', () => {
		const parse = (v: string) => Number(v.replace(/GB$/, '')) * 1024 ** 3;
		expect(cacheLimit(5, parse, {PRESSLENS_CACHE_LIMIT: '2GB'})).toBe(5);
		expect(cacheLimit(undefined, parse, {PRESSLENS_CACHE_LIMIT: '2GB'})).toBe(2 * 1024 ** 3);
		expect(cacheLimit(undefined, parse, {})).toBe(DEFAULT_CACHE_LIMIT);
		expect(cacheLimit(undefined, parse, {PRESSLENS_CACHE_LIMIT: ' '})).toBe(DEFAULT_CACHE_LIMIT);
	});
});
