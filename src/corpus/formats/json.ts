// JSON and JSON Lines records with the field names scrapers and datasets commonly use.
// One file can hold many articles: one per line, an array, an array under a wrapper key
// ("articles", "items", …), or articles nested inside a container record (story roundups that
// hold one article per outlet). Each article becomes a ParsedRecord; each unusable record a
// {skipped} entry with its line or position, so one bad record never loses the others.
import type {ParsedFile, ParsedRecord} from '../record.js';
import type {ArticleField, Provenance} from '../types.js';
import {absoluteUrl, BODY_KEYS, BYLINE_KEYS, DATE_KEYS, OUTLET_KEYS, recordMeta, TITLE_KEYS, textOf, URL_KEYS} from './fields.js';
import {htmlSnippetLines, looksLikeHtml} from './htmltext.js';
import {cleanParagraphs, normalizeParagraph, takeBylineLine, textParagraphs} from './paragraphs.js';

export type JsonKind = 'json' | 'jsonl';

type Json = unknown;
type JsonObject = Record<string, Json>;
type Entry = ParsedRecord | {skipped: string};

/** Keys under which a top-level object holds its list of articles. */
const WRAPPER_KEYS = ['articles', 'items', 'data', 'records', 'results', 'entries', 'posts', 'stories', 'documents', 'docs'];
/** How deep to look for articles nested inside a container record. */
const NESTED_DEPTH = 4;

/** Fields a container passes down to the articles nested in it (a roundup's date, a feed's outlet). */
interface Inherited {
	outlet?: string;
	published?: string;
	/** The container's own extra fields (a roundup's story id, its topic): the article's win. */
	meta?: Record<string, string>;
}

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field lookup by lower-cased key, built once per object. */
function keyMap(o: JsonObject): Map<string, Json> {
	const m = new Map<string, Json>();
	for (const k of Object.keys(o)) {
		const lower = k.toLowerCase();
		if (!m.has(lower)) m.set(lower, o[k]);
	}
	return m;
}

function firstText(fields: Map<string, Json>, keys: string[], accept: (s: string) => string | null = s => s): string | null {
	for (const key of keys) {
		// Normalised here: JSON \u escapes can carry controls the loader's file-level cleaning never saw.
		const raw = textOf(fields.get(key));
		const text = raw && normalizeParagraph(raw);
		const value = text && accept(text);
		if (value) return value;
	}
	return null;
}

/** Paragraphs of a body field: a string (plain or HTML), a list of strings, or an object holding the text. */
function bodyParagraphs(value: Json, depth = 0): string[] {
	if (typeof value === 'string') return looksLikeHtml(value) ? cleanParagraphs(htmlSnippetLines(value)) : textParagraphs(value);
	if (Array.isArray(value)) {
		const strings = value.filter((v): v is string => typeof v === 'string');
		if (strings.some(looksLikeHtml)) return cleanParagraphs(strings.flatMap(s => (looksLikeHtml(s) ? htmlSnippetLines(s) : s.split('\n'))));
		return textParagraphs(strings.join('\n'));
	}
	if (isObject(value) && depth < 2) {
		// WordPress-style {rendered: "<p>…"} and similar wrappers around the text.
		for (const key of ['rendered', 'text', 'value', 'html', 'body', 'content']) {
			const paragraphs = bodyParagraphs(value[key], depth + 1);
			if (paragraphs.length) return paragraphs;
		}
	}
	return [];
}

function bodyOf(fields: Map<string, Json>): string[] {
	for (const key of BODY_KEYS) {
		const value = fields.get(key);
		if (value == null) continue;
		const paragraphs = bodyParagraphs(value);
		if (paragraphs.length) return paragraphs;
	}
	return [];
}

/** An outlet name; a URL in an outlet field names no outlet (the loader resolves URLs itself). */
const outletName = (s: string) => (/^(?:https?:)?\/\//i.test(s) ? null : s);

function buildRecord(object: JsonObject, fields: Map<string, Json>, inherited: Inherited): ParsedRecord | null {
	let paragraphs = bodyOf(fields);
	if (paragraphs.length === 0) return null;
	const provenance: Partial<Record<ArticleField, Provenance>> = {};
	const note = <T extends string | null>(field: ArticleField, value: T, source: Provenance = 'metadata'): T => {
		if (value) provenance[field] = source;
		return value;
	};
	const title = note('title', firstText(fields, TITLE_KEYS));
	let outlet = note('outlet', firstText(fields, OUTLET_KEYS, outletName));
	if (!outlet && inherited.outlet) outlet = note('outlet', inherited.outlet, 'inferred');
	let published = note('published', firstText(fields, DATE_KEYS));
	if (!published && inherited.published) published = note('published', inherited.published, 'inferred');
	const url = note('url', firstText(fields, URL_KEYS, absoluteUrl));
	let byline = note('byline', firstText(fields, BYLINE_KEYS));
	const by = takeBylineLine(paragraphs, byline);
	if (by.line) {
		paragraphs = by.paragraphs;
		if (!byline && by.name) byline = note('byline', by.name, 'inferred');
	}
	if (paragraphs.length === 0) return null;
	const record: ParsedRecord = {title, outlet, published, url, byline, provenance, paragraphs, boilerplate: by.line ? [by.line] : [], warnings: []};
	const meta = {...inherited.meta, ...recordMeta(object)};
	if (Object.keys(meta).length > 0) record.meta = meta;
	return record;
}

/** Article-like objects nested in a container's values (not in its body fields), depth-first in key order. */
function nestedArticles(value: Json, depth: number, out: Array<[JsonObject, Map<string, Json>]>): void {
	if (depth > NESTED_DEPTH) return;
	if (Array.isArray(value)) {
		for (const v of value) nestedArticles(v, depth + 1, out);
		return;
	}
	if (!isObject(value)) return;
	const fields = keyMap(value);
	if (depth > 0 && bodyOf(fields).length > 0) {
		out.push([value, fields]);
		return;
	}
	for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) nestedArticles(v, depth + 1, out);
}

function describe(v: Json): string {
	return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** One record (or container of records) at `label` ("line 3", "record 2"). */
function emit(value: Json, label: string, inherited: Inherited, out: Entry[]): void {
	if (!isObject(value)) {
		out.push({skipped: `${label}: not an object (${describe(value)})`});
		return;
	}
	const fields = keyMap(value);
	const record = buildRecord(value, fields, inherited);
	if (record) {
		out.push(record);
		return;
	}
	const nested: Array<[JsonObject, Map<string, Json>]> = [];
	nestedArticles(value, 0, nested);
	const passDown: Inherited = {
		outlet: firstText(fields, OUTLET_KEYS, outletName) ?? inherited.outlet,
		published: firstText(fields, DATE_KEYS) ?? inherited.published,
		meta: {...inherited.meta, ...recordMeta(value)},
	};
	const before = out.length;
	for (const [object, child] of nested) {
		const record = buildRecord(object, child, passDown);
		if (record) out.push(record);
	}
	if (out.length === before) out.push({skipped: `${label}: no body text`});
}

/** A parsed top-level JSON value: an array of records, a wrapper object, or one record. */
function emitTop(value: Json, out: Entry[]): void {
	if (Array.isArray(value)) {
		value.forEach((v, i) => emit(v, `record ${i + 1}`, {}, out));
		return;
	}
	if (isObject(value)) {
		const fields = keyMap(value);
		const key = WRAPPER_KEYS.find(k => Array.isArray(fields.get(k)));
		if (key && bodyOf(fields).length === 0) {
			const inherited: Inherited = {
				outlet: firstText(fields, OUTLET_KEYS, outletName) ?? undefined,
				published: firstText(fields, DATE_KEYS) ?? undefined,
			};
			(fields.get(key) as Json[]).forEach((v, i) => emit(v, `record ${i + 1}`, inherited, out));
			return;
		}
	}
	emit(value, 'record 1', {}, out);
}

function errorText(e: unknown): string {
	return (e instanceof Error ? e.message : String(e)).slice(0, 120);
}

function parseLines(text: string, out: Entry[]): void {
	let start = 0;
	let lineNo = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		lineNo++;
		const line = text.slice(start, end).trim();
		start = end + 1;
		if (!line) continue;
		let value: Json;
		try {
			value = JSON.parse(line);
		} catch (e) {
			out.push({skipped: `line ${lineNo}: invalid JSON (${errorText(e)})`});
			continue;
		}
		if (Array.isArray(value)) value.forEach((v, i) => emit(v, `line ${lineNo} item ${i + 1}`, {}, out));
		else emit(value, `line ${lineNo}`, {}, out);
	}
}

/** Several lines that each open an object: JSON Lines saved under a .json name. */
const LOOKS_LIKE_LINES = /^\s*\{[^\n]*\}\s*\r?\n\s*\{/;

/**
 * Parses a JSON (`kind: 'json'`) or JSON Lines (`kind: 'jsonl'`) file into article records.
 * Never throws: unusable records become `{skipped: reason}` entries, file-level problems warnings.
 */
export function parseJsonFile(text: string, kind: JsonKind): ParsedFile {
	const records: Entry[] = [];
	const warnings: string[] = [];
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (kind === 'jsonl') {
		parseLines(body, records);
		return {records, warnings};
	}
	let value: Json;
	try {
		value = JSON.parse(body);
	} catch (e) {
		if (LOOKS_LIKE_LINES.test(body)) {
			warnings.push('file holds JSON Lines (one object per line), read as such');
			parseLines(body, records);
		} else {
			warnings.push(`invalid JSON (${errorText(e)})`);
		}
		return {records, warnings};
	}
	emitTop(value, records);
	return {records, warnings};
}
