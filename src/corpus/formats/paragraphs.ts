// Paragraph hygiene shared by the structured formats (Markdown, HTML, JSON).
import {createHash} from 'node:crypto';
import {cleanText} from '../../text/sanitize.js';

/**
 * Every character the project's sanitizer (cleanText) may change, and the whitespace collapsing
 * changes. Text decoded inside a format (JSON \u escapes, HTML character references, YAML quoted
 * escapes) was never seen by the loader's file-level cleaning, so paragraphs and fields get it here.
 * Surrogates are included so tag characters and lone halves take the careful path. The whole
 * \ufe00-\uffff block is listed rather than its few members (variation selectors, BOM, Hangul
 * half-width filler, interlinear annotations): irregexp scans the wider class about 3x faster.
 */
const UNUSUAL =
	/[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ud800-\udfff\ufe00-\uffff]| {2}/;

/** One paragraph on one line: sanitized (no controls, escapes, bidi overrides), whitespace collapsed. */
export function normalizeParagraph(text: string): string {
	// One scan for the common clean case: large corpora hold millions of paragraphs.
	if (!UNUSUAL.test(text)) return text.trim();
	return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Minimum length for a repeated paragraph to count as a scrape duplicate rather than a refrain. */
const DUPLICATE_MIN_CHARS = 40;

/**
 * Long paragraphs seen so far, for dropping exact repeats (scrapers often capture a lead twice:
 * once as a teaser, once in the body). Bucketed by length so that the common case hashes nothing
 * (on large corpora hashing every paragraph costs as much as parsing the JSON): the first
 * paragraph of a length is kept as it is; from the second on, that length's paragraphs are
 * known by a SHA-1 digest, so 100,000 paragraphs of one length cost 100,000 digests, not
 * 100,000² comparisons. (A Set of the strings themselves would not do: V8 hashes a string longer
 * than 16,383 characters by its length alone.)
 */
type Seen = Map<number, string | Set<string>>;

const digest = (p: string) => createHash('sha1').update(p).digest('base64');

/** Appends `p` unless it repeats a long paragraph already appended. */
function pushUnique(out: string[], seen: Seen, p: string): void {
	if (p.length >= DUPLICATE_MIN_CHARS) {
		const known = seen.get(p.length);
		if (known === undefined) {
			seen.set(p.length, p);
		} else if (typeof known === 'string') {
			if (known === p) return;
			seen.set(p.length, new Set([digest(known), digest(p)]));
		} else {
			const key = digest(p);
			if (known.has(key)) return;
			known.add(key);
		}
	}
	out.push(p);
}

/** Normalises each paragraph, drops empty ones and repeats of long ones. */
export function cleanParagraphs(paragraphs: Iterable<string>): string[] {
	const out: string[] = [];
	const seen: Seen = new Map();
	for (const raw of paragraphs) {
		const p = normalizeParagraph(raw);
		if (p) pushUnique(out, seen, p);
	}
	return out;
}

/** UNUSUAL without the line feed: a text whose lines need nothing but trimming. */
const UNUSUAL_BESIDES_NEWLINE =
	/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ud800-\udfff\ufe00-\uffff]| {2}/;

/** Paragraphs of plain text with one paragraph per line (blank lines between them or not). */
export function textParagraphs(text: string): string[] {
	// One scan of the whole text decides; clean texts (nearly all) skip per-line normalisation.
	if (UNUSUAL_BESIDES_NEWLINE.test(text)) return cleanParagraphs(text.split('\n'));
	const out: string[] = [];
	const seen: Seen = new Map();
	for (const line of text.split('\n')) {
		const p = line.trim();
		if (p) pushUnique(out, seen, p);
	}
	return out;
}

/** Case- and whitespace-insensitive key for comparing a heading with the title. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
	if (!a || !b) return false;
	const key = (s: string) => normalizeParagraph(s).toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
	return key(a) === key(b);
}

/** Removes a first paragraph that repeats the title (pages and Markdown files often start with it). */
export function dropLeadingTitle(paragraphs: string[], title: string | null | undefined): string[] {
	return paragraphs.length > 0 && sameText(paragraphs[0], title) ? paragraphs.slice(1) : paragraphs;
}

/** "By Jane Roe" / "By Jane Roe and Tom Poe": a short line naming the authors. */
const BY_LINE = /^[Bb][Yy]:?\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|[a-z]{1,3}|and|&))*(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]*)*)$/u;
/** Bylines sit at the top of a story. */
const BYLINE_WINDOW = 3;

/**
 * Moves a byline line near the top out of the body: the one naming `byline`, or any "By Name"
 * line when the metadata named nobody (its name is returned so the caller can use it).
 */
export function takeBylineLine(paragraphs: string[], byline: string | null): {paragraphs: string[]; line: string | null; name: string | null} {
	for (let i = 0; i < Math.min(BYLINE_WINDOW, paragraphs.length); i++) {
		const p = paragraphs[i];
		if (p.length > 100) continue;
		const m = BY_LINE.exec(p);
		const matches = byline ? sameText(p, byline) || (m !== null && sameText(m[1], byline)) : m !== null;
		if (matches) return {paragraphs: [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)], line: p, name: m ? m[1] : null};
	}
	return {paragraphs, line: null, name: null};
}
