// Field names that structured records (JSON, front matter) commonly use, in priority order.
// Keys are compared lower-cased, so "newsTitle" and "NewsTitle" are the same field.

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
