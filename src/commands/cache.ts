// `presslens cache`: what the cache holds per corpus, and `--prune` to remove what is no longer wanted.
import {listCache, pruneCache, type CacheEntry, type Pruned} from '../index/cache-entries.js';
import {renderTable} from '../output/table.js';
import {sanitizeInline} from '../text/sanitize.js';
import {terminalWidth, writeJsonLines} from './output.js';

export interface CacheCommandOptions {
	root: string;
	json: boolean;
	prune: boolean;
	olderThanDays?: number;
	dryRun: boolean;
	/** The cache's size limit: shown, and applied by --prune. */
	limit: number;
}

/** Sizes up to gigabytes (a cache of a few corpora is), one decimal. */
export function formatSize(n: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let unit = 0;
	while (n >= 1024 && unit < units.length - 1) {
		n /= 1024;
		unit++;
	}
	return unit === 0 ? `${n} B` : `${n.toFixed(1)} ${units[unit]}`;
}

const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : null);
/** Local time to the minute: enough to tell entries apart, short enough for a table. */
const local = (ms: number | undefined) => {
	if (!ms) return '';
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/** The entry as `cache --json` prints it (one object per line). */
export function entryJson(e: CacheEntry, reason?: Pruned['reason']) {
	return {
		key: e.key,
		roots: e.roots,
		exists: e.exists,
		maxSize: e.maxBytes,
		articles: e.articles,
		bytes: e.bytes,
		opened: iso(e.openedMs),
		index: e.index && {bytes: e.index.bytes, written: iso(e.index.writtenMs), current: e.index.current},
		analyses: e.analyses && {bytes: e.analyses.bytes, files: e.analyses.files, written: iso(e.analyses.writtenMs)},
		...(reason ? {reason} : {}),
	};
}

const corpusLabel = (e: CacheEntry) => {
	if (!e.roots) return e.key === null ? '(analyses of an older version, no corpus known)' : '(no record of the corpus)';
	const articles = e.articles !== null ? ` · ${e.articles.toLocaleString('en-US')} ${e.articles === 1 ? 'article' : 'articles'}` : '';
	return `${e.exists ? '' : '[missing] '}${e.roots.join(' ')}${articles}`;
};

const REASONS: Record<Pruned['reason'], string> = {
	missing: 'the corpus no longer exists',
	unknown: 'no corpus known',
	old: 'not opened recently',
	limit: 'over the size limit',
};

function table(rows: Array<{entry: CacheEntry; reason?: Pruned['reason']}>, withReason: boolean): string {
	return renderTable(
		rows,
		[
			{header: 'OPENED', get: (r) => local(r.entry.openedMs), width: 16},
			{header: 'WRITTEN', get: (r) => local(Math.max(r.entry.index?.writtenMs ?? 0, r.entry.analyses?.writtenMs ?? 0)), width: 16},
			{header: 'INDEX', get: (r) => (r.entry.index ? formatSize(r.entry.index.bytes) : ''), width: 9, align: 'right'},
			{header: 'ANALYSES', get: (r) => (r.entry.analyses ? formatSize(r.entry.analyses.bytes) : ''), width: 9, align: 'right'},
			...(withReason ? [{header: 'WHY', get: (r: {reason?: Pruned['reason']}) => (r.reason ? REASONS[r.reason] : ''), width: 27}] : []),
			{header: 'CORPUS', get: (r) => corpusLabel(r.entry)},
		],
		terminalWidth(),
	);
}

export function runCache(options: CacheCommandOptions): number {
	const out = process.stdout;
	if (!options.prune) {
		const entries = listCache(options.root);
		if (options.json) {
			writeJsonLines(entries.map((e) => entryJson(e)));
			return 0;
		}
		const total = entries.reduce((n, e) => n + e.bytes, 0);
		out.write(`Cache ${sanitizeInline(options.root)}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, ${formatSize(total)} (limit ${formatSize(options.limit)})\n`);
		if (entries.length) out.write(`${table(entries.map((entry) => ({entry})), false)}\n`);
		return 0;
	}
	const pruned = pruneCache(options.root, {olderThanDays: options.olderThanDays, limit: options.limit, dryRun: options.dryRun});
	if (options.json) {
		writeJsonLines(pruned.map((p) => entryJson(p.entry, p.reason)));
		return 0;
	}
	const freed = pruned.reduce((n, p) => n + p.entry.bytes, 0);
	const verb = options.dryRun ? 'Would remove' : 'Removed';
	out.write(`${verb} ${pruned.length} ${pruned.length === 1 ? 'entry' : 'entries'} (${formatSize(freed)}) from ${sanitizeInline(options.root)}\n`);
	if (pruned.length) out.write(`${table(pruned, true)}\n`);
	return 0;
}
