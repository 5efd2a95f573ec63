// The optional presslens.json in a corpus folder: metadata the files lack, outlet tables, limits,
// the entity alias rules and the statement corrections (read by the analysis). Validated strictly, since a silently ignored
// typo would give wrong results.
import {readFileSync, statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import picomatch from 'picomatch';
import {defaultOutletTables, type OutletTables} from './outlets.js';
import {mergeSettings, type ConfigDefaults} from './config-merge.js';
import {NO_GROUPS, parseGroupRules, type GroupRules} from './groups.js';
import {parseStatementSettings, type StatementSettings} from './statement-settings.js';
import {BoundedPattern, patternRisk} from './pattern.js';
import {CONFIG_FILE, UsageError} from './walk.js';
import {sanitizeInline} from '../text/sanitize.js';

export interface FileMetadata {
	outlet?: string;
	url?: string;
	published?: string;
	title?: string;
	byline?: string;
}

export interface CorpusConfig {
	outlets: OutletTables;
	/** Renames applied to every outlet name found ("Sputnik" -> "Sputnik International"). */
	outletRename: Record<string, string>;
	/** Outlet groups: `outlets.groups` (outlet name or glob → group) and `outlets.groupField`. */
	groups: GroupRules;
	/** Per-file metadata, by glob over paths relative to the corpus folder, in file order. */
	files: Array<{glob: string; match: (rel: string) => boolean; meta: FileMetadata}>;
	maxBytes?: number;
	/** Most bytes read from one streamed file (inflated, for gzip), and most records from one file. */
	maxInflatedBytes?: number;
	maxRecords?: number;
	/** The `entities` section, passed to the analysis as is. */
	entities?: unknown;
	/** The `statements` section: corrections applied after linking (validated here). */
	statements: StatementSettings;
	/** Where the config came from, if anywhere. */
	source: string | null;
}

const META_KEYS = new Set(['outlet', 'url', 'published', 'date', 'title', 'byline', 'author']);
const OUTLET_KEYS = new Set(['domains', 'signatures', 'rename', 'groups', 'groupField']);
const TOP_KEYS = new Set(['outlets', 'files', 'maxFileSize', 'maxInflatedSize', 'maxRecords', 'entities', 'statements']);
/** The keys presslens.json may hold (config.json may hold them too, as defaults for every corpus). */
export const CONFIG_KEYS: ReadonlySet<string> = TOP_KEYS;

export type {StatementSettings} from './statement-settings.js';

/** The folder whose presslens.json holds the analysis settings: the first corpus root's. */
export function configFolder(roots: string[]): string | null {
	const root = roots[0];
	if (!root) return null;
	try {
		return statSync(root).isDirectory() ? root : dirname(root);
	} catch {
		return null;
	}
}

export function parseSize(value: unknown, where: string): number {
	if (typeof value === 'number' && value > 0) return value;
	const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value) : null;
	if (!m) throw new UsageError(`${where}: size must be a number of bytes or like "20MB", got ${JSON.stringify(value)}`);
	const unit = (m[2] ?? 'b').toLowerCase()[0];
	return Math.round(Number(m[1]) * (unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Deeper than any real config (entities.merge is a list of lists: 3 levels): printing or passing
 * on a value nested 100,000 deep would overflow the stack.
 */
const MAX_DEPTH = 32;

/** Levels of arrays and objects in a parsed JSON value, counted without recursion. */
function nestingDepth(value: unknown): number {
	let deepest = 0;
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length > 0) {
		const [v, depth] = stack.pop()!;
		if (typeof v !== 'object' || v === null) continue;
		deepest = Math.max(deepest, depth);
		if (depth > MAX_DEPTH) return depth;
		for (const child of Object.values(v)) stack.push([child, depth + 1]);
	}
	return deepest;
}

export function defaultConfig(): CorpusConfig {
	return {outlets: defaultOutletTables(), outletRename: {}, groups: NO_GROUPS, files: [], statements: {}, source: null};
}

/**
 * Reads presslens.json from a corpus folder; a missing file gives the defaults. `defaults` (the
 * user's config.json settings for every corpus) are merged under it (config-merge.ts).
 */
export function loadConfig(folder: string, defaults?: ConfigDefaults): CorpusConfig {
	const path = join(folder, CONFIG_FILE);
	const json = readConfigJson(path);
	if (!defaults) return json === undefined ? defaultConfig() : parseConfig(json, path);
	if (json === undefined) return parseConfig(defaults.settings, defaults.source);
	// Each file's own mistakes are named in its own name; what is left can only come from the two together.
	parseConfig(json, path);
	const merged = parseConfig(mergeSettings(defaults.settings, json), `${path} (merged over ${defaults.source})`);
	merged.source = path;
	return merged;
}

/** A JSON file's value, or undefined when there is no such file. */
export function readConfigJson(path: string): unknown {
	let raw: string;
	try {
		raw = readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
	try {
		// Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
		return JSON.parse(raw.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
	}
}

export function parseConfig(json: unknown, where: string): CorpusConfig {
	const config = defaultConfig();
	config.source = where;
	if (!isObject(json)) throw new UsageError(`${where}: must hold a JSON object`);
	const depth = nestingDepth(json);
	if (depth > MAX_DEPTH) throw new UsageError(`${where}: nested more than ${MAX_DEPTH} levels deep (a presslens.json needs a few)`);
	for (const key of Object.keys(json)) {
		if (!TOP_KEYS.has(key)) throw new UsageError(`${where}: unknown key "${key}" (expected ${[...TOP_KEYS].join(', ')})`);
	}
	if (json.maxFileSize !== undefined) config.maxBytes = parseSize(json.maxFileSize, `${where}: maxFileSize`);
	if (json.maxInflatedSize !== undefined) config.maxInflatedBytes = parseSize(json.maxInflatedSize, `${where}: maxInflatedSize`);
	if (json.maxRecords !== undefined) {
		if (!Number.isSafeInteger(json.maxRecords) || (json.maxRecords as number) < 1) throw new UsageError(`${where}: maxRecords must be a whole number of at least 1, got ${JSON.stringify(json.maxRecords)}`);
		config.maxRecords = json.maxRecords as number;
	}
	config.entities = json.entities;
	if (json.statements !== undefined) config.statements = parseStatementSettings(json.statements, where);

	const outlets = json.outlets;
	if (outlets !== undefined) {
		if (!isObject(outlets)) throw new UsageError(`${where}: "outlets" must be an object`);
		for (const key of Object.keys(outlets)) {
			if (!OUTLET_KEYS.has(key)) throw new UsageError(`${where}: unknown key "outlets.${key}" (expected ${[...OUTLET_KEYS].join(', ')})`);
		}
		const {domains, signatures, rename} = outlets;
		config.groups = parseGroupRules(outlets, where);
		if (domains !== undefined) {
			if (!isObject(domains)) throw new UsageError(`${where}: "outlets.domains" must map domains to names`);
			for (const [domain, name] of Object.entries(domains)) {
				if (typeof name !== 'string') throw new UsageError(`${where}: outlets.domains["${domain}"] must be a string`);
				config.outlets.domains[domain.toLowerCase().replace(/^www\./, '')] = sanitizeInline(name);
			}
		}
		if (signatures !== undefined) {
			if (!Array.isArray(signatures)) throw new UsageError(`${where}: "outlets.signatures" must be a list`);
			const user = signatures.map((s, i) => {
				if (!isObject(s) || typeof s.pattern !== 'string' || typeof s.outlet !== 'string') {
					throw new UsageError(`${where}: outlets.signatures[${i}] needs "pattern" and "outlet" strings`);
				}
				for (const key of Object.keys(s)) {
					if (key !== 'pattern' && key !== 'outlet') throw new UsageError(`${where}: unknown key "outlets.signatures[${i}].${key}" (expected pattern, outlet)`);
				}
				const risk = patternRisk(s.pattern);
				if (risk) throw new UsageError(`${where}: outlets.signatures[${i}].pattern is refused because ${risk}: such a pattern can take exponential time on a hostile line`);
				let pattern: RegExp;
				try {
					pattern = new RegExp(s.pattern, 'u');
				} catch (error) {
					throw new UsageError(`${where}: outlets.signatures[${i}].pattern: ${(error as Error).message}`);
				}
				return {pattern, bounded: new BoundedPattern(pattern, `${where}: outlets.signatures[${i}]`), outlet: sanitizeInline(s.outlet)};
			});
			config.outlets.signatures = [...user, ...config.outlets.signatures];
		}
		if (rename !== undefined) {
			if (!isObject(rename) || !Object.values(rename).every(v => typeof v === 'string')) {
				throw new UsageError(`${where}: "outlets.rename" must map outlet names to new names`);
			}
			// Names reach the terminal and --json: cleaned as article text is.
			config.outletRename = Object.fromEntries(Object.entries(rename as Record<string, string>).map(([from, to]) => [from, sanitizeInline(to)]));
		}
	}

	const files = json.files;
	if (files !== undefined) {
		if (!isObject(files)) throw new UsageError(`${where}: "files" must map globs to metadata objects`);
		for (const [glob, meta] of Object.entries(files)) {
			if (!isObject(meta)) throw new UsageError(`${where}: files["${glob}"] must be an object`);
			const clean: FileMetadata = {};
			for (const [k, v] of Object.entries(meta)) {
				if (!META_KEYS.has(k)) throw new UsageError(`${where}: files["${glob}"]: unknown field "${k}" (expected outlet, url, published, title, byline)`);
				if (typeof v !== 'string') throw new UsageError(`${where}: files["${glob}"].${k} must be a string`);
				const field = k === 'date' ? 'published' : k === 'author' ? 'byline' : (k as keyof FileMetadata);
				clean[field] = sanitizeInline(v);
			}
			const isMatch = picomatch(glob, {dot: true});
			// A glob without a slash matches a file name in any folder, as .gitignore does.
			const match = glob.includes('/') ? isMatch : (rel: string) => isMatch(rel) || isMatch(rel.split('/').pop() ?? rel);
			config.files.push({glob, match, meta: clean});
		}
	}
	return config;
}
