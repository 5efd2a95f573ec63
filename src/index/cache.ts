// The analysis cache: each article's analysis stored under its content hash, in a folder outside
// the corpus, so reopening a corpus analyses only what changed.
//
// Layout: <cache dir>/analyses-<version>/<segment>.seg. A segment is written once, atomically, and
// never modified: a header line, one "hash<TAB>json" line per article, and an end line with the
// count (a cut-off file is noticed). Writing segments instead of one file per article keeps a
// warm open to a few big reads; writing new ones instead of rewriting keeps two processes from
// ever undoing each other's work. Many small segments are compacted into one now and then.
// The version is a hash of the analysis code itself, so a new build never reads stale results.
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ArticleAnalysis} from '../analysis/article.js';
import {writeFileAtomic} from '../output/atomic.js';

/** Bumped when the layout of cache files changes. */
export const CACHE_FORMAT = 1;
const MAGIC = 'presslens-analysis-cache';
/** New entries held before a segment is written (also bounds what a crash loses). */
const SEGMENT_ENTRIES = 2000;
/** Segments allowed before they are merged into one. */
const MAX_SEGMENTS = 32;

export interface CacheOptions {
	/** Cache folder; default $XDG_CACHE_HOME/presslens or ~/.cache/presslens. */
	dir?: string;
	/** Told about unreadable or corrupt cache files (they are ignored and rebuilt). */
	onWarning?: (message: string) => void;
	/**
	 * The corpus (its corpusKey) whose analyses are written: segments are named after it, so they can
	 * be listed and removed with the corpus (cache-entries.ts). Reading uses every segment.
	 */
	owner?: string;
}

/** A segment's owner: the corpus key its name starts with (none for segments of older versions). */
export function segmentOwner(name: string): string | undefined {
	return /^([0-9a-f]{24})-[^.]*\.seg$/.exec(name)?.[1];
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
	return join(base, 'presslens');
}

const versions = new Map<string, string>();

/**
 * A short hash of the code in the given folders of src/ (the compiled .js in dist/src, or the .ts
 * sources under a test runner): any change to how articles are analysed makes a new version.
 */
export function codeVersion(folders: string[]): string {
	const key = folders.join(',');
	const known = versions.get(key);
	if (known) return known;
	const srcRoot = dirname(dirname(fileURLToPath(import.meta.url)));
	const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\n`);
	const walk = (dir: string) => {
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch {
			return;
		}
		for (const name of names) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(?:js|ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) hash.update(`${path.slice(srcRoot.length)}\n`).update(readFileSync(path));
		}
	};
	for (const folder of folders) walk(join(srcRoot, folder));
	const version = hash.digest('hex').slice(0, 16);
	versions.set(key, version);
	return version;
}

/** What is stored per article: the analysis without the article id (identical texts share it). */
type Stored = Omit<ArticleAnalysis, 'article'>;

const HASH = /^[0-9a-f]{16,128}$/;

function looksLikeAnalysis(value: unknown): value is Stored {
	const v = value as Stored;
	return (
		typeof v === 'object' &&
		v !== null &&
		Array.isArray(v.quotes) &&
		typeof v.mentions === 'object' &&
		v.mentions !== null &&
		Array.isArray(v.mentions.mentions) &&
		Array.isArray(v.mentions.aliasPairs) &&
		Array.isArray(v.mentions.descriptors)
	);
}

export class AnalysisCache {
	readonly dir: string;
	private entries: Map<string, string> | undefined;
	private readonly fresh = new Map<string, string>();
	private readonly segmentsRead: string[] = [];
	/** Hashes already on disk whose text was handed out (and dropped from memory). */
	private readonly stored = new Set<string>();
	hits = 0;
	misses = 0;

	constructor(
		root: string,
		readonly version: string = codeVersion(['analysis', 'text']),
		private readonly options: CacheOptions = {},
	) {
		this.dir = join(root, `analyses-${version}`);
	}

	/** The analysis stored for an article's content hash, under the given article id. */
	get(hash: string, articleId: string): ArticleAnalysis | undefined {
		const entries = this.load();
		const raw = entries.get(hash) ?? this.fresh.get(hash);
		if (raw !== undefined) {
			try {
				const value: unknown = JSON.parse(raw);
				if (looksLikeAnalysis(value)) {
					// The parsed copy is the caller's now; the text need not stay in memory.
					if (entries.delete(hash)) this.stored.add(hash);
					this.hits++;
					return {article: articleId, ...value};
				}
			} catch {
				// Reported below.
			}
			entries.delete(hash);
			this.warn(`ignored a corrupt entry in the analysis cache (${this.dir}); it is rebuilt`);
		}
		this.misses++;
		return undefined;
	}

	set(hash: string, analysis: ArticleAnalysis): void {
		if (!HASH.test(hash) || this.stored.has(hash) || this.load().has(hash) || this.fresh.has(hash)) return;
		const {article: _id, ...stored} = analysis;
		this.fresh.set(hash, JSON.stringify(stored));
		if (this.fresh.size >= SEGMENT_ENTRIES) this.flush();
	}

	/** Writes what is new since the last flush. Failures are warnings: the cache is an optimisation. */
	flush(): void {
		if (this.fresh.size === 0) return;
		const entries = [...this.fresh];
		this.fresh.clear();
		try {
			mkdirSync(this.dir, {recursive: true});
			this.writeSegment(entries);
			for (const [hash] of entries) this.stored.add(hash);
			this.compact();
		} catch (error) {
			this.warn(`could not write the analysis cache in ${this.dir}: ${(error as Error).message}`);
		}
	}

	private writeSegment(entries: Array<[string, string]>): string {
		const owner = this.options.owner ? `${this.options.owner}-` : '';
		const name = `${owner}${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.seg`;
		const lines = [JSON.stringify({magic: MAGIC, format: CACHE_FORMAT, version: this.version, count: entries.length})];
		for (const [hash, raw] of entries) lines.push(`${hash}\t${raw}`);
		lines.push(`#end ${entries.length}`);
		const path = join(this.dir, name);
		writeFileAtomic(path, lines.join('\n') + '\n');
		return path;
	}

	/**
	 * Merges many segments of this cache's owner into one, removing only the segments it read (other
	 * corpora's segments stay theirs, to be removed with them).
	 */
	private compact(): void {
		const names = this.segmentNames().filter((name) => segmentOwner(name) === this.options.owner);
		if (names.length <= MAX_SEGMENTS) return;
		const merged = new Map<string, string>();
		const read: string[] = [];
		for (const name of names) {
			const path = join(this.dir, name);
			if (this.readSegment(path, merged)) read.push(path);
		}
		this.writeSegment([...merged]);
		for (const path of read) {
			try {
				unlinkSync(path);
			} catch {
				// Another process compacted it first.
			}
		}
	}

	private segmentNames(): string[] {
		try {
			return readdirSync(this.dir)
				.filter((n) => n.endsWith('.seg'))
				.sort();
		} catch {
			return [];
		}
	}

	private load(): Map<string, string> {
		if (this.entries) return this.entries;
		const entries = new Map<string, string>();
		for (const name of this.segmentNames()) {
			const path = join(this.dir, name);
			if (this.readSegment(path, entries)) this.segmentsRead.push(path);
		}
		this.entries = entries;
		return entries;
	}

	/** Adds a segment's entries; a segment that is cut off, foreign or old is ignored with a warning. */
	private readSegment(path: string, into: Map<string, string>): boolean {
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch (error) {
			// Removed by another process's compaction between listing and reading: not a problem.
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`could not read the analysis cache file ${path}: ${(error as Error).message}`);
			return false;
		}
		const lines = text.split('\n');
		if (lines.at(-1) === '') lines.pop();
		let header: {magic?: string; format?: number; version?: string; count?: number} | undefined;
		try {
			header = JSON.parse(lines[0] ?? '');
		} catch {
			header = undefined;
		}
		const count = header?.count;
		const ok =
			header?.magic === MAGIC &&
			header.format === CACHE_FORMAT &&
			header.version === this.version &&
			typeof count === 'number' &&
			lines.length === count + 2 &&
			lines.at(-1) === `#end ${count}`;
		if (!ok) {
			this.warn(`ignored a corrupt or old analysis cache file ${path}; its articles are analysed again`);
			// Segments appear whole (atomic writes), so a damaged one never heals: remove it.
			try {
				unlinkSync(path);
			} catch {
				// Read-only cache or already removed.
			}
			return false;
		}
		for (let i = 1; i <= count!; i++) {
			const line = lines[i];
			const tab = line.indexOf('\t');
			const hash = line.slice(0, tab);
			if (tab > 0 && HASH.test(hash)) into.set(hash, line.slice(tab + 1));
		}
		return true;
	}

	private warn(message: string): void {
		this.options.onWarning?.(message);
	}
}

/** Removes cache folders of other code versions that nobody has written to for a day. */
export function pruneOldVersions(root: string, keep: string[], maxAgeMs = 24 * 3600 * 1000): void {
	let names: string[];
	try {
		names = readdirSync(root);
	} catch {
		return;
	}
	for (const name of names) {
		if (keep.includes(name) || !/^(?:analyses|index)-[0-9a-f]{16}$/.test(name)) continue;
		const path = join(root, name);
		try {
			if (Date.now() - statSync(path).mtimeMs > maxAgeMs) rmSync(path, {recursive: true, force: true});
		} catch {
			// Another process may be pruning too.
		}
	}
}
