// Markdown (or plain text) with a front-matter block: fields from the block, the body reduced to
// plain paragraphs. Markup is removed, never interpreted: links keep their text, images go.
import type {ParsedRecord} from '../record.js';
import type {ArticleField, Provenance} from '../types.js';
import {absoluteUrl, BYLINE_KEYS, DATE_KEYS, OUTLET_KEYS, TITLE_KEYS} from './fields.js';
import {splitFrontMatter, type FrontMatterValue} from './frontmatter.js';
import {decodeEntities} from './htmltext.js';
import {cleanParagraphs, dropLeadingTitle, normalizeParagraph, takeBylineLine} from './paragraphs.js';

// Escaped characters are parked in a private-use range so emphasis rules cannot touch them.
const PARK = 0xe000;
const park = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
const unpark = (s: string) => s.replace(/[\ue000-\ue07f]/g, c => String.fromCharCode(c.charCodeAt(0) - PARK));

/** Inline Markdown to plain text: links to their text, images and footnote marks removed. */
export function markdownInline(text: string): string {
	let s = park(text);
	s = s
		.replace(/!\[[^\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '')
		.replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
		.replace(/\[\^[^\]\s]+\]/g, '')
		.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<\/?[A-Za-z][^<>]*>/g, '')
		.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => code.trim())
		.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
		.replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2');
	return decodeEntities(unpark(s));
}

interface Blocks {
	paragraphs: string[];
	/** The first block's text when it is a level-1 heading (a title candidate). */
	leadingH1: string | null;
	footnotes: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]]+\]:\s*(.*)$/;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Block structure to paragraphs: headings, list items, quotes, table rows and code blocks each stand alone. */
export function markdownBlocks(markdown: string): Blocks {
	const lines = markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split('\n');
	const paragraphs: string[] = [];
	const footnotes: string[] = [];
	let leadingH1: string | null = null;
	let buffer: string[] = [];
	let fence: {marker: string; lines: string[]} | null = null;

	const flush = () => {
		if (buffer.length) paragraphs.push(markdownInline(buffer.join(' ')));
		buffer = [];
	};
	const heading = (text: string, level: number) => {
		const plain = markdownInline(text);
		if (level === 1 && paragraphs.length === 0 && !leadingH1) leadingH1 = plain;
		paragraphs.push(plain);
	};

	for (const raw of lines) {
		if (fence) {
			const close = FENCE.exec(raw);
			if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length && !raw.trim().slice(close[1].length).trim()) {
				// Code is kept as text (one paragraph, like every other block), never interpreted.
				paragraphs.push(fence.lines.join('\n'));
				fence = null;
			} else {
				fence.lines.push(raw);
			}
			continue;
		}
		const open = FENCE.exec(raw);
		if (open) {
			flush();
			fence = {marker: open[1], lines: []};
			continue;
		}
		// Quote markers go; the quoted text is still the article's (a quoted statement, a letter).
		const line = raw.replace(/^(?: {0,3}>[ \t]?)+/, '');
		if (!line.trim()) {
			flush();
			continue;
		}
		let m = ATX.exec(line);
		if (m) {
			flush();
			if (m[2]) heading(m[2], m[1].length);
			continue;
		}
		m = SETEXT.exec(line);
		if (m && buffer.length) {
			const text = buffer.join(' ');
			buffer = [];
			heading(text, m[1][0] === '=' ? 1 : 2);
			continue;
		}
		if (RULE.test(line)) {
			flush();
			continue;
		}
		m = FOOTNOTE_DEF.exec(line);
		if (m) {
			flush();
			footnotes.push(markdownInline(m[1]));
			continue;
		}
		if (LINK_DEF.test(line)) {
			flush();
			continue;
		}
		if (TABLE_ROW.test(line)) {
			flush();
			if (!TABLE_RULE.test(line)) {
				const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(c => markdownInline(c).trim()).filter(Boolean);
				if (cells.length) paragraphs.push(cells.join(' | '));
			}
			continue;
		}
		m = LIST_ITEM.exec(line);
		if (m && !RULE.test(line)) {
			flush();
			buffer.push(m[1]);
			continue;
		}
		buffer.push(line.trim());
	}
	if (fence) paragraphs.push(fence.lines.join('\n'));
	flush();
	return {paragraphs, leadingH1, footnotes};
}

/** URL fields in front matter; `permalink` is usually a site-relative path and is kept only when absolute. */
const URL_KEYS_MD = ['url', 'link', 'canonical', 'canonical_url', 'canonicalurl', 'source_url', 'original_url', 'permalink'];

function pick(data: Record<string, FrontMatterValue>, keys: string[], accept: (s: string) => string | null = s => s): string | null {
	for (const key of keys) {
		const v = data[key];
		const text = Array.isArray(v) ? v[0] : v;
		const value = text ? accept(normalizeParagraph(text)) : null;
		if (value) return value;
	}
	return null;
}

/** Parses a Markdown or text file with an optional front-matter block. Never throws. */
export function parseMarkdown(text: string): ParsedRecord {
	const warnings: string[] = [];
	const provenance: Partial<Record<ArticleField, Provenance>> = {};
	const {frontMatter, warning} = splitFrontMatter(text);
	if (warning) warnings.push(warning);
	const data = frontMatter?.data ?? {};
	const field = (name: ArticleField, value: string | null, source: Provenance = 'metadata') => {
		if (value) provenance[name] = source;
		return value;
	};
	let title = field('title', pick(data, TITLE_KEYS));
	const outlet = field('outlet', pick(data, OUTLET_KEYS, s => (absoluteUrl(s) ? null : s)));
	const published = field('published', pick(data, DATE_KEYS));
	const url = field('url', pick(data, URL_KEYS_MD, absoluteUrl));
	const authors = BYLINE_KEYS.map(k => data[k]).find(v => v && v.length);
	let byline = field('byline', authors ? normalizeParagraph(Array.isArray(authors) ? authors.join(', ') : authors) || null : null);

	const blocks = markdownBlocks(frontMatter ? frontMatter.body : text.replace(/\r\n?/g, '\n'));
	let paragraphs = cleanParagraphs(blocks.paragraphs);
	if (!title && blocks.leadingH1) {
		// A document's first level-1 heading is its title when the metadata names none.
		title = field('title', normalizeParagraph(blocks.leadingH1) || null, 'inferred');
	}
	paragraphs = dropLeadingTitle(paragraphs, title);
	const by = takeBylineLine(paragraphs, byline);
	paragraphs = by.paragraphs;
	if (!byline && by.name) byline = field('byline', by.name, 'inferred');
	return {
		title,
		outlet,
		published,
		url,
		byline,
		provenance,
		paragraphs,
		boilerplate: cleanParagraphs(by.line ? [by.line, ...blocks.footnotes] : blocks.footnotes),
		warnings,
	};
}
