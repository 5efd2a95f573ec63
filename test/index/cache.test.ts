import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {AnalysisCache, defaultCacheDir} from '../../src/index/cache.js';
import {openIndexStreaming, type OpenOptions, type OpenProgress} from '../../src/index/open.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

/** A small corpus of invented articles, one JSON file each, plus a fresh cache folder. */
function setup(count = 6) {
	const files: Record<string, string> = {};
	let i = 0;
	for (const a of generateArticles({articles: count, seed: 7, meanWords: 120})) files[`story-${++i}.json`] = JSON.stringify(a);
	const corpus = makeCorpus(files);
	const cacheDir = makeCorpus({});
	dirs.push(corpus, cacheDir);
	return {corpus, cacheDir};
}

async function open(corpus: string, options: OpenOptions) {
	const warnings: string[] = [];
	let last: OpenProgress | undefined;
	const index = await openIndexStreaming([corpus], {threads: 0, onWarning: (m) => warnings.push(m), ...options}, (p) => (last = p));
	return {index, warnings, progress: last!};
}

/** Removes the saved whole indexes, so that an open goes through the per-article cache. */
function dropSavedIndexes(cacheDir: string) {
	for (const name of readdirSync(cacheDir)) if (name.startsWith('index-')) rmSync(join(cacheDir, name), {recursive: true});
}

/** The index as the CLI would print it: comparable across runs. */
const shape = (index: CorpusIndex) => JSON.stringify({articles: index.articles, entities: index.entities, statements: index.statements});

describe('analysis cache', () => {
	it('analyses everything on a first open and nothing on a second (hit), with the same index', async () => {
		const {corpus, cacheDir} = setup();
		const first = await open(corpus, {cache: true, cacheDir});
		expect(first.progress.fromCache).toBe(0);
		expect(first.progress.articlesAnalysed).toBe(6);
		const second = await open(corpus, {cache: true, cacheDir});
		expect(second.progress.fromCache).toBe(6);
		expect(shape(second.index)).toBe(shape(first.index));
		expect(second.warnings).toEqual([]);
	});

	it('is not read or written with the cache off (miss every time)', async () => {
		const {corpus, cacheDir} = setup(3);
		await open(corpus, {cache: false, cacheDir});
		const again = await open(corpus, {cache: false, cacheDir});
		expect(again.progress.fromCache).toBe(0);
		expect(readdirSync(cacheDir)).toEqual([]);
	});

	it('re-analyses only the article whose file changed', async () => {
		const {corpus, cacheDir} = setup();
		await open(corpus, {cache: true, cacheDir});
		const path = join(corpus, 'story-3.json');
		const changed = JSON.parse(readFileSync(path, 'utf8'));
		changed.content += '\n\n"The bridge at Quarnholt stays closed until spring," Odalys Fennimore told reporters.';
		writeFileSync(path, JSON.stringify(changed));
		const after = await open(corpus, {cache: true, cacheDir});
		expect(after.progress.fromCache).toBe(5);
		expect(after.progress.articlesAnalysed).toBe(6);
		const quotes = after.index.statements.flatMap((s) => s.renderings.map((r) => r.text));
		expect(quotes.some((q) => q.includes('Quarnholt'))).toBe(true);
		// A fresh, uncached open agrees with the partly cached one.
		const fresh = await open(corpus, {cache: false});
		expect(shape(after.index)).toBe(shape(fresh.index));
	});

	it('ignores a corrupt cache file with a warning and rebuilds it', async () => {
		const {corpus, cacheDir} = setup(4);
		const clean = await open(corpus, {cache: true, cacheDir});
		const folder = readdirSync(cacheDir).find((n) => n.startsWith('analyses-'))!;
		const segment = join(cacheDir, folder, readdirSync(join(cacheDir, folder))[0]);
		const text = readFileSync(segment, 'utf8');
		writeFileSync(segment, text.slice(0, Math.floor(text.length / 2)));
		dropSavedIndexes(cacheDir);
		const damaged = await open(corpus, {cache: true, cacheDir});
		expect(damaged.warnings.join('\n')).toMatch(/corrupt or old analysis cache file/);
		expect(damaged.progress.fromCache).toBe(0);
		expect(shape(damaged.index)).toBe(shape(clean.index));
		// Rebuilt, and the damaged file gone: the next open is served from the cache, quietly.
		dropSavedIndexes(cacheDir);
		const next = await open(corpus, {cache: true, cacheDir});
		expect(next.progress.fromCache).toBe(4);
		expect(next.warnings).toEqual([]);
	});

	it('ignores an entry that does not parse, and an entry of another format', () => {
		const cacheDir = makeCorpus({});
		dirs.push(cacheDir);
		const warnings: string[] = [];
		const cache = new AnalysisCache(cacheDir, 'v1', {onWarning: (m) => warnings.push(m)});
		const hash = 'ab'.repeat(32);
		cache.set(hash, {article: 'x', mentions: {mentions: [], aliasPairs: [], descriptors: []}, quotes: []});
		cache.flush();
		const [name] = readdirSync(cache.dir);
		const path = join(cache.dir, name);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/\t\{.*\}$/m, '\t{"quotes": 3}'));
		expect(new AnalysisCache(cacheDir, 'v1', {onWarning: (m) => warnings.push(m)}).get(hash, 'y')).toBeUndefined();
		expect(warnings.join()).toMatch(/corrupt entry/);
		// Another code version never sees these entries.
		expect(new AnalysisCache(cacheDir, 'v2').get(hash, 'y')).toBeUndefined();
	});

	it('gives a cached analysis the id of the article asking for it', () => {
		const cacheDir = makeCorpus({});
		dirs.push(cacheDir);
		const cache = new AnalysisCache(cacheDir, 'v1');
		const hash = 'cd'.repeat(32);
		cache.set(hash, {article: 'first.json', mentions: {mentions: [], aliasPairs: [], descriptors: []}, quotes: []});
		cache.flush();
		expect(new AnalysisCache(cacheDir, 'v1').get(hash, 'copy.json')?.article).toBe('copy.json');
	});

	it('defaults to the XDG cache folder', () => {
		expect(defaultCacheDir({XDG_CACHE_HOME: '/var/cache/me'})).toBe('/var/cache/me/presslens');
		expect(defaultCacheDir({XDG_CACHE_HOME: 'relative'})).toMatch(/\.cache[\\/]presslens$/);
	});
});

describe('saved index', () => {
	it('reopens an unchanged corpus whole, bodies and mention spans included', async () => {
		const {corpus, cacheDir} = setup();
		const first = await open(corpus, {cache: true, cacheDir});
		expect(readdirSync(cacheDir).some((n) => n.startsWith('index-'))).toBe(true);
		const again = await open(corpus, {cache: true, cacheDir});
		expect(again.progress.phase).toBe('done');
		expect(again.index.articles[2].body).toBe(first.index.articles[2].body);
		expect(again.index.articles[2].paragraphs).toEqual(first.index.articles[2].paragraphs);
		expect(again.index.entities[0].spans).toEqual(first.index.entities[0].spans);
		expect(shape(again.index)).toBe(shape(first.index));
		expect(JSON.stringify(again.index.warnings)).toBe(JSON.stringify(first.index.warnings));
	});

	it('is not used once a file of the corpus changes', async () => {
		const {corpus, cacheDir} = setup(3);
		await open(corpus, {cache: true, cacheDir});
		const path = join(corpus, 'story-2.json');
		const changed = JSON.parse(readFileSync(path, 'utf8'));
		changed.title = 'A retitled story about the Quarnholt ferry';
		writeFileSync(path, JSON.stringify(changed));
		const after = await open(corpus, {cache: true, cacheDir});
		expect(after.index.articles.map((a) => a.title)).toContain('A retitled story about the Quarnholt ferry');
		expect(after.progress.fromCache).toBe(2);
	});

	it('ignores a damaged saved index with a warning and builds it again', async () => {
		const {corpus, cacheDir} = setup(3);
		const clean = await open(corpus, {cache: true, cacheDir});
		const folder = join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('index-'))!);
		const file = join(folder, readdirSync(folder)[0]);
		const bytes = readFileSync(file);
		writeFileSync(file, bytes.subarray(0, bytes.length - 40));
		const damaged = await open(corpus, {cache: true, cacheDir});
		expect(damaged.warnings.join('\n')).toMatch(/corrupt index cache file/);
		expect(shape(damaged.index)).toBe(shape(clean.index));
		const next = await open(corpus, {cache: true, cacheDir});
		expect(next.warnings).toEqual([]);
	});
});
