// Short forms of people's names: a surname ("Biden", "al-Kaabi"), a given name or a family name
// written first ("Xi", "Vladimir"), and an epithet ("Crooked X", "Sleepy Y") mean the one full name
// they can mean: first in the same article, else in the corpus when the article names none of the
// candidates. Resolved per article, so "Hussein" can be two people in two articles; where several
// people fit and none dominates, the short form stays apart and says who it might be.
import {contentTokens, isAcronym, looksTransliterated, nameKey, translitKey} from '../names.js';
import type {CorpusFacts, NameNode} from './corpus.js';
import {isFirstName, knownEntity} from './typing.js';
import {ORG_HEADS, TITLES, lexiconTags} from './lexicon.js';

const NAME_TAG = /^(?:MaleName|FemaleName|FirstName|LastName|Person|ProperNoun)$/;
import type {GuardedUnion} from './union.js';

export interface ShortForms {
	/** Keys "name@@article" of short forms resolved in one article only (see keyFor in entities.ts). */
	perArticle: Set<string>;
	/** Node key → keys of the full names it might mean, for short forms left ambiguous. */
	ambiguous: Map<string, Set<string>>;
}

type Pick = {target: string} | {none: true} | {ambiguous: NameNode[]};

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function resolveShortForms(list: NameNode[], people: NameNode[], facts: CorpusFacts, union: GuardedUnion): ShortForms {
	const lastKey = (n: NameNode): {exact: string; skeleton: string} => {
		const words = facts.main(n).split(' ');
		const toks = contentTokens(facts.main(n));
		// The whole last word when it is hyphenated ("Ocasio-Cortez"), else the last name token.
		const last = /[-‐‑]/.test(words[words.length - 1]) && !/^(?:al|el)[-‐‑]/i.test(words[words.length - 1]) ? words[words.length - 1] : (toks[toks.length - 1] ?? '');
		return {exact: nameKey(last).replace(/^(?:al|el)\s/, ''), skeleton: translitKey(last)};
	};
	const byLast = new Map<string, NameNode[]>();
	const bySkeleton = new Map<string, NameNode[]>();
	const byFirst = new Map<string, NameNode[]>();
	// Targets are people named in full: not words of a headline before a surname ("How Trump",
	// "Texas Trump"), whose first word the lexicon knows as something other than a name.
	const fullName = (n: NameNode): boolean => {
		const tokens = contentTokens(facts.main(n));
		const [first, last] = [tokens[0], tokens[tokens.length - 1].toLowerCase()];
		// "Treasury Secretary" is an office, not a person.
		if (TITLES.has(last) || ORG_HEADS.has(last)) return false;
		return facts.strongPerson(n) || (!knownEntity(first) && lexiconTags(first.toLowerCase()).every((t) => NAME_TAG.test(t)));
	};
	for (const n of people) {
		if (!fullName(n)) continue;
		const {exact, skeleton} = lastKey(n);
		pushTo(byLast, exact, n);
		if (skeleton.length >= 3 && looksTransliterated(facts.main(n))) pushTo(bySkeleton, skeleton, n);
		pushTo(byFirst, nameKey(contentTokens(facts.main(n))[0]), n);
	}

	// The one person among candidates (in one article, or in the corpus): several people share the
	// surname, it means the one that dominates (three times the next).
	const pick = (self: string, cands: NameNode[] | undefined, article?: string): Pick => {
		const here = (cands ?? []).filter((c) => c.key !== self && (article === undefined || c.articles.has(article)));
		if (here.length === 0) return {none: true};
		const byRoot = new Map<string, {key: string; count: number}>();
		for (const c of here) {
			const r = union.find(c.key);
			const prev = byRoot.get(r);
			byRoot.set(r, {key: prev?.key ?? c.key, count: (prev?.count ?? 0) + (article === undefined ? c.count : (c.articles.get(article) ?? 0))});
		}
		if (byRoot.size === 1) return {target: here[0].key};
		const ranked = [...byRoot.values()].sort((x, y) => y.count - x.count);
		if (ranked[0].count >= 3 * ranked[1].count && ranked[0].count >= 3) return {target: ranked[0].key};
		return {ambiguous: here};
	};

	const perArticle = new Set<string>();
	const ambiguous = new Map<string, Set<string>>();
	for (const n of list) {
		const surface = facts.main(n);
		const tokens = contentTokens(surface);
		if (isAcronym(surface) && !/\p{Lu}{4}/u.test(surface)) continue;
		if (knownEntity(surface) || facts.isCompound(n.key)) continue;
		const t = facts.type(n);
		// Context votes ("according to al-Kaabi") are weak; a lexicon place or a named group is not a surname.
		if ((t === 'place' && (n.votes.place ?? 0) >= 3) || (t === 'organization' && (n.votes.person ?? 0) === 0)) continue;
		const epithet = tokens.length === 2 && facts.isEpithet(n);
		// A hyphenated surname alone ("Brandt-Ovey") is one word of a full name.
		const hyphenated = tokens.length >= 2 && !/\s/.test(surface) && !epithet;
		if (tokens.length !== 1 && !epithet && !hyphenated) continue;
		const word = hyphenated ? surface : tokens[tokens.length - 1];
		const exact = nameKey(word).replace(/^(?:al|el)\s/, '');
		// Spelling variants of a surname count only between transliterated names ("Al-Wali" / "al-Wala’i").
		const skeleton = looksTransliterated(surface) ? translitKey(word) : '\u0000';
		// A given name alone names a person only in an article that names them in full; a word that is
		// no given name ("Xi") may be a family name written first, and the corpus may say whose, as it
		// may for a given name under an epithet (a nickname of someone famous).
		const firstAnywhere = epithet || !isFirstName(word);
		const givenEpithet = epithet && isFirstName(word);
		// An organisation or a place that shares a surname ("Ford") is that person only where the article names them.
		const anywhere = !facts.strongThing(n);
		const candidates = new Set<string>();
		const resolved = new Map<string, string>();
		for (const article of n.articles.keys()) {
			let result: Pick = {none: true};
			const corpusWide: Array<() => Pick> = [
				() => (anywhere ? pick(n.key, byLast.get(exact)) : {none: true}),
				() => (anywhere ? pick(n.key, bySkeleton.get(skeleton)) : {none: true}),
				() => (anywhere && firstAnywhere ? pick(n.key, byFirst.get(exact)) : {none: true}),
			];
			// An epithet on a given name ("Crooked Ada") nicknames someone by that given name: across
			// the corpus, a person who has it as a given name comes before one who has it as a surname.
			if (givenEpithet) corpusWide.unshift(corpusWide.pop()!);
			const steps: Array<() => Pick> = [
				() => pick(n.key, byLast.get(exact), article),
				() => pick(n.key, bySkeleton.get(skeleton), article),
				() => pick(n.key, byFirst.get(exact), article),
				...corpusWide,
			];
			for (const step of steps) {
				result = step();
				if (!('none' in result)) break;
			}
			// Several people of that name in the article: the one the corpus names three times as often
			// as the others, else nobody.
			if ('ambiguous' in result) {
				const among = pick(n.key, result.ambiguous);
				if ('target' in among) result = among;
				else for (const c of result.ambiguous) candidates.add(union.find(c.key));
			}
			if ('target' in result) resolved.set(article, result.target);
		}
		const targets = new Set([...resolved.values()].map((k) => union.find(k)));
		if (targets.size === 1 && resolved.size === n.articles.size && union.join([...resolved.values()][0], n.key)) continue;
		for (const [article, target] of resolved) {
			const k = `${n.key}@@${article}`;
			if (union.join(target, k)) perArticle.add(k);
		}
		if (candidates.size >= 2) ambiguous.set(n.key, candidates);
	}
	return {perArticle, ambiguous};
}
