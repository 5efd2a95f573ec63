// Field names that structured records (JSON, front matter) commonly use, in priority order.
// Keys are compared lower-cased, so "newsTitle" and "NewsTitle" are the same field.
import {sanitizeInline} from '../../text/sanitize.js';

export const BODY_KEYS = [
	'text', 'content', 'body', 'content_original', 'article', 'full_text', 'fulltext', 'maintext',
	'article_text', 'articlebody', 'content_text', 'content_html', 'body_text', 'newbody', 'newsbody',
];
export const TITLE_KEYS = ['title', 'headline', 'newstitle', 'news_title', 'article_title'];
export const OUTLET_KEYS = [
	'outlet', 'source', 'site', 'site_name', 'sitename', 'publisher', 'publication', 'newssource',
	'news_source', 'source_name',
];
export const DATE_KEYS = [
	'date', 'published', 'published_at', 'publish_date', 'pubdate', 'datepublished', 'date_published',
	'publishedat', 'date_publish', 'publication_date', 'created_at',
];
export const URL_KEYS = ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'newslink', 'news_link', 'article_url'];
export const BYLINE_KEYS = ['author', 'authors', 'byline', 'creator', 'writer'];

/** A URL usable as the article's address: absolute http(s) or protocol-relative, else null. */
export function absoluteUrl(value: string | null | undefined): string | null {
	const s = value?.trim();
	if (!s) return null;
	const candidate = s.startsWith('//') ? `https:${s}` : s;
	// Controls, bidi overrides and invisibles have no business in an address shown to a reader.
	if (!/^https?:\/\/\S+$/i.test(candidate) || /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/.test(candidate)) return null;
	try {
		return new URL(candidate).hostname.includes('.') ? candidate : null;
	} catch {
		return null;
	}
}

/**
 * The display string of a metadata value: strings as they are, numbers as text, objects by
 * their name (publisher {name}, WordPress {rendered}), lists joined with ", ".
 */
export function textOf(value: unknown, depth = 0): string | null {
	if (value == null || depth > 3) return null;
	if (typeof value === 'string') return value.trim() || null;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (Array.isArray(value)) {
		const parts = value.map(v => textOf(v, depth + 1)).filter((v): v is string => Boolean(v));
		return parts.length ? [...new Set(parts)].join(', ') : null;
	}
	if (typeof value === 'object') {
		const o = value as Record<string, unknown>;
		// "$date"/"$numberLong": MongoDB's extended JSON, as exported by many scraping pipelines.
		for (const key of ['name', 'title', 'rendered', 'value', 'text', '@value', '$date', '$numberLong']) {
			const t = textOf(o[key], depth + 1);
			if (t) return t;
		}
	}
	return null;
}

const KNOWN_KEYS = new Set([...BODY_KEYS, ...TITLE_KEYS, ...OUTLET_KEYS, ...DATE_KEYS, ...URL_KEYS, ...BYLINE_KEYS]);
/** Bounds on what a record may add as metadata: the fields are shown and saved, the text is hostile. */
const META_FIELDS = 32;
const META_KEY_CHARS = 64;
const META_VALUE_CHARS = 300;

/**
 * A record's other fields (topic, bias, a story id…), kept as text so users can group and filter
 * by them: the fields the loader reads itself are left out, and so are nested objects (the
 * articles of a container, whole sub-records); values are cleaned of controls and cut short.
 */
export function recordMeta(object: Record<string, unknown>): Record<string, string> {
	const meta: Record<string, string> = {};
	let count = 0;
	for (const [rawKey, value] of Object.entries(object)) {
		if (count >= META_FIELDS) break;
		if (KNOWN_KEYS.has(rawKey.toLowerCase())) continue;
		const scalar = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
		if (!(scalar(value) || (Array.isArray(value) && value.length <= META_FIELDS && value.every(scalar)))) continue;
		const key = sanitizeInline(rawKey).trim().slice(0, META_KEY_CHARS);
		const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
		const clean = sanitizeInline(text).replace(/\s+/g, ' ').trim();
		// "__proto__" as an own key would be lost (or worse) in a plain object.
		if (!key || key === '__proto__' || !clean || Object.hasOwn(meta, key)) continue;
		meta[key] = clean.length > META_VALUE_CHARS ? `${clean.slice(0, META_VALUE_CHARS - 1)}…` : clean;
		count++;
	}
	return meta;
}
