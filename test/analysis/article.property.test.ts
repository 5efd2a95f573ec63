// Property tests for the analysis on arbitrary and news-shaped text: it never throws, is pure, and
// every offset it reports points at the text it claims (mentions, quotes, renderings, entity spans).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyzeArticle} from '../../src/analysis/article.js';
import type {Article} from '../../src/corpus/types.js';
import {buildIndex} from '../../src/index/build.js';
import {cleanText} from '../../src/text/sanitize.js';
import {anyText, newsBody, sentence} from '../properties/arbitraries.js';
import {makeArticle} from '../fixtures/article.js';

let serial = 0;
/** An Article as the loader makes it: clean paragraphs joined by blank lines. */
function article(body: string, title: string | null, outlet: string | null = null): Article {
	const paragraphs = cleanText(body)
		.split(/\n\s*\n/)
		.map(p => p.replace(/[ \t]+/g, ' ').trim())
		.filter(Boolean);
	const text = paragraphs.join('\n\n');
	const id = `a${serial++}.txt`;
	return makeArticle({
		id, body: text, file: id, outlet, published: '2023-03-14',
		title: title === null ? null : cleanText(title).replace(/\s+/g, ' ').trim() || null,
		paragraphs, words: text ? text.split(/\s+/).length : 0, hash: String(serial),
	});
}

const title = fc.oneof(fc.constant(null), sentence, fc.string({unit: 'grapheme', maxLength: 30}));
const anArticle = fc.tuple(fc.oneof({weight: 3, arbitrary: newsBody}, {weight: 1, arbitrary: anyText}), title).map(([b, t]) => article(b, t));

function checkSpan(text: string, start: number, end: number, claimed: string, what: string) {
	expect(Number.isInteger(start) && Number.isInteger(end), what).toBe(true);
	expect(start, what).toBeGreaterThanOrEqual(0);
	expect(end, what).toBeLessThanOrEqual(text.length);
	expect(start, what).toBeLessThan(end);
	expect(text.slice(start, end), what).toBe(claimed);
}

describe('analyzeArticle properties', () => {
	it('never throws; every mention and quote offset points at its text', () => {
		fc.assert(
			fc.property(anArticle, a => {
				const result = analyzeArticle(a);
				expect(result.article).toBe(a.id);
				for (const m of result.mentions.mentions) {
					const field = m.field === 'title' ? (a.title ?? '') : a.body;
					checkSpan(field, m.start, m.end, m.text, `mention ${JSON.stringify(m)}`);
					expect(m.name.length, JSON.stringify(m)).toBeGreaterThan(0);
				}
				for (const q of result.quotes) checkSpan(a.body, q.start, q.end, q.text, `quote ${JSON.stringify(q)}`);
			}),
			{numRuns: 1000},
		);
	});

	it('is pure and serialisable: the same result twice, and through JSON', () => {
		fc.assert(
			fc.property(anArticle, a => {
				const first = analyzeArticle(a);
				const second = analyzeArticle(structuredClone(a));
				expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(second)));
				expect(JSON.parse(JSON.stringify(first))).toEqual(first);
			}),
			{numRuns: 300},
		);
	});
});

describe('corpus index properties', () => {
	const outlet = fc.constantFrom('Veltmoor Courier', 'Lund Herald', null, 'Courier');
	const corpus = fc.array(fc.tuple(newsBody, title, outlet), {minLength: 1, maxLength: 4}).map(items => {
		const articles = items.map(([b, t, o]) => article(b, t, o));
		return {name: 'prop', roots: ['prop'], articles, warnings: []};
	});

	it('never throws; every entity span and statement rendering lies inside its article', () => {
		fc.assert(
			fc.property(corpus, c => {
				const index = buildIndex(c);
				const byId = new Map(c.articles.map(a => [a.id, a]));
				for (const e of index.entities) {
					expect(e.aliases).toContain(e.name);
					for (const span of e.spans) {
						const a = byId.get(span.article);
						expect(a, `entity ${e.id} span in unknown article ${span.article}`).toBeDefined();
						const field = span.field === 'title' ? (a!.title ?? '') : a!.body;
						checkSpan(field, span.start, span.end, span.text, `entity ${e.name} span ${JSON.stringify(span)}`);
					}
					for (const [id, count] of Object.entries(e.mentions)) {
						expect(byId.has(id)).toBe(true);
						expect(count).toBeGreaterThan(0);
					}
				}
				const entityIds = new Set(index.entities.map(e => e.id));
				for (const s of index.statements) {
					expect(s.renderings.length).toBeGreaterThan(0);
					if (s.speaker !== null) expect(entityIds.has(s.speaker), `speaker ${s.speaker}`).toBe(true);
					for (const r of s.renderings) {
						const a = byId.get(r.article);
						expect(a, `rendering in unknown article ${r.article}`).toBeDefined();
						checkSpan(a!.body, r.start, r.end, r.text, `rendering ${JSON.stringify(r)}`);
						if (r.speaker !== null) expect(entityIds.has(r.speaker), `rendering speaker ${r.speaker}`).toBe(true);
					}
				}
			}),
			{numRuns: 250},
		);
	});
});
