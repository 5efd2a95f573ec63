// Light HTML handling for snippets embedded in other formats (JSON bodies, inline tags in
// Markdown). Full pages go through html.ts (a DOM + Readability); a snippet only needs its tags
// turned into paragraph breaks, and a DOM per JSON record would be far too slow on large corpora.

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ',
	ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
	bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™',
	deg: '°', middot: '·', bull: '•', prime: '′', Prime: '″', times: '×', euro: '€', pound: '£',
	yen: '¥', cent: '¢', sect: '§', para: '¶', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
	aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è',
	ograve: 'ò', auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ',
	Aacute: 'Á', Eacute: 'É', Oacute: 'Ó', Uacute: 'Ú', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));?/g;

function fromCodePoint(code: number): string | null {
	if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
	return String.fromCodePoint(code);
}

/** Decodes numeric and common named character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
		if (dec) return fromCodePoint(parseInt(dec, 10)) ?? whole;
		if (hex) return fromCodePoint(parseInt(hex, 16)) ?? whole;
		// Own keys only: "&constructor;" must not reach Object.prototype.
		return name && Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
	});
}

const BLOCK_TAGS =
	'p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|section|article|aside|header|footer|figure|figcaption|table|thead|tbody|tr|td|th|caption|main|nav|address';
const HTML_HINT = new RegExp(`<\\/?(?:${BLOCK_TAGS}|span|a|strong|em|b|i|u|img|font|sup|sub)\\b[^<>]*>`, 'i');
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^<>]*>`, 'gi');
const HAS_BLOCK_TAG = new RegExp(BLOCK_TAG.source, 'i');
const DROPPED_ELEMENTS = /<(script|style|noscript|template|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const ANY_TAG = /<\/?[A-Za-z][^<>]*>|<![A-Za-z][^<>]*>/g;

/** True when a string holds HTML markup (a scraper kept the tags) rather than plain text. */
export function looksLikeHtml(text: string): boolean {
	return text.includes('<') && HTML_HINT.test(text);
}

/** The text lines of an HTML snippet: each block element (p, li, h2, br, …) starts a new line. */
export function htmlSnippetLines(html: string): string[] {
	let text = html.replace(DROPPED_ELEMENTS, ' ').replace(COMMENT, ' ');
	// With block tags, source line breaks are only layout; text with inline tags alone keeps its lines.
	if (HAS_BLOCK_TAG.test(text)) text = text.replace(/\s+/g, ' ').replace(BLOCK_TAG, '\n');
	text = text.replace(ANY_TAG, '');
	return decodeEntities(text).split('\n');
}
