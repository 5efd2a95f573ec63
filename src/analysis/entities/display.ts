// The name an entity is shown by: the most neutral full form among the surfaces merged into it.
// Counting alone would crown whatever a corpus repeats most, and partisan copy repeats epithets
// ("Crooked X") and transcripts shout names in capitals; a reader wants "given name + surname".
import type {EntityType} from '../types.js';
import {contentTokens, isAcronym} from '../names.js';

/** Capitals throughout, in a name of more than one letter per word ("JOHN SMITH", "SMITH"). */
export function isShouted(surface: string): boolean {
	return /\p{Lu}{2}/u.test(surface) && !/\p{Ll}/u.test(surface) && !isAcronym(surface);
}

/**
 * Ranks a surface form for display; lower is better. People: given name + surname first (so an
 * epithet, "adjective + name", loses to it however often it is repeated), then other full forms,
 * then shouted ones, then single words.
 */
function rank(surface: string, type: EntityType, givenName: (token: string) => boolean): number {
	const shouted = isShouted(surface);
	if (type !== 'person') return (isAcronym(surface) ? 2 : 0) + (shouted ? 1 : 0);
	const tokens = contentTokens(surface);
	if (tokens.length < 2) return shouted ? 5 : 4;
	if (shouted) return 3;
	return givenName(tokens[0]) ? 0 : 1;
}

/** A shouted name in the capitals prose gives it: "AL-MAYSANI" → "Al-Maysani", "ABU ALI" → "Abu Ali". */
export function foldShouted(surface: string): string {
	return surface.toLowerCase().replace(/(^|[\s\-‐‑’'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The display name among counted surfaces (each [surface, count]). A person only ever shouted (a
 * transcript's speaker labels) is shown folded to the capitals of prose.
 */
export function displayName(surfaces: Array<[string, number]>, type: EntityType, givenName: (token: string) => boolean): string {
	const best = bestSurface(surfaces, type, givenName);
	// "MAYSANI" has an acronym's shape, but a person's initials are short and have few vowels ("JFK", "AMZN").
	const shouted = isShouted(best) || (/^[\p{Lu}\s\-‐‑’']+$/u.test(best) && /\p{Lu}{4}/u.test(best) && (best.match(/[AEIOUY]/g) ?? []).length >= 2);
	return type === 'person' && shouted ? foldShouted(best) : best;
}

function bestSurface(surfaces: Array<[string, number]>, type: EntityType, givenName: (token: string) => boolean): string {
	let best = surfaces[0];
	let bestRank = Infinity;
	for (const entry of surfaces) {
		const r = rank(entry[0], type, givenName);
		if (r < bestRank || (r === bestRank && (entry[1] > best[1] || (entry[1] === best[1] && entry[0].length > best[0].length)))) {
			best = entry;
			bestRank = r;
		}
	}
	return best[0];
}
