// HTML pages: metadata from <meta>/<link>/JSON-LD, the main text by Mozilla's Readability on a
// linkedom document, falling back to the page's <p> elements when Readability finds nothing.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {ParsedRecord} from '../record.js';
import type {ArticleField, Provenance} from '../types.js';
import {absoluteUrl, textOf} from './fields.js';
import {htmlSnippetLines} from './htmltext.js';
import {cleanParagraphs, dropLeadingTitle, normalizeParagraph, sameText, takeBylineLine} from './paragraphs.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'button', 'select', 'option', 'textarea', 'input', 'form', 'head', 'title', 'meta', 'link']);
/** Elements that end the paragraph before them and start a new one. */
const BLOCK = new Set([
	'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre',
	'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure', 'table', 'thead', 'tbody',
	'tfoot', 'tr', 'td', 'th', 'caption', 'address', 'hr', 'br', 'body', 'details', 'summary', 'center',
]);
/** Page chrome dropped before the <p> fallback (Readability does its own pruning). */
const CHROME = 'script, style, noscript, template, svg, nav, header, footer, aside, form, iframe';

/** Text of an element split at block boundaries; captions go to `captions`. */
function blockTexts(root: Node, captions: string[]): string[] {
	const paragraphs: string[] = [];
	let run = '';
	const flush = () => {
		if (run.trim()) paragraphs.push(run);
		run = '';
	};
	const walk = (node: Node) => {
		for (let child = node.firstChild; child; child = child.nextSibling) {
			if (child.nodeType === TEXT_NODE) {
				run += child.textContent ?? '';
			} else if (child.nodeType === ELEMENT_NODE) {
				const tag = (child as Element).localName.toLowerCase();
				if (SKIP.has(tag)) continue;
				if (tag === 'figcaption') {
					// Photo captions and credits: not the story, but kept as boilerplate lines.
					flush();
					captions.push(child.textContent ?? '');
				} else if (BLOCK.has(tag)) {
					flush();
					walk(child);
					flush();
				} else {
					walk(child);
				}
			}
		}
	};
	walk(root);
	flush();
	return paragraphs;
}

/**
 * linkedom builds the tree as written: without <html>/<body> (fragments, scraper dumps) it
 * has no usable body, which Readability requires. Rebuild such input into a full document.
 */
function wellFormed(doc: Document): boolean {
	const root = doc.documentElement;
	if (!root || root.localName.toLowerCase() !== 'html') return false;
	let body = false;
	for (const child of Array.from(root.children)) {
		const tag = child.localName.toLowerCase();
		if (tag === 'body') body = true;
		else if (tag !== 'head') return false;
	}
	return body;
}

function restructure(html: string): string {
	const s = html.replace(/<!doctype[^>]*>/gi, '').replace(/<\/?html\b[^>]*>/gi, '');
	const headEnd = /<\/head\s*>/i.exec(s);
	const head = headEnd ? s.slice(0, headEnd.index).replace(/<head\b[^>]*>/gi, '') : '';
	const body = (headEnd ? s.slice(headEnd.index + headEnd[0].length) : s).replace(/<\/?(?:body|head)\b[^>]*>/gi, '');
	return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

function parseDocument(html: string): Document {
	const first = parseHTML(html).document as unknown as Document;
	if (wellFormed(first)) return first;
	return parseHTML(restructure(html)).document as unknown as Document;
}

/** <meta> values by lower-cased property/name/itemprop; the first occurrence wins. */
function metaTags(doc: Document): Map<string, string> {
	const meta = new Map<string, string>();
	for (const el of Array.from(doc.querySelectorAll('meta'))) {
		const content = el.getAttribute('content')?.trim();
		if (!content) continue;
		for (const attr of ['property', 'name', 'itemprop']) {
			const key = el.getAttribute(attr)?.trim().toLowerCase();
			if (key && !meta.has(key)) meta.set(key, content);
		}
	}
	return meta;
}

/** All JSON-LD objects on the page, flattened (arrays and @graph). Broken blocks are ignored. */
function jsonLd(doc: Document): JsonObject[] {
	const out: JsonObject[] = [];
	const add = (v: Json, depth: number) => {
		if (depth > 3 || v == null || typeof v !== 'object') return;
		if (Array.isArray(v)) {
			for (const x of v) add(x, depth + 1);
			return;
		}
		out.push(v as JsonObject);
		if ((v as JsonObject)['@graph']) add((v as JsonObject)['@graph'], depth + 1);
	};
	for (const el of Array.from(doc.querySelectorAll('script'))) {
		if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
		const text = (el.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
		try {
			add(JSON.parse(text), 0);
		} catch {
			// Hand-written JSON-LD is often invalid; the page's other metadata still counts.
		}
	}
	return out;
}

const typesOf = (o: JsonObject) => [o['@type']].flat().filter((t): t is string => typeof t === 'string');
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/;

function linkedData(objects: JsonObject[]) {
	const article = objects.find(o => typesOf(o).some(t => ARTICLE_TYPE.test(t))) ?? objects.find(o => o.headline || o.datePublished);
	if (!article) return {};
	// A publisher given as {"@id": …} is described by another object of the graph.
	const resolve = (v: Json): Json => {
		const id = v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject)['@id'] : undefined;
		return typeof id === 'string' && Object.keys(v as JsonObject).length === 1 ? objects.find(o => o['@id'] === id) ?? v : v;
	};
	const authors = [article.author].flat().map(resolve);
	const page = article.mainEntityOfPage;
	return {
		headline: textOf(article.headline),
		published: textOf(article.datePublished) ?? textOf(article.dateCreated),
		publisher: textOf(resolve(article.publisher)),
		author: textOf(authors),
		url: absoluteUrl(textOf(article.url)) ?? absoluteUrl(typeof page === 'string' ? page : textOf((page as JsonObject | undefined)?.['@id'])),
	};
}

const TITLE_SEPARATOR = /\s+(?:[|\-–—:·»]|::)\s+/g;
const siteKey = (s: string) => s.replace(/^the\s+/i, '');

/** "Headline | Site" or "Site - Headline": the site part dropped when it is the site's name. */
export function stripSiteName(title: string, siteName: string | null): string {
	if (!siteName) return title;
	const seps = [...title.matchAll(TITLE_SEPARATOR)];
	if (seps.length === 0) return title;
	const last = seps[seps.length - 1];
	if (sameText(siteKey(title.slice(last.index + last[0].length)), siteKey(siteName))) return title.slice(0, last.index).trim();
	const first = seps[0];
	if (sameText(siteKey(title.slice(0, first.index)), siteKey(siteName))) return title.slice(first.index + first[0].length).trim();
	return title;
}

const firstOf = (...values: Array<string | null | undefined>) => values.map(v => (v ? normalizeParagraph(v) : '')).find(Boolean) ?? null;
const notUrl = (s: string | null | undefined) => (s && !/^(?:https?:)?\/\//i.test(s.trim()) ? s : null);
const stripBy = (s: string | null) => (s ? s.replace(/^by\s+/i, '').trim() || null : null);

const DATE_META = [
	'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
	'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created',
	'sailthru.date', 'parsely-pub-date', 'article.published', 'citation_publication_date', 'citation_date',
];
const AUTHOR_META = ['author', 'article:author', 'byline', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author'];

function canonicalUrl(doc: Document, meta: Map<string, string>, ld: {url?: string | null}): string | null {
	const og = absoluteUrl(meta.get('og:url'));
	for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
		if (!/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
		const href = link.getAttribute('href')!.trim();
		const direct = absoluteUrl(href);
		if (direct) return direct;
		// A site-relative canonical resolves against the page's own absolute address, when known.
		if (og && href.startsWith('/')) {
			try {
				return new URL(href, og).href;
			} catch {
				// fall through to og:url
			}
		}
	}
	return og ?? absoluteUrl(meta.get('twitter:url')) ?? ld.url ?? null;
}

function timeElement(doc: Document): string | null {
	const el = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('body time[datetime]');
	return el?.getAttribute('datetime')?.trim() || null;
}

/**
 * Readability's scoring walks ancestors for every candidate: on pathologically nested markup its
 * time grows steeply (1,000 unclosed divs took ~15 s), and on huge pages it runs for seconds
 * (20,000 elements: ~6 s). Such pages skip it and use the paragraph fallback.
 */
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 15_000;

/** Why the page is too complex for Readability, or null. */
function tooComplex(root: Element): string | null {
	const stack: Array<[Element, number]> = [[root, 1]];
	let count = 0;
	while (stack.length) {
		const [el, depth] = stack.pop()!;
		if (depth > MAX_READABILITY_DEPTH) return `markup nested more than ${MAX_READABILITY_DEPTH} levels deep`;
		if (++count > MAX_READABILITY_ELEMENTS) return `more than ${MAX_READABILITY_ELEMENTS} elements`;
		for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
	}
	return null;
}

function fallbackParagraphs(html: string, captions: string[]): string[] {
	const doc = parseDocument(html);
	for (const el of Array.from(doc.querySelectorAll(CHROME))) el.remove();
	const body = doc.body;
	if (!body) return [];
	const ps = Array.from(body.querySelectorAll('p')).filter(p => !p.parentElement?.closest('p'));
	if (ps.length) return ps.flatMap(p => blockTexts(p, captions));
	return blockTexts(body, captions);
}

function parsePage(html: string): ParsedRecord {
	const warnings: string[] = [];
	const provenance: Partial<Record<ArticleField, Provenance>> = {};
	const doc = parseDocument(html);
	const meta = metaTags(doc);
	const ld = linkedData(jsonLd(doc));
	const pageTitle = (doc.querySelector('head title') ?? doc.querySelector('title'))?.textContent ?? null;
	const timeAttr = timeElement(doc);

	let article: ReturnType<Readability<Node>['parse']> = null;
	const complexity = tooComplex(doc.documentElement);
	if (complexity) {
		warnings.push(`${complexity}; main-text extraction skipped`);
	} else {
		try {
			article = new Readability<Node>(doc, {serializer: node => node}).parse();
		} catch (error) {
			warnings.push(`main-text extraction failed (${(error as Error).message?.slice(0, 80)})`);
		}
	}

	const set = <T extends string | null>(field: ArticleField, value: T, source: Provenance): T => {
		if (value) provenance[field] = source;
		return value;
	};
	const siteMeta = firstOf(meta.get('og:site_name'), meta.get('application-name'), ld.publisher, meta.get('publisher'));
	const outlet = set('outlet', siteMeta ?? firstOf(article?.siteName), 'metadata');

	let title = firstOf(meta.get('og:title'), meta.get('twitter:title'), ld.headline, pageTitle);
	if (title) title = set('title', stripSiteName(title, outlet) || title, 'metadata');
	else title = set('title', firstOf(article?.title), 'inferred');

	let published = set('published', firstOf(meta.get('article:published_time'), ld.published, ...DATE_META.slice(1).map(k => meta.get(k))), 'metadata');
	if (!published) published = set('published', firstOf(timeAttr), 'inferred');

	const url = set('url', canonicalUrl(doc, meta, ld), 'metadata');

	let byline = set('byline', stripBy(firstOf(...AUTHOR_META.map(k => notUrl(meta.get(k))), ld.author)), 'metadata');
	if (!byline) byline = set('byline', stripBy(firstOf(article?.byline)), 'inferred');

	const captions: string[] = [];
	let paragraphs = article?.content ? cleanParagraphs(blockTexts(article.content, captions)) : [];
	if (paragraphs.length === 0) {
		paragraphs = cleanParagraphs(fallbackParagraphs(html, captions));
		if (paragraphs.length) warnings.push('main text not identified; body taken from the page\'s paragraphs');
	}
	paragraphs = dropLeadingTitle(paragraphs, title);
	const by = takeBylineLine(paragraphs, byline);
	paragraphs = by.paragraphs;
	if (!byline && by.name) byline = set('byline', by.name, 'inferred');
	const boilerplate = cleanParagraphs(by.line ? [by.line, ...captions] : captions);
	return {title, outlet, published, url, byline, provenance, paragraphs, boilerplate, warnings};
}

/** Parses an HTML page into a record. Never throws: a page the DOM cannot take is read as tagged text. */
export function parseHtml(html: string): ParsedRecord {
	try {
		return parsePage(html);
	} catch (error) {
		return {
			provenance: {},
			paragraphs: cleanParagraphs(htmlSnippetLines(html.replace(/<head\b[\s\S]*?<\/head\s*>/i, ' '))),
			boilerplate: [],
			warnings: [`HTML could not be parsed (${String((error as Error)?.message ?? error).slice(0, 80)}); text taken from between the tags`],
		};
	}
}
