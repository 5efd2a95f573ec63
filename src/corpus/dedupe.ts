// Near-duplicate detection between text blocks by word shingles, so a body scraped twice
// (once run-on, once in paragraphs) is kept once.

/** Lowercased word tokens, with punctuation and glued sentence joins ("warned.“American") split. */
export function tokens(text: string): string[] {
	return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function shingles(text: string, size = 4): Set<string> {
	const words = tokens(text);
	const out = new Set<string>();
	for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
	if (words.length > 0 && words.length < size) out.add(words.join(' '));
	return out;
}

/** Share of a's shingles that also occur in b (0 when a has none). */
export function containment(a: Set<string>, b: Set<string>): number {
	if (a.size === 0) return 0;
	let hit = 0;
	for (const s of a) if (b.has(s)) hit++;
	return hit / a.size;
}
