// Property tests: the loader's pure pipeline (bytes → text → format parser → Article) never throws
// on arbitrary input, and what it produces is safe to show and internally consistent.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {defaultConfig} from '../../src/corpus/config.js';
import {parseHtml} from '../../src/corpus/formats/html.js';
import {parseJsonFile} from '../../src/corpus/formats/json.js';
import {parseMarkdown} from '../../src/corpus/formats/markdown.js';
import {parseText} from '../../src/corpus/formats/text.js';
import {finishArticle} from '../../src/corpus/load.js';
import {decodeBytes} from '../../src/corpus/read.js';
import type {ParsedRecord} from '../../src/corpus/record.js';
import type {Article, ArticleFormat} from '../../src/corpus/types.js';
import {cleanText} from '../../src/text/sanitize.js';
import {anyText, jsonRecord, scrapedText} from '../properties/arbitraries.js';

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\ufeff]/;
const config = defaultConfig();

function finish(record: ParsedRecord, format: ArticleFormat, index = 0): Article {
	const multi = format === 'json' || format === 'jsonl';
	return finishArticle(record, {file: {path: `/c/x.${format}`, raw: Buffer.from(`/c/x.${format}`), rel: `x.${format}`, root: '/c', format, gzip: false}, format, index, multi, config});
}

/** What every Article must satisfy, whatever it was made from. */
function checkArticle(a: Article) {
	expect(a.body).toBe(a.paragraphs.join('\n\n'));
	for (const p of a.paragraphs) {
		expect(p.length).toBeGreaterThan(0);
		expect(p).toBe(p.trim());
	}
	expect(a.words).toBe(a.body ? a.body.split(/\s+/).length : 0);
	if (a.published !== null) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	if (a.url !== null) expect(a.url).toMatch(/^https?:\/\//i);
	for (const field of [a.title, a.outlet, a.byline, a.url]) {
		if (field !== null) {
			expect(field).not.toMatch(/\n/);
			expect(field).toBe(field.trim());
			expect(field.length).toBeGreaterThan(0);
		}
	}
	expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
}

/** Terminal safety of the fields: separate, so the loader gap (see hostile.test.ts) is isolated. */
function checkSafe(a: Article) {
	for (const field of [a.title, a.outlet, a.byline, a.url, a.body]) if (field) expect(field).not.toMatch(UNSAFE);
}

const RUNS = {numRuns: 2000};

describe('loader pipeline properties', () => {
	it('parseText never throws, and its article is consistent and safe', () => {
		fc.assert(
			fc.property(anyText, s => {
				const a = finish(parseText(cleanText(s)), 'text');
				checkArticle(a);
				checkSafe(a);
			}),
			RUNS,
		);
	});

	it('parseText invents no words: paragraphs come from the input', () => {
		fc.assert(
			fc.property(scrapedText, s => {
				const record = parseText(cleanText(s));
				// Every paragraph comes from the input: no invented words.
				const input = cleanText(s).replace(/\s+/g, ' ');
				for (const p of record.paragraphs) for (const w of p.split(/\s+/).slice(0, 3)) expect(input).toContain(w);
			}),
			RUNS,
		);
	});

	it('parseMarkdown never throws, and its article is consistent and safe', () => {
		const md = fc.oneof(
			anyText,
			fc.tuple(fc.string({maxLength: 40}), anyText).map(([fm, body]) => `---\ntitle: ${fm}\n---\n${body}`),
			fc.tuple(fc.string({unit: 'binary', maxLength: 30}), anyText).map(([t, body]) => `# ${t}\n\n${body}\n\n> quote\n\n- item\n\n\`\`\`\ncode`),
		);
		fc.assert(
			fc.property(md, s => {
				const a = finish(parseMarkdown(cleanText(s)), 'markdown');
				checkArticle(a);
			}),
			RUNS,
		);
	});

	it('parseJsonFile never throws on arbitrary text, and yields one entry per usable record', () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom('json' as const, 'jsonl' as const), (s, kind) => {
				const parsed = parseJsonFile(cleanText(s), kind);
				for (const r of parsed.records) if (!('skipped' in r)) checkArticle(finish(r, kind));
			}),
			RUNS,
		);
	});

	it('parseJsonFile loads every well-formed JSON Lines record with a body, whatever surrounds it', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(jsonRecord.map(r => JSON.stringify(r)), fc.string({maxLength: 30})), {maxLength: 8}), lines => {
				const parsed = parseJsonFile(cleanText(lines.join('\n')), 'jsonl');
				for (const [i, r] of parsed.records.entries()) if (!('skipped' in r)) checkArticle(finish(r, 'jsonl', i));
			}),
			RUNS,
		);
	});

	// An outlet or host named like an Object.prototype member must not find the prototype's.
	it('outlets and hosts named like Object.prototype members stay strings', () => {
		for (const [source, url] of [['constructor', null], ['__proto__', null], ['toString', null], [null, 'http://constructor/2023/story'], ['hasOwnProperty', 'https://valueof/x']]) {
			const parsed = parseJsonFile(JSON.stringify({title: 'Veltmoor bridge', source, url, text: 'The Veltmoor council said on Tuesday that the bridge would reopen in the spring of next year.'}), 'json');
			for (const r of parsed.records) if (!('skipped' in r)) checkArticle(finish(r, 'json'));
		}
	});

	// JSON \u escapes decode into control characters after the file text was cleaned: the JSON
	// parser sanitizes the fields and paragraphs it decodes.
	it('JSON records with control characters in their fields produce safe articles', () => {
		fc.assert(
			fc.property(jsonRecord, r => {
				const parsed = parseJsonFile(cleanText(JSON.stringify(r)), 'json');
				for (const [i, rec] of parsed.records.entries()) if (!('skipped' in rec)) checkSafe(finish(rec, 'json', i));
			}),
			RUNS,
		);
	});

	it('parseHtml never throws on arbitrary markup', () => {
		const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<title>', '</title>', '<!--', '-->', '<meta property="og:title" content="', '">', '<br>', '<article>', '&amp;', '&#x202e;', '&#27;', '<', '>', '"');
		const html = fc.array(fc.oneof(tag, scrapedText, fc.string({unit: 'binary', maxLength: 20})), {maxLength: 12}).map(p => p.join(''));
		fc.assert(
			fc.property(html, s => {
				checkArticle(finish(parseHtml(cleanText(s)), 'html'));
			}),
			{numRuns: 300},
		);
	});

	it('decodeBytes → cleanText → parseText never throws on arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 400}), bytes => {
				const decoded = decodeBytes(Buffer.from(bytes));
				if ('skipped' in decoded) return;
				const a = finish(parseText(cleanText(decoded.text)), 'text');
				checkArticle(a);
				checkSafe(a);
			}),
			RUNS,
		);
	});
});
