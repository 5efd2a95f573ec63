// Short forms of people's names: a surname ("Biden", "al-Kaabi"), a given name or a family name
// written first ("Xi", "Vladimir"), and an epithet ("Crooked X", "Sleepy Y") mean the one full name
// they can mean: first in the same article, else in the corpus when the article names none of the
// candidates. Resolved per article, so "Hussein" can be two people in two articles; where several
// people fit and none dominates, the short form stays apart and says who it might be.
import {contentTokens, isAcronym, looksTransliterated, nameKey, sameNameKey, skeletonKey, translitKey} from '../names.js';
import {sameTokenKey, skeletonOfToken, translitToken} from './transliteration.js';
import type {CorpusFacts, NameNode} from './corpus.js';
import {isFirstName, knownEntity} from './typing.js';
import {ORG_HEADS, TITLES, lexiconTags} from './lexicon.js';

const NAME_TAG = /^(?:MaleName|FemaleName|FirstName|LastName|Person|ProperNoun)$/;
import type {GuardedUnion} from './union.js';

/** One mention of an article, as the short forms read it: its node key and where it is printed. */
export interface PlacedMention {
	key: string;
	/** Offset in the body; -1 for the title (it comes before the whole body). */
	start: number;
}

/** A descriptor of a name in the body ("the spokesman of the X movement"): the name's key and where the label stands. */
export interface PlacedLabel {
	key: string;
	start: number;
	end: number;
}

/** An article's mentions in body order (title first), its body and its labels, for positions of short forms. */
export type ArticleMentionsOf = (article: string) => {mentions: PlacedMention[]; body: string; labels: PlacedLabel[]};

export interface ShortForms {
	/** Keys "name@@article" of short forms resolved in one article only (see keyFor in entities.ts). */
	perArticle: Set<string>;
	/**
	 * "name@@article" → body offset → key: a surname several people named here share, resolved
	 * mention by mention (the key is joined to the person meant there).
	 */
	perMention: Map<string, Map<number, string>>;
	/** Node key → keys of the full names it might mean, for short forms left ambiguous. */
	ambiguous: Map<string, Set<string>>;
}

/** `among`: the several people the target was chosen from (it dominates them). */
type Pick = {target: string; among?: NameNode[]} | {none: true} | {ambiguous: NameNode[]};

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function resolveShortForms(list: NameNode[], people: NameNode[], facts: CorpusFacts, union: GuardedUnion, mentionsOf?: ArticleMentionsOf): ShortForms {
	// The whole last word when it is hyphenated ("Ocasio-Cortez"), else the last name token.
	const lastWords = new Map<NameNode, string>();
	const lastWord = (n: NameNode): string => {
		let last = lastWords.get(n);
		if (last === undefined) {
			const words = facts.main(n).split(' ');
			const toks = contentTokens(facts.main(n));
			last = /[-‐‑]/.test(words[words.length - 1]) && !/^(?:al|el)[-‐‑]/i.test(words[words.length - 1]) ? words[words.length - 1] : (toks[toks.length - 1] ?? '');
			lastWords.set(n, last);
		}
		return last;
	};
	const lastKey = (n: NameNode): {exact: string; skeleton: string} => {
		const last = lastWord(n);
		return {exact: nameKey(last).replace(/^(?:al|el)\s/, ''), skeleton: skeletonKey(last)};
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
	// "Abu Fadak" of "Abu Fadak al-Mohammadawi", "Bin Salman" of "Mohammed bin Salman": a kin word
	// and the name after it, inside a longer full name.
	const byKin = new Map<string, Array<{node: NameNode; key: string}>>();
	const kinCandidates = (tokens: string[]): NameNode[] | undefined => {
		const kin = tokens.length === 2 ? kinWord(tokens[0]) : null;
		const key = kin === null ? '' : translitToken(tokens[1]);
		if (key === '') return undefined;
		const found = (byKin.get(`${kin} ${skeletonOfToken(key)}`) ?? []).filter((c) => sameTokenKey(c.key, key)).map((c) => c.node);
		return [...new Set(found)];
	};
	for (const n of people) {
		if (!fullName(n)) continue;
		const tokens = contentTokens(facts.main(n));
		for (let i = 0; tokens.length >= 3 && i + 1 < tokens.length; i++) {
			const kin = kinWord(tokens[i]);
			const key = kin === null ? '' : translitToken(tokens[i + 1]);
			if (key !== '') pushTo(byKin, `${kin} ${skeletonOfToken(key)}`, {node: n, key});
		}
		const {exact, skeleton} = lastKey(n);
		pushTo(byLast, exact, n);
		if (translitKey(lastWord(n)).length >= 3 && looksTransliterated(facts.main(n))) pushTo(bySkeleton, skeleton, n);
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
		if (ranked[0].count >= 3 * ranked[1].count && ranked[0].count >= 3) return {target: ranked[0].key, among: here};
		return {ambiguous: here};
	};

	const nodeByKey = new Map(list.map((n) => [n.key, n]));
	const perArticle = new Set<string>();
	const perMention = new Map<string, Map<number, string>>();
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
		// Two people called "Abu Ali" stay apart: the kin name is resolved like a surname.
		const kinNames = epithet || hyphenated ? undefined : kinCandidates(tokens);
		if (tokens.length !== 1 && !epithet && !hyphenated && kinNames === undefined) continue;
		const word = hyphenated ? surface : tokens[tokens.length - 1];
		const exact = nameKey(word).replace(/^(?:al|el)\s/, '');
		// Spelling variants of a surname count only between transliterated names ("Al-Wali" / "al-Wala’i"),
		// and only those the keys find compatible (al-Kaabi is not al-Kubba, though their consonants agree).
		const spelling = looksTransliterated(surface) ? translitKey(word) : '';
		const variants = spelling === '' ? undefined : bySkeleton.get(skeletonKey(word))?.filter((c) => sameNameKey(spelling, translitKey(lastWord(c))));
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
				() => (anywhere ? pick(n.key, variants) : {none: true}),
				() => (anywhere && firstAnywhere ? pick(n.key, byFirst.get(exact)) : {none: true}),
			];
			// An epithet on a given name ("Crooked Ada") nicknames someone by that given name: across
			// the corpus, a person who has it as a given name comes before one who has it as a surname.
			if (givenEpithet) corpusWide.unshift(corpusWide.pop()!);
			const steps: Array<() => Pick> = kinNames
				? [() => pick(n.key, kinNames, article), () => (anywhere ? pick(n.key, kinNames) : {none: true})]
				: [() => pick(n.key, byLast.get(exact), article), () => pick(n.key, variants, article), () => pick(n.key, byFirst.get(exact), article), ...corpusWide];
			let stepIndex = 0;
			for (; stepIndex < steps.length; stepIndex++) {
				result = steps[stepIndex]();
				if (!('none' in result)) break;
			}
			// Several people of that name in the article: each mention is the person it means where it
			// stands (see byPosition); the rest, the one the article or else the corpus names three
			// times as often as the others, else nobody.
			// One person of that name here, but the surname printed before their full name: it may be
			// another, the one the corpus means by it ("President Okafor and his wife Ada Okafor").
			let early: NameNode | undefined;
			if (stepIndex === 0 && !kinNames && 'target' in result && !result.among && mentionsOf && anywhere) {
				const corpus = pick(n.key, byLast.get(exact));
				if ('target' in corpus && union.find(corpus.target) !== union.find(result.target)) {
					early = nodeByKey.get(corpus.target);
					if (early) result = {ambiguous: [nodeByKey.get(result.target)!, early]};
				}
			}
			const among = 'ambiguous' in result ? result.ambiguous : 'target' in result ? result.among : undefined;
			if (among && mentionsOf && among.some((c) => c.articles.has(article))) {
				const placed = byPosition(n.key, among, article, early);
				const roots = new Set(placed.decided.values());
				if (placed.open === 0 && roots.size === 1) result = {target: [...roots][0]};
				else if (placed.decided.size > 0) {
					const at = new Map<number, string>();
					const keyOf = new Map<string, string>();
					for (const [start, target] of placed.decided) {
						if (target === undefined) continue;
						let k = keyOf.get(target);
						if (k === undefined) {
							k = `${n.key}@@${article}@@${keyOf.size}`;
							if (!union.join(target, k)) continue;
							keyOf.set(target, k);
						}
						at.set(start, k);
					}
					if (at.size > 0) perMention.set(`${n.key}@@${article}`, at);
					if (placed.open === 0) result = {none: true};
				}
			}
			if ('ambiguous' in result) {
				const corpus = pick(n.key, result.ambiguous);
				if ('target' in corpus) result = corpus;
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
	return {perArticle, perMention, ambiguous};

	/**
	 * Which of several people named in full in one article a bare surname means at each of its
	 * mentions there: the one person named in full before it, or, of several, the one named last
	 * before it in the same sentence when no other is. (Whom the bare given names mean says little:
	 * "Bill and Hillary Clinton … Hillary" calls the one the article is about by her given name too.)
	 * Returns the mentions decided (offset → key of the person's full name) and how many were not.
	 */
	function byPosition(self: string, cands: NameNode[], article: string, early?: NameNode): {decided: Map<number, string>; open: number} {
		const here = mentionsOf!(article);
		const rootOf = new Map<string, string>();
		for (const c of cands) rootOf.set(c.key, union.find(c.key));
		const keyRoot = new Map<string, string>();
		for (const m of here.mentions) {
			const r = rootOf.get(m.key);
			if (r !== undefined) keyRoot.set(m.key, r);
		}
		const keyOfRoot = new Map<string, string>();
		for (const c of cands) if (!keyOfRoot.has(rootOf.get(c.key)!)) keyOfRoot.set(rootOf.get(c.key)!, c.key);
		// The sex a given name tells ("Ada" a woman's, "Tomas" a man's), where the lexicon knows it.
		const sexOf = new Map<string, 'male' | 'female'>();
		for (const c of cands) {
			const tags = lexiconTags((contentTokens(facts.main(c))[0] ?? '').toLowerCase());
			const male = tags.includes('MaleName');
			const female = tags.includes('FemaleName');
			if (male !== female) sexOf.set(rootOf.get(c.key)!, male ? 'male' : 'female');
		}
		// The names inside each candidate's labels in this article ("Nujaba" of "the spokesman of the
		// Nujaba movement"), other than the candidates' own.
		// Made on first ask: most surnames are told apart before this is needed. The mentions are in
		// body order, so the ones in a span are found by bisection.
		let labelled: Map<string, Set<string>> | undefined;
		const mentionsIn = (from: number, to: number): PlacedMention[] => {
			const ms = here.mentions;
			let lo = 0;
			let hi = ms.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (ms[mid].start < from) lo = mid + 1;
				else hi = mid;
			}
			const out: PlacedMention[] = [];
			for (let i = lo; i < ms.length && ms[i].start < to; i++) out.push(ms[i]);
			return out;
		};
		const byAffiliation = (at: number): string | undefined => {
			if (!labelled) {
				labelled = new Map();
				for (const l of here.labels) {
					const r = keyRoot.get(l.key);
					if (r === undefined) continue;
					for (const x of mentionsIn(l.start, l.end)) if (!keyRoot.has(x.key) && x.key !== self) (labelled.get(r) ?? labelled.set(r, new Set()).get(r)!).add(x.key);
				}
			}
			if (labelled.size === 0) return undefined;
			const near = new Set(mentionsIn(sentenceStartBefore(here.body, at), sentenceEndAfter(here.body, at)).filter((x) => x.start !== at).map((x) => x.key));
			const fits = [...labelled].filter(([, keys]) => [...keys].some((k) => near.has(k))).map(([r]) => r);
			return fits.length === 1 ? fits[0] : undefined;
		};
		const decided = new Map<number, string>();
		let open = 0;
		// Walk the mentions in order: the last mention of each person named in full so far, and of
		// the bare surname where nothing said whose it is (UNKNOWN: "President Okafor" in a headline
		// or before any full name has a referent of its own, one of them, not the next one named).
		const last = new Map<string, number>();
		const firstKey = new Map<string, string>();
		for (const m of here.mentions) {
			const r = keyRoot.get(m.key);
			if (r !== undefined) {
				last.set(r, m.start);
				if (!firstKey.has(r)) firstKey.set(r, m.key);
				continue;
			}
			if (m.key !== self) continue;
			// "Mr Okafor", "Mrs. Okafor": an honorific rules out the people of the other sex; of a man
			// and a woman named here, it is the other one.
			const sex = m.start > 0 ? honorificSex(here.body, m.start) : null;
			const roots = [...new Set(rootOf.values())];
			const unfit = sex === null ? [] : roots.filter((x) => sexOf.get(x) !== undefined && sexOf.get(x) !== sex);
			const fitting = sex === null ? [] : roots.filter((x) => sexOf.get(x) === sex);
			const remaining = roots.filter((x) => !unfit.includes(x));
			if (unfit.length > 0 && remaining.length === 1) {
				const key = firstKey.get(remaining[0]) ?? keyOfRoot.get(remaining[0])!;
				decided.set(m.start, key);
				last.set(remaining[0], m.start);
				// Told by the honorific before its full name was printed: that person's key from here on.
				if (!firstKey.has(remaining[0])) firstKey.set(remaining[0], key);
				continue;
			}
			// The surname in the body before anyone is named in full: the one the corpus means by it.
			if (early && m.start >= 0 && ![...last.keys()].some((x) => x !== UNKNOWN) && !unfit.includes(rootOf.get(early.key)!)) {
				const r = rootOf.get(early.key)!;
				decided.set(m.start, early.key);
				last.set(r, m.start);
				firstKey.set(r, early.key);
				continue;
			}
			// "Al-Kaabi of the Nujaba movement said": the one person whose label here names a group
			// the surname's sentence names too (a spokesman of one group, a namesake of another).
			const affiliated = m.start >= 0 ? byAffiliation(m.start) : undefined;
			if (affiliated !== undefined && !unfit.includes(affiliated)) {
				decided.set(m.start, firstKey.get(affiliated) ?? keyOfRoot.get(affiliated)!);
				last.set(affiliated, m.start);
				continue;
			}
			const seen = [...last.keys()].filter((x) => !unfit.includes(x));
			let pick: string | undefined;
			if (m.start >= 0 && seen.length === 1) pick = seen[0];
			else if (m.start >= 0 && seen.length > 1) {
				const ranked = seen.sort((x, y) => last.get(y)! - last.get(x)!);
				const sentenceStart = sentenceStartBefore(here.body, m.start);
				// "Mr Okafor" next to Ada Okafor, after Tomas Okafor was named: an honorific that fits
				// another one better leaves it open.
				const doubt = sex !== null && sexOf.get(ranked[0]) !== sex && fitting.some((x) => seen.includes(x));
				if (ranked[0] !== UNKNOWN && !doubt && last.get(ranked[0])! >= sentenceStart && last.get(ranked[1])! < sentenceStart) pick = ranked[0];
			}
			if (pick === undefined || pick === UNKNOWN) {
				open++;
				last.set(UNKNOWN, m.start);
			} else {
				decided.set(m.start, firstKey.get(pick) ?? keyOfRoot.get(pick)!);
				last.set(pick, m.start);
			}
		}
		return {decided, open};
	}
}

/** The kin word of a name ("Abu", "Abou" → abu; "bin", "ibn" → bin; "Umm", "Um" → umm), or null. */
function kinWord(token: string): string | null {
	const l = token.toLowerCase();
	if (/^ab(?:u|ou|o)$/.test(l)) return 'abu';
	if (/^(?:bin|ibn)$/.test(l)) return 'bin';
	if (/^umm?$/.test(l)) return 'umm';
	if (l === 'bint') return 'bint';
	return null;
}

/** The sex an honorific right before a name gives ("Mr", "Mrs.", "Ms"), or null. */
function honorificSex(body: string, at: number): 'male' | 'female' | null {
	const m = /\b(Mr|Mrs|Ms|Miss|Madam)\.?\s+$/.exec(body.slice(Math.max(0, at - 8), at));
	return m ? (m[1] === 'Mr' ? 'male' : 'female') : null;
}

/** The referent of a bare surname not yet told (see byPosition). */
const UNKNOWN = '\u0000unknown';

/** Where the sentence holding `at` ends: at the next ". ", "! ", "? " or line break (abbreviations aside, roughly). */
function sentenceEndAfter(body: string, at: number): number {
	const m = /[.!?](?=["”’']?\s)|\n/g;
	m.lastIndex = at;
	for (let hit = m.exec(body); hit; hit = m.exec(body)) {
		const word = /(\S+)$/.exec(body.slice(Math.max(0, hit.index - 11), hit.index + 1))?.[1] ?? '';
		if (hit[0] === '.' && /^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{L}\.)+)[.]$/u.test(word)) continue;
		return hit.index;
	}
	return body.length;
}

/** Where the sentence holding `at` opens: after the last ". ", "! ", "? " or line break before it. */
function sentenceStartBefore(body: string, at: number): number {
	for (let i = at - 1; i > 0; i--) {
		const c = body.charCodeAt(i);
		if (c === 10) return i + 1;
		if ((c === 32 || c === 9) && /[.!?]["”’']?$/.test(body.slice(Math.max(0, i - 2), i))) {
			// "Mr. ", "U.S. ", "Sen. ": an abbreviation's dot ends no sentence.
			const word = /(\S+)$/.exec(body.slice(Math.max(0, i - 12), i))?.[1] ?? '';
			if (/^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{L}\.)+)[.]$/u.test(word)) continue;
			return i + 1;
		}
	}
	return 0;
}
