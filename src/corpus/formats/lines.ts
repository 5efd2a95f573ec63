// Classification of single lines in scraped plain text: what is boilerplate, what is prose.
// Scrapers flatten a whole page into lines; these tests tell the article from the page around it.

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
/** Image or link URLs fused with the next element's text ("…jpgSputnik International"). */
const URL_START = /^https?:\/\/\S{8,}/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const PHONE = /^\+?[\d\s().-]{7,20}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;
const BARE_NUMBER = /^[\d\s.,:/-]+$/;
const LOCALE = /^[a-z]{2}[_-][A-Z]{2}$/;
const ELLIPSIS = /(?:\.\.\.|…)/;

/** Widget lines after which a page holds only reader comments. */
const COMMENT_MARKERS = [
	/^notify of$/i,
	/^newest\s+most voted$/i,
	/^(?:oldest|newest|most voted)$/i,
	/^inline feedbacks$/i,
	/^view all comments$/i,
	/^leave a (?:reply|comment)$/i,
	/^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$/i,
	/^(?:show|load|view|read)\s+(?:more\s+)?comments$/i,
	/^(?:log|sign) in to (?:comment|reply)$/i,
	/^join the (?:discussion|conversation)$/i,
	/^this (?:entry|article) has \d+ comments?$/i,
];

/** Page furniture that is never article text. */
const FURNITURE = [
	/^click (?:here )?to (?:see|view|enlarge|open)\b.*\b(?:image|photo|picture|gallery|video)\b.*$/i,
	/^(?:share|tweet|email|print|save)(?: (?:this|on \w+))?$/i,
	/^(?:share on|follow us on|subscribe to|sign up for|download (?:our|the) app)\b.{0,80}$/i,
	/^(?:read more|related(?: stories| articles| coverage| content)?|see also|more on this|recommended|advertisement|sponsored(?: content)?)(?:\s*:.{0,120})?$/i,
	/^(?:photo|image|picture|video|source|credit)s?\s*:.{0,160}$/i,
	/^[Ss]upport \p{Lu}[\p{L}\p{N}.&' -]{0,40}$/u,
	/^(?:©|\(c\)|copyright\b).{0,120}$/i,
	/^all rights reserved\.?$/i,
	/^last edited .{0,60}$/i,
	/^tags?\s*:.{0,300}$/i,
];

/** A trailing photo credit marks an image caption: "… this year (Getty Images)". */
const CAPTION = /\((?:[\w .&/-]{0,30}(?:Getty Images|Reuters|AFP|AP Photo|AP|EPA|Shutterstock|Xinhua|Anadolu|file photo|photo|image|archive)[\w .&/-]{0,30})\)\s*$/i;

/** A footnote line ("* A terrorist group outlawed …"): a publisher's legal note, not the story. */
const FOOTNOTE = /^\*{1,3}\s*\S.{0,240}$/;

/** A leading timestamp glued to the first paragraph: "18:53 GMT 10.12.2021 (Updated: …) ". */
const LEADING_STAMP =
	/^\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AP]M|[+-]\d{2}:?\d{2}))?\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*\([^)]{0,60}\))?\s+(?=\S)/i;

/** "By Jane Roe", "By Staff, Agencies", "By Ann Lee and Bo Park": capitalised words only, so "By Tuesday night …" is text. */
export const BYLINE = /^By\s+(\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}'’.-]*){0,6})$/u;

export function isCommentMarker(line: string): boolean {
	return COMMENT_MARKERS.some(re => re.test(line));
}

export function stripLeadingStamp(line: string): {line: string; stamp: string | null} {
	const m = LEADING_STAMP.exec(line);
	return m ? {line: line.slice(m[0].length), stamp: m[0].trim()} : {line, stamp: null};
}

export function wordCount(line: string): number {
	return line.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Lines that never belong to a body. 'meta' (URLs, addresses, timestamps, tags) marks page
 * metadata and ends a block of running text; 'drop' (captions, banners, bylines, footnotes) is
 * furniture inside the article that is removed without splitting it.
 */
export function classifyNoise(line: string): 'meta' | 'drop' | null {
	const s = line.trim();
	if (!s) return null;
	if (URL_ONLY.test(s) || URL_START.test(s) || EMAIL.test(s) || ISO_TIME.test(s) || LOCALE.test(s)) return 'meta';
	if (BARE_NUMBER.test(s) && (PHONE.test(s) || s.length <= 12)) return 'meta';
	// Tags: lowercase words, alone or in a comma list ("iraq", "america, iraqi popular mobilization forces").
	if (/^[\p{Ll}\d][\p{Ll}\d' -]*(?:,\s*[\p{Ll}\d][\p{Ll}\d' -]*)*$/u.test(s) && !/[.!?]$/.test(s)) return 'meta';
	if (FURNITURE.some(re => re.test(s)) || FOOTNOTE.test(s) || CAPTION.test(s) || BYLINE.test(s)) return 'drop';
	return null;
}

export const isNoise = (line: string): boolean => classifyNoise(line) !== null;

export const isTimestampLine = (line: string): boolean => ISO_TIME.test(line.trim());

/** Running text: enough words to be a sentence, with sentence punctuation or length. */
export function isProse(line: string): boolean {
	// Headlines can be long, but they do not end like sentences.
	const words = wordCount(line);
	if (words >= 30) return true;
	if (words < 6) return false;
	if (/[.!?…"”’:;,)]\s*$/.test(line)) return true;
	// A full stop inside ("… forces. The …"), but not an abbreviation ("U.S. Regardless"), in a
	// line that is not Title Cased As Headlines Are.
	return /[\p{Ll}\d]{2}[.!?]["”’]?\s/u.test(line) && !isTitleCase(line);
}

/** Most longer words capitalised, as in English headlines. */
export function isTitleCase(line: string): boolean {
	const long = line.split(/\s+/).filter(w => /^["“‘'(]?\p{L}{4,}/u.test(w));
	if (long.length < 3) return false;
	const capital = long.filter(w => /^["“‘'(]?\p{Lu}/u.test(w)).length;
	return capital / long.length >= 0.7;
}

/** A short line that may be a headline or subheading: capitalised, no closing full stop. */
export function isHeadingLike(line: string): boolean {
	const s = line.trim();
	const words = wordCount(s);
	return words >= 1 && words <= 30 && s.length <= 250 && /^[\p{Lu}\p{N}"“‘'«(\p{Lo}]/u.test(s) && !/[.,;]$/.test(s);
}

/** A truncated teaser ("… the US military role in Iraq... 10.12.2021, Sputnik"): the part before the ellipsis. */
export function teaserHead(line: string): string | null {
	const m = ELLIPSIS.exec(line);
	return m && m.index >= 40 ? line.slice(0, m.index) : null;
}
