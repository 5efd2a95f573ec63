// What label reading knows of the corpus beyond one entity: the other entities' names (a phrase
// ending on one of them labels that one) and which word pairs the corpus writes as one compound
// noun ("real estate"), counted in the articles holding both words.
import type {Entity} from '../types.js';

export interface FramingContext {
	/** Is this lowercase name another entity's (the entity's own names are told apart by the caller)? */
	namesOther?: (lower: string) => boolean;
	compound?: (first: string, second: string) => boolean;
	/**
	 * A lowercase pair the corpus writes as a name of its own ("the tea party"): the first word is
	 * followed by the second in nearly all its uses. Such a description names itself, not the
	 * organisation before it.
	 */
	fixedName?: (first: string, second: string) => boolean;
}

/** Lowercase names and aliases of every entity but places (a place's name before a title is where someone is from). */
export function entityNames(entities: readonly Entity[]): Map<string, Set<string>> {
	const names = new Map<string, Set<string>>();
	for (const e of entities) addEntityNames(names, e);
	return names;
}

/** Files one entity's names in `names` (a table made a slice at a time in idle turns). */
export function addEntityNames(names: Map<string, Set<string>>, e: Entity): void {
	if (e.type === 'place') return;
	for (const n of [e.name, ...e.aliases]) {
		const lower = n.toLowerCase();
		let ids = names.get(lower);
		if (!ids) names.set(lower, (ids = new Set()));
		ids.add(e.id);
	}
}

/** The names that are some other entity's than `entity`'s. */
export function namesOtherThan(names: ReadonlyMap<string, ReadonlySet<string>>, entity: Entity): (lower: string) => boolean {
	return (lower) => {
		const ids = names.get(lower);
		return ids !== undefined && !ids.has(entity.id) && !(ids.size === 1 && entity.aliases.some((a) => a.toLowerCase() === lower));
	};
}

/** Least times the pair must be written together, and the share of the second word's uses it must be. */
const MIN_PAIRS = 3;
const MIN_SHARE = 0.5;
/** For a name of its own: the share of the first word's uses followed by the second. */
const FIXED_SHARE = 0.8;
/** Articles read per pair: enough to count a compound, bounded so a pair of common words stays cheap. */
const MAX_ARTICLES = 20;

/**
 * Compounds by corpus count: "a b" is one noun when, in the articles holding both words, b comes
 * right after a in at least half of its uses and at least three times. `articlesWith` gives the
 * articles (by number, ascending) whose bodies hold a word, `body` an article's body.
 */
export function corpusCompounds(articlesWith: (word: string) => ArrayLike<number> | null, body: (article: number) => string, byFirst = false): (first: string, second: string) => boolean {
	const known = new Map<string, boolean>();
	return (first, second) => {
		const key = `${first} ${second}`;
		let is = known.get(key);
		if (is === undefined) {
			is = count(first, second);
			known.set(key, is);
		}
		return is;
	};
	function count(first: string, second: string): boolean {
		if (byFirst) [first, second] = [second, first];
		const a = articlesWith(first);
		const b = articlesWith(second);
		if (!a || !b) return false;
		let pairs = 0;
		let uses = 0;
		let read = 0;
		// byFirst: the words were swapped above; the pair is read in its own order, the uses are the first word's.
		const pair = byFirst ? new RegExp(`\\b${escape(second)}[\\s-]+${escape(first)}s?\\b`, 'giu') : new RegExp(`\\b${escape(first)}[\\s-]+${escape(second)}s?\\b`, 'giu');
		const alone = new RegExp(`\\b${escape(second)}${byFirst ? '' : 's?'}\\b`, 'giu');
		for (let i = 0, j = 0; i < a.length && j < b.length && read < MAX_ARTICLES; ) {
			if (a[i] < b[j]) i++;
			else if (a[i] > b[j]) j++;
			else {
				const text = body(a[i]);
				pairs += text.match(pair)?.length ?? 0;
				uses += text.match(alone)?.length ?? 0;
				read++;
				i++;
				j++;
			}
		}
		return pairs >= MIN_PAIRS && pairs >= (byFirst ? FIXED_SHARE : MIN_SHARE) * uses;
	}
}

function escape(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
