// The loader: paths in, clean Articles and warnings out. Reads the corpus, never writes it.
import {createHash} from 'node:crypto';
import {stat} from 'node:fs/promises';
import {dirname} from 'node:path';
import {cleanText, escapeUnsafe} from '../text/sanitize.js';
import {loadConfig, type CorpusConfig, type FileMetadata} from './config.js';
import type {ConfigDefaults} from './config-merge.js';
import {dateFromUrl, normalizeDate} from './dates.js';
import {parseJsonFile} from './formats/json.js';
import {parseMarkdown} from './formats/markdown.js';
import {parseText} from './formats/text.js';
import {classifyNoise} from './formats/lines.js';
import {resolveGroup} from './groups.js';
import {exhaustedPatterns, outletFromSignatures, outletFromUrl} from './outlets.js';
import {PATTERN_BUDGET_MS} from './pattern.js';
import {decodeBytes, DEFAULT_MAX_BYTES, readFileBytes} from './read.js';
import type {ParsedRecord} from './record.js';
import type {Article, ArticleFormat, Corpus, LoadWarning} from './types.js';
import {readJsonLines} from './stream.js';
import {walk, type FoundFile} from './walk.js';
import {stripNameCards} from './widgets.js';
import {pushAll} from '../util/arrays.js';

export interface LoadOptions {
	/** Largest file accepted (bytes); presslens.json's maxFileSize, else 50 MB. */
	maxBytes?: number;
	onProgress?: (done: number, total: number, file: string) => void;
	/** Each article as soon as it is loaded (in corpus order), for callers that start work early. */
	onArticle?: (article: Article) => void;
	/** Bytes read from disk so far, over the total size of the files found (progress for big files). */
	onBytes?: (read: number, total: number) => void;
	/** The user's settings for every corpus (config.json), merged under each presslens.json. */
	defaults?: ConfigDefaults;
	/**
	 * A file's articles and warnings as an earlier load of the same unchanged file gave them, which
	 * are taken instead of reading it again (an index update); undefined: the file is read.
	 */
	reuse?: (file: FoundFile) => {articles: Article[]; warnings: LoadWarning[]} | undefined;
}

const DEFAULT_CORPUS = 'data';

/**
 * Bounds on one file, whatever its records' sizes: a 7 MB gzip can inflate to gigabytes of tiny
 * records (a gzip bomb), which would exhaust memory long before the per-record size limit
 * says anything. Reading stops at either bound with a warning; presslens.json can raise them.
 */
export const DEFAULT_MAX_INFLATED_BYTES = 1024 ** 3;
export const DEFAULT_MAX_RECORDS = 200_000;

/** The folders and files to read: those given, or the bundled corpus when none are. */
export function corpusRoots(paths: string[]): string[] {
	return paths.length ? paths : [DEFAULT_CORPUS];
}

export async function loadCorpus(paths: string[], options: LoadOptions = {}): Promise<Corpus> {
	const roots = corpusRoots(paths);
	const warnings: LoadWarning[] = [];
	const files = await walk(roots, warnings);
	const configs = new Map<string, CorpusConfig>();
	const configFor = async (root: string) => {
		if (!configs.has(root)) {
			const info = await stat(root);
			configs.set(root, loadConfig(info.isDirectory() ? root : dirname(root), options.defaults));
		}
		return configs.get(root)!;
	};
	const articles: Article[] = [];
	const sizes = options.onBytes ? await Promise.all(files.map(f => stat(f.raw).then(s => s.size, () => 0))) : [];
	const totalBytes = sizes.reduce((a, b) => a + b, 0);
	let doneBytes = 0;
	for (const [i, file] of files.entries()) {
		options.onProgress?.(i, files.length, file.path);
		const config = await configFor(file.root);
		const onBytes = options.onBytes && ((read: number) => options.onBytes!(doneBytes + read, totalBytes));
		const reused = options.reuse?.(file);
		if (reused) {
			pushAll(warnings, reused.warnings);
			for (const article of reused.articles) options.onArticle?.(article);
		}
		for (const article of reused?.articles ?? (await loadFile(file, config, options.maxBytes, warnings, {onArticle: options.onArticle, onBytes}))) articles.push(article);
		doneBytes += sizes[i] ?? 0;
		options.onBytes?.(doneBytes, totalBytes);
	}
	options.onProgress?.(files.length, files.length, '');
	return {name: roots.map(escapeUnsafe).join(' '), roots, articles, warnings};
}

export interface LoadFileHooks {
	onArticle?: (article: Article) => void;
	onBytes?: (read: number) => void;
}

export async function loadFile(
	file: FoundFile,
	config: CorpusConfig,
	maxBytes: number | undefined,
	warnings: LoadWarning[],
	hooks: LoadFileHooks = {},
): Promise<Article[]> {
	const limit = maxBytes ?? config.maxBytes ?? DEFAULT_MAX_BYTES;
	if (file.format === 'jsonl') {
		const streamed = await loadJsonLines(file, config, limit, warnings, hooks);
		if (streamed) return streamed;
	}
	const articles = await loadWholeFile(file, config, limit, warnings);
	if (hooks.onArticle) for (const article of articles) hooks.onArticle(article);
	return articles;
}

/**
 * JSON Lines, streamed: the size limit applies to each record, so a corpus of any size loads
 * without holding its text twice. Null when the file must be read whole (UTF-16, binary).
 */
async function loadJsonLines(file: FoundFile, config: CorpusConfig, limit: number, warnings: LoadWarning[], hooks: LoadFileHooks): Promise<Article[] | null> {
	const articles: Article[] = [];
	const recordWarnings: LoadWarning[] = [];
	let index = 0;
	const result = await readJsonLines(file.raw, {
		maxRecordBytes: limit,
		maxFileBytes: config.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES,
		maxRecords: config.maxRecords ?? DEFAULT_MAX_RECORDS,
		gzip: file.gzip,
		onBytes: hooks.onBytes,
		onEntry: entry => {
			const at = index++;
			if ('skipped' in entry) {
				recordWarnings.push({file: file.path, record: at, skipped: true, message: entry.skipped});
				return;
			}
			const article = finishArticle(entry, {file, format: 'jsonl', index: at, multi: true, config});
			if (!article.body) {
				recordWarnings.push({file: file.path, record: at, skipped: true, message: 'no article text found'});
				return;
			}
			articles.push(article);
			hooks.onArticle?.(article);
		},
	});
	if (result.fallback) return null;
	if (result.skipped) {
		warnings.push({file: file.path, skipped: true, message: result.skipped});
		return [];
	}
	// File-level warnings first, as the whole-file reader reports them.
	for (const message of result.warnings) warnings.push({file: file.path, skipped: false, message});
	pushAll(warnings, recordWarnings);
	return articles;
}

async function loadWholeFile(file: FoundFile, config: CorpusConfig, limit: number, warnings: LoadWarning[]): Promise<Article[]> {
	// Opened non-blocking and checked on the handle: a file swapped for a pipe cannot hang the load.
	const read = await readFileBytes(file.raw, limit);
	if ('skipped' in read) {
		warnings.push({file: file.path, skipped: true, message: read.skipped});
		return [];
	}
	const bytes = read.bytes;
	const decoded = decodeBytes(bytes, {maxBytes: limit, gzip: file.gzip});
	if ('skipped' in decoded) {
		warnings.push({file: file.path, skipped: true, message: decoded.skipped});
		return [];
	}
	const text = cleanText(decoded.text);
	const format = sniffFormat(file.format ?? 'text', text);
	const fileWarnings = [...decoded.warnings];

	let records: Array<ParsedRecord | {skipped: string}>;
	try {
		if (format === 'json' || format === 'jsonl') {
			const parsed = parseJsonFile(text, format);
			records = parsed.records;
			pushAll(fileWarnings, parsed.warnings);
		} else if (format === 'html') {
			// Loaded on the first HTML file: the DOM library costs startup time nothing else needs.
			const {parseHtml} = await import('./formats/html.js');
			records = [parseHtml(text)];
		} else if (format === 'markdown') {
			records = [parseMarkdown(text)];
		} else {
			records = [parseText(text)];
		}
	} catch (error) {
		// Parsers are written not to throw; this is the last line of defence for one bad file.
		warnings.push({file: file.path, skipped: true, message: `could not parse as ${format}: ${(error as Error).message}`});
		return [];
	}
	// A file that yields no record at all (invalid JSON) is skipped, and says why.
	const skippedWhole = records.length === 0;
	for (const message of fileWarnings) warnings.push({file: file.path, skipped: skippedWhole, message});
	if (skippedWhole && fileWarnings.length === 0) warnings.push({file: file.path, skipped: true, message: 'no article records found'});

	const maxRecords = config.maxRecords ?? DEFAULT_MAX_RECORDS;
	if (records.length > maxRecords) {
		warnings.push({file: file.path, skipped: false, message: `read the first ${maxRecords.toLocaleString('en-US')} of ${records.length.toLocaleString('en-US')} records: the limit per file (set maxRecords in presslens.json)`});
		records = records.slice(0, maxRecords);
	}
	const multi = format === 'json' || format === 'jsonl';
	const articles: Article[] = [];
	for (const [index, record] of records.entries()) {
		if ('skipped' in record) {
			warnings.push({file: file.path, record: index, skipped: true, message: record.skipped});
			continue;
		}
		const article = finishArticle(record, {file, format, index, multi, config});
		if (!article.body) {
			warnings.push({file: file.path, record: multi ? index : undefined, skipped: true, message: 'no article text found'});
			continue;
		}
		articles.push(article);
	}
	return articles;
}

/** Format by content where the extension is silent or wrong: front matter, HTML. */
function sniffFormat(format: ArticleFormat, text: string): ArticleFormat {
	if (format !== 'text') return format;
	const head = text.slice(0, 1024).trimStart();
	if (/^(?:---|\+\+\+)\s*\n/.test(head)) return 'markdown';
	if (/^(?:<!doctype html|<html[\s>]|<head[\s>])/i.test(head)) return 'html';
	return format;
}

interface FinishContext {
	file: FoundFile;
	format: ArticleFormat;
	index: number;
	multi: boolean;
	config: CorpusConfig;
}

const oneLine = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);

/** Normalises a parsed record's fields, fills the missing ones from URL, signatures and user config. */
export function finishArticle(record: ParsedRecord, ctx: FinishContext): Article {
	const {file, config} = ctx;
	const provenance = {...record.provenance};
	const warnings = [...record.warnings];

	const user: FileMetadata = {};
	for (const f of config.files) if (f.match(file.rel)) Object.assign(user, f.meta);
	const pick = (field: 'outlet' | 'url' | 'published' | 'title' | 'byline') => {
		if (user[field]) {
			provenance[field] = 'user';
			return user[field] as string;
		}
		return record[field] ?? null;
	};

	let url = oneLine(pick('url'));
	if (url && !/^https?:\/\//i.test(url)) {
		warnings.push(`ignored URL that is not http(s): ${url.slice(0, 80)}`);
		url = null;
		delete provenance.url;
	}

	let outlet = oneLine(pick('outlet'));
	if (!outlet && url) {
		outlet = outletFromUrl(url, config.outlets);
		if (outlet) provenance.outlet = 'url';
	}
	if (!outlet) {
		outlet = outletFromSignatures(record.boilerplate, config.outlets);
		if (outlet) provenance.outlet = 'signature';
		for (const slow of exhaustedPatterns(config.outlets)) {
			warnings.push(`${slow.where} took over ${PATTERN_BUDGET_MS / 1000} s in all and is no longer tried (simplify the pattern)`);
		}
	}
	if (!outlet) delete provenance.outlet;
	else if (Object.hasOwn(config.outletRename, outlet)) outlet = config.outletRename[outlet];

	const rawDate = pick('published');
	let published = normalizeDate(rawDate);
	if (rawDate && !published) warnings.push(`unrecognised or implausible date ${JSON.stringify(String(rawDate).slice(0, 40))}`);
	if (!published && url) {
		published = dateFromUrl(url);
		if (published) provenance.published = 'url';
	}
	if (!published) delete provenance.published;

	const title = oneLine(pick('title'));
	if (!title) delete provenance.title;
	const byline = oneLine(pick('byline'));
	if (!byline) delete provenance.byline;

	// Scrapers of every format leave page furniture in bodies ("READ MORE: …", "Advertisement").
	const paragraphs = record.paragraphs
		.map(p => stripNameCards(p.replace(/[ \t\f\v\u00a0]+/g, ' ')).trim())
		.filter(p => p && classifyNoise(p) !== 'drop');
	const body = paragraphs.join('\n\n');
	const id = ctx.multi ? `${file.rel}#${ctx.index + 1}` : file.rel;
	const hash = createHash('sha256').update(JSON.stringify([title, outlet, published, url, body])).digest('hex');
	const article: Article = {
		id,
		file: file.path,
		record: ctx.multi ? ctx.index + 1 : 0,
		format: ctx.format,
		outlet,
		url,
		published,
		title,
		byline,
		body,
		paragraphs,
		words: body ? body.split(/\s+/).length : 0,
		provenance,
		warnings,
		hash,
	};
	if (record.meta) article.meta = record.meta;
	const group = resolveGroup(config.groups, outlet, record.meta);
	if (group) article.group = group;
	// The paragraphs are the body cut at its blank lines; rebuilt when asked for instead of kept,
	// which halves the memory a large corpus's text takes.
	if (!paragraphs.some(p => p.includes('\n\n'))) deriveParagraphs(article);
	return article;
}

/** Outside finishArticle so that the getter's closure holds the article alone, not the parsed record. */
function deriveParagraphs(article: Article): void {
	Object.defineProperty(article, 'paragraphs', {get: () => (article.body ? article.body.split('\n\n') : []), enumerable: true, configurable: true});
}
