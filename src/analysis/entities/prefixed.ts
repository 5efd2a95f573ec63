// A person's full name with words glued before it: an epithet ("Crooked Ada Obi"), the tail of a
// title the mention step did not strip ("General Ada Obi" of "Attorney General", "State Ada Obi" of
// "Secretary of State"), or a headline's words ("United Nations Ada Obi"). Such a name is that
// person, never a second full name: the guard that keeps two people's full names apart must not
// see it as one, and the display name is the bare full name (see display.ts).
import {contentTokens, nameKey} from '../names.js';
import type {CorpusFacts, NameNode} from './corpus.js';
import {TITLES} from './lexicon.js';

/** Words a glued-on prefix may have: more, and the name is a phrase of its own. */
const MAX_PREFIX_WORDS = 3;

/**
 * Node key → key of the full name it ends with. The full name must be a person's (a given name
 * first), printed at least as often on its own; a prefix holding a given name is a longer name
 * ("Mary Anne Case" is not "Anne Case").
 */
export function prefixedNames(nodes: Map<string, NameNode>, facts: CorpusFacts): Map<string, string> {
	const out = new Map<string, string>();
	for (const n of nodes.values()) {
		if (facts.type(n) !== 'person') continue;
		const words = facts.main(n).split(/\s+/);
		if (words.length < 2) continue;
		// "New York Times Obi", "United Nations Ada Obi": a headline glues an organisation or a place,
		// named on its own more often than this name is, before a person's name (its first word may
		// pass for a given name: "United" of a titled "United States").
		const thingAt = (k: number): boolean => {
			const prefix = nodes.get(nameKey(words.slice(0, k).join(' ')));
			return prefix !== undefined && prefix !== n && (facts.type(prefix) === 'organization' || facts.type(prefix) === 'place') && prefix.count > n.count;
		};
		const things = new Set<number>();
		for (let k = 1; k <= Math.min(MAX_PREFIX_WORDS, words.length - 1); k++) if (thingAt(k)) things.add(k);
		for (let k = 1; k <= Math.min(MAX_PREFIX_WORDS, words.length - 1); k++) {
			// A title word is never a given name, though a corpus may have vouched for it as one
			// ("General" opens "General Ada Obi", which "Attorney" before it titles).
			const word = words[k - 1].replace(/[.,’']+$/u, '');
			if (facts.givenName(word) && !TITLES.has(word.toLowerCase()) && ![...things].some((t) => t >= k)) break;
			const rest = words.slice(k).join(' ');
			const target = nodes.get(nameKey(rest));
			if (!target || target === n || facts.type(target) !== 'person' || target.count < n.count) continue;
			const tokens = contentTokens(rest);
			// "Candidate Obi", "Republican Obi": ordinary words the corpus writes in lower case, before a
			// person's bare surname.
			const ordinary = words.slice(0, k).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && facts.commonWord(w) && !facts.givenName(w));
			const thing = things.has(k);
			const surname = tokens.length === 1 && facts.isSurname(tokens[0]);
			if (!((ordinary || thing) && (surname || tokens.length >= 2)) && (tokens.length < 2 || !facts.givenName(tokens[0]))) continue;
			out.set(n.key, target.key);
			break;
		}
	}
	return out;
}
