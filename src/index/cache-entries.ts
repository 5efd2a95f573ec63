// What the cache holds per corpus, so it can be shown, pruned and kept under a size limit.
//
// A corpus's entry is everything named after its corpusKey: its record (corpora/<key>.json: the
// corpus paths and size limit; the file's mtime is when the corpus was last opened, touched on
// every open, which costs one utimes call), its saved index (index-<version>/<key>.idx) and the
// analysis segments it wrote (analyses-<version>/<key>-….seg). An analysis that an article shares
// with another corpus is stored once, with the corpus that analysed it first; removing that corpus
// makes it a cache miss for the other, which analyses it again when it next changes.
//
// Removal unlinks files one by one, and every reader already takes a missing file for a miss: a
// saved index open elsewhere stays readable through its descriptor, a segment gone between listing
// and reading is skipped, and a corpus whose index is gone is indexed again. The record goes last,
// so an entry half removed (a crash) is still listed and removed by the next prune.
import {mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {writeFileAtomic} from '../output/atomic.js';
import {pushAll} from '../util/arrays.js';
import {segmentOwner} from './cache.js';
import {corpusKey, indexVersion} from './snapshot-fingerprint.js';

/** Default size limit of the cache: a few corpora the size of a 37,000-article one (about 0.9 GB each). */
export const DEFAULT_CACHE_LIMIT = 4 * 1024 ** 3;
export const CACHE_LIMIT_ENV = 'PRESSLENS_CACHE_LIMIT';

/**
 * The cache's size limit in bytes: the one given (a flag, or a user setting), else $PRESSLENS_CACHE_LIMIT
 * parsed by `parse` (which throws on a bad value), else the default.
 */
export function cacheLimit(given: number | undefined, parse: (value: string) => number, env: NodeJS.ProcessEnv = process.env): number {
	if (given !== undefined) return given;
	const value = env[CACHE_LIMIT_ENV];
	return value !== undefined && value.trim() !== '' ? parse(value) : DEFAULT_CACHE_LIMIT;
}

interface Record {
	roots: string[];
	maxBytes: number | null;
	articles?: number;
}

interface CacheFile {
	path: string;
	bytes: number;
	mtimeMs: number;
}

export interface CacheEntry {
	/** The corpusKey; null for analyses written before entries were kept (no corpus known). */
	key: string | null;
	/** The corpus paths (absolute); null when the entry has no readable record. */
	roots: string[] | null;
	maxBytes: number | null;
	/** Articles in the saved index when it was written. */
	articles: number | null;
	/** Whether every path of the corpus still exists (false when it is not known). */
	exists: boolean;
	/** Last opened (ms since the epoch): the record's time, else the newest file's. */
	openedMs: number;
	index: {bytes: number; writtenMs: number; current: boolean} | null;
	analyses: {bytes: number; files: number; writtenMs: number} | null;
	bytes: number;
	/** Every file of the entry, the record last. */
	files: string[];
}

const recordsDir = (root: string) => join(root, 'corpora');
const recordPath = (root: string, key: string) => join(recordsDir(root), `${key}.json`);

/**
 * Notes that the corpus at `paths` is being opened: touches its record, or writes it if it has none.
 * With `articles` (after its index is saved) the record is written again with the count.
 */
export function recordOpened(root: string, paths: string[], maxBytes: number | undefined, articles?: number): void {
	const path = recordPath(root, corpusKey(paths, maxBytes));
	try {
		if (articles === undefined) {
			const now = new Date();
			utimesSync(path, now, now);
			return;
		}
	} catch {
		// No record yet: written below.
	}
	try {
		mkdirSync(recordsDir(root), {recursive: true});
		const record: Record = {roots: paths.map((p) => resolve(p)), maxBytes: maxBytes ?? null, ...(articles === undefined ? {} : {articles})};
		writeFileAtomic(path, JSON.stringify(record) + '\n', {overwrite: true});
	} catch {
		// A read-only cache: the entry is listed without its record.
	}
}

function readRecord(path: string): Record | undefined {
	try {
		const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Record>;
		if (!Array.isArray(value.roots) || !value.roots.every((r) => typeof r === 'string')) return undefined;
		return {roots: value.roots, maxBytes: typeof value.maxBytes === 'number' ? value.maxBytes : null, articles: typeof value.articles === 'number' ? value.articles : undefined};
	} catch {
		return undefined;
	}
}

function filesIn(dir: string, test: (name: string) => boolean): Array<CacheFile & {name: string}> {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	const out: Array<CacheFile & {name: string}> = [];
	for (const name of names.filter(test).sort()) {
		try {
			const s = statSync(join(dir, name));
			if (s.isFile()) out.push({name, path: join(dir, name), bytes: s.size, mtimeMs: s.mtimeMs});
		} catch {
			// Removed meanwhile.
		}
	}
	return out;
}

const exists = (path: string) => {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
};

/** Every entry of the cache at `root`, most recently opened first. */
export function listCache(root: string): CacheEntry[] {
	const found = new Map<string | null, {record?: CacheFile; index: CacheFile[]; currentIndex: boolean; analyses: CacheFile[]}>();
	const entry = (key: string | null) => {
		let e = found.get(key);
		if (!e) found.set(key, (e = {index: [], currentIndex: false, analyses: []}));
		return e;
	};
	for (const file of filesIn(recordsDir(root), (n) => /^[0-9a-f]{24}\.json$/.test(n))) entry(file.name.slice(0, 24)).record = file;
	const current = `index-${indexVersion()}`;
	let folders: string[] = [];
	try {
		folders = readdirSync(root).sort();
	} catch {
		// No cache yet.
	}
	for (const folder of folders) {
		if (/^index-[0-9a-f]{16}$/.test(folder)) {
			for (const file of filesIn(join(root, folder), (n) => /^[0-9a-f]{24}\.idx$/.test(n))) {
				const e = entry(file.name.slice(0, 24));
				e.index.push(file);
				if (folder === current) e.currentIndex = true;
			}
		} else if (/^analyses-[0-9a-f]{16}$/.test(folder)) {
			for (const file of filesIn(join(root, folder), (n) => n.endsWith('.seg'))) entry(segmentOwner(file.name) ?? null).analyses.push(file);
		}
	}
	const entries: CacheEntry[] = [];
	for (const [key, e] of found) {
		const record = e.record && readRecord(e.record.path);
		const sum = (files: CacheFile[]) => files.reduce((n, f) => n + f.bytes, 0);
		const newest = (files: CacheFile[]) => files.reduce((t, f) => Math.max(t, f.mtimeMs), 0);
		const data = [...e.index, ...e.analyses];
		entries.push({
			key,
			roots: record?.roots ?? null,
			maxBytes: record?.maxBytes ?? null,
			articles: record?.articles ?? null,
			exists: record !== undefined && record.roots.every(exists),
			openedMs: e.record?.mtimeMs ?? newest(data),
			index: e.index.length ? {bytes: sum(e.index), writtenMs: newest(e.index), current: e.currentIndex} : null,
			analyses: e.analyses.length ? {bytes: sum(e.analyses), files: e.analyses.length, writtenMs: newest(e.analyses)} : null,
			bytes: sum(data) + (e.record?.bytes ?? 0),
			files: [...data.map((f) => f.path), ...(e.record ? [e.record.path] : [])],
		});
	}
	return entries.sort((a, b) => b.openedMs - a.openedMs);
}

/** Unlinks an entry's files (the record last); files already gone are not a problem. */
export function removeEntry(entry: CacheEntry): void {
	for (const path of entry.files) {
		try {
			unlinkSync(path);
		} catch {
			// Removed by another process, or a read-only cache.
		}
	}
}

export type PruneReason = 'missing' | 'unknown' | 'old' | 'limit';

export interface Pruned {
	entry: CacheEntry;
	reason: PruneReason;
}

export interface PruneOptions {
	/** Also entries not opened for this many days. */
	olderThanDays?: number;
	/** Then the oldest entries until the cache fits this many bytes. */
	limit?: number;
	/** Only say what would be removed. */
	dryRun?: boolean;
	now?: number;
}

/**
 * Removes the entries of corpora that no longer exist, entries no corpus is known for (analyses of
 * older versions), entries not opened for `olderThanDays`, and then the oldest until under `limit`.
 */
export function pruneCache(root: string, options: PruneOptions = {}): Pruned[] {
	const now = options.now ?? Date.now();
	const pruned: Pruned[] = [];
	const kept: CacheEntry[] = [];
	for (const entry of listCache(root)) {
		const reason: PruneReason | undefined =
			entry.roots === null ? 'unknown' : !entry.exists ? 'missing' : options.olderThanDays !== undefined && now - entry.openedMs > options.olderThanDays * 86_400_000 ? 'old' : undefined;
		if (reason) pruned.push({entry, reason});
		else kept.push(entry);
	}
	if (options.limit !== undefined) pushAll(pruned, overLimit(kept, options.limit));
	if (!options.dryRun) for (const {entry} of pruned) removeEntry(entry);
	return pruned;
}

/** The oldest of `entries` (least recently opened first) whose removal brings their total under `limit`. */
function overLimit(entries: CacheEntry[], limit: number, keep?: string): Pruned[] {
	let total = entries.reduce((n, e) => n + e.bytes, 0);
	const out: Pruned[] = [];
	for (const entry of [...entries].sort((a, b) => a.openedMs - b.openedMs)) {
		if (total <= limit) break;
		if (entry.key !== null && entry.key === keep) continue;
		out.push({entry, reason: 'limit'});
		total -= entry.bytes;
	}
	return out;
}

/**
 * After a write: when the cache is over `limit`, removes the least recently opened entries, never
 * the one of the corpus just written (`paths`), until it fits. Returns what it removed.
 */
export function enforceCacheLimit(root: string, limit: number, paths: string[], maxBytes: number | undefined): Pruned[] {
	const removed = overLimit(listCache(root), limit, corpusKey(paths, maxBytes));
	for (const {entry} of removed) removeEntry(entry);
	return removed;
}
