// Paragraph hygiene shared by the structured formats (Markdown, HTML, JSON).

// Terminal escape sequences and control characters are never article text; they would also
// reach the terminal if left in (DESIGN: article text is untrusted).
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]/g;

/** Anything the slow path would change: controls, unusual or repeated whitespace. */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200b\u2028-\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** One paragraph on one line: escapes and control characters removed, whitespace collapsed. */
export function normalizeParagraph(text: string): string {
	// One scan for the common clean case: large corpora hold millions of paragraphs.
	if (!UNUSUAL.test(text)) return text.trim();
	return text.replace(ANSI, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Minimum length for a repeated paragraph to count as a scrape duplicate rather than a refrain. */
const DUPLICATE_MIN_CHARS = 40;

/**
 * Normalises each paragraph, drops empty ones and drops exact repeats of long paragraphs
 * (scrapers often capture a lead twice: once as a teaser, once in the body).
 */
export function cleanParagraphs(paragraphs: Iterable<string>): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	for (const raw of paragraphs) {
		const p = normalizeParagraph(raw);
		if (!p) continue;
		if (p.length >= DUPLICATE_MIN_CHARS) {
			if (seen.has(p)) continue;
			seen.add(p);
		}
		out.push(p);
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
