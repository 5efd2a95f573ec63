// Corpus-level alias merging: every surface form of one entity into one record. Evidence, in order:
// the user's config, well-known aliases, the articles' own statements ("Daesh (ISIS)", "better known
// as"), acronyms, organisation names that differ only in generic words, transliteration keys, and
// short forms ("Biden", "al-Kaabi") linked to the one full name they can mean. Guards refuse a merge
// that would join two different full names of people.
import type {Article} from '../corpus/types.js';
import {foldText} from '../text/fold.js';
import type {ArticleAnalysis} from './article.js';
import type {Descriptor, Entity, EntityType} from './types.js';
import {parseEntityConfig} from './entities/config.js';
import {SpanList} from './entities/spans.js';
import {addVotes, bestType, knownEntity, knownEntityOfKey, type Votes} from './entities/typing.js';
import {CorpusFacts, corpusType, type NameNode} from './entities/corpus.js';
import {displayName} from './entities/display.js';
import {prefixedNames} from './entities/prefixed.js';
import {commonWordNames, corpusWordsOf, notPerson} from './entities/common-words.js';
import {resolveShortForms, type ArticleMentionsOf} from './entities/short-forms.js';
import {GuardedUnion} from './entities/union.js';
import {orgSpellingPairs} from './entities/org-spellings.js';
import {GROUP_ADJECTIVES, ORG_HEADS, lexiconTags} from './entities/lexicon.js';
import {acronymLetters, acronymsOf, contentTokens, isAcronym, nameKey, orgCoreTokens, personKey, sameNameAnyOrder, sameNameKey, skeletonKey, slugify, translitKey, unorderedKey} from './names.js';

export type {EntitySettings} from './entities/config.js';
export {EntityConfigError, parseEntityConfig} from './entities/config.js';

/**
 * The raw `entities` section of the corpus config file (presslens.json), as read from JSON;
 * mergeEntities validates it (see EntitySettings) and throws EntityConfigError when it is wrong.
 */
export type EntityConfig = unknown;

const ARMED_HEADS = /^(?:forces|force|units|unit|militias|militia|brigades|brigade|battalions|troops|fighters|committees)$/;

/** The spelling printed most often (the longer on a tie), as CorpusFacts.main chooses it. */
function mostFrequent(surfaces: Map<string, number>): string {
	let best = '';
	let top = -1;
	for (const [s, c] of surfaces) if (c > top || (c === top && s.length > best.length)) [best, top] = [s, c];
	return best;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * Adds one to `counts[key]`. Keys are article ids, which come from file names: one may be
 * "__proto__" (an assignment would set the prototype) or "toString" (inherited, not a count).
 */
function countInto(counts: Record<string, number>, key: string): void {
	const before = Object.hasOwn(counts, key) ? counts[key] : 0;
	if (key === '__proto__') Object.defineProperty(counts, key, {value: before + 1, enumerable: true, writable: true, configurable: true});
	else counts[key] = before + 1;
}

export function mergeEntities(articles: Article[], analyses: ArticleAnalysis[], config?: EntityConfig): Entity[] {
	const cfg = parseEntityConfig(config);
	const ignored = new Set((cfg.ignore ?? []).map(nameKey));
	const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
	// Spans name their article by position in this list (see SpanList).
	const articleIds: string[] = [];
	const positionOf = new Map<string, number>();
	const articlePosition = (id: string): number => {
		let at = positionOf.get(id);
		if (at === undefined) positionOf.set(id, (at = articleIds.push(id) - 1));
		return at;
	};
	const nodes = new Map<string, NameNode>();
	const node = (key: string): NameNode => {
		let n = nodes.get(key);
		if (!n) {
			n = {key, surfaces: new Map(), votes: {}, articles: new Map(), count: 0, titled: 0};
			nodes.set(key, n);
		}
		return n;
	};
	// Each mention's key, computed once (names repeat; keys are looked up again below).
	const mentionKeys = analyses.map((analysis) => analysis.mentions.mentions.map((m) => nameKey(m.name)));
	for (const [ai, analysis] of analyses.entries()) {
		for (const [mi, m] of analysis.mentions.mentions.entries()) {
			const key = mentionKeys[ai][mi];
			if (key === '' || ignored.has(key)) continue;
			const n = node(key);
			n.surfaces.set(m.name, (n.surfaces.get(m.name) ?? 0) + 1);
			addVotes(n.votes, m.votes ?? {[m.type]: 1});
			n.articles.set(analysis.article, (n.articles.get(analysis.article) ?? 0) + 1);
			n.count++;
			if (m.titled) n.titled++;
		}
	}
	// Per-node facts from the whole corpus (main spelling, type, compounds, given names).
	const outletKeys = new Set<string>();
	for (const a of articles) if (a.outlet) outletKeys.add(nameKey(a.outlet));
	const bodyOf = new Map(articles.map((a) => [a.id, a.body]));
	const common = commonWordNames(nodes.values(), (n) => mostFrequent(n.surfaces), (id) => bodyOf.get(id));
	const facts = new CorpusFacts(nodes, outletKeys, common, corpusWordsOf(articles));
	const mainOf = (n: NameNode): string => facts.main(n);
	const typeOf = (n: NameNode): EntityType => facts.type(n);
	// "Crooked Ada Obi", "General Ada Obi": a full name with words before it is that full name.
	const prefixed = prefixedNames(nodes, facts);
	const ownName = (n: NameNode): boolean => !facts.isEpithet(n) && !prefixed.has(n.key);

	// Guards (see union.ts): the user's splits; two people's full names; a person never with an
	// organisation or a place; a compound of several names with nothing. A per-article short form
	// ("key@@article") starts with no facts of its own: it is one person's surname in one article.
	const splitTag = new Map<string, Array<[number, number]>>();
	(cfg.split ?? []).forEach((group, g) => group.forEach((name, i) => splitTag.set(nameKey(name), [...(splitTag.get(nameKey(name)) ?? []), [g, i]])));
	const union = new GuardedUnion((key) => {
		const perArticle = key.includes('@@');
		const base = perArticle ? key.split('@@')[0] : key;
		const n = nodes.get(base);
		const people = new Set<string>();
		const summary = {tags: splitTag.get(base) ?? [], people, person: false, thing: false, alone: false};
		if (key.startsWith('known:')) summary.thing = knownEntity(key.slice(6))?.type !== 'person';
		if (!n || perArticle) return summary;
		summary.alone = facts.isCompound(n.key);
		if (typeOf(n) === 'person' && contentTokens(mainOf(n)).length >= 2 && ownName(n)) people.add(unorderedKey(mainOf(n)));
		summary.person = facts.strongPerson(n) && ownName(n);
		summary.thing = facts.strongThing(n);
		return summary;
	});
	const uf = union;
	const join = (a: string, b: string, force = false): boolean => union.join(a, b, force);

	// 1. The user's merges, and well-known aliases ("U.S." = "America" = "United States").
	for (const group of cfg.merge ?? []) for (const name of group.slice(1)) join(nameKey(group[0]), nameKey(name), true);
	for (const n of nodes.values()) {
		const known = knownEntity(mainOf(n));
		if (known) join(`known:${known.name}`, n.key);
	}
	// 2. The articles' own alias statements. A name "aliased" to many different names is a credit or
	// a dateline ("(AP)", "(Reuters)"), not an alias: its pairs are dropped.
	const partners = new Map<string, Set<string>>();
	for (const analysis of analyses) {
		for (const [a, b] of analysis.mentions.aliasPairs) {
			const ka = nameKey(a);
			const kb = nameKey(b);
			partners.set(ka, (partners.get(ka) ?? new Set()).add(kb));
			partners.set(kb, (partners.get(kb) ?? new Set()).add(ka));
		}
	}
	for (const analysis of analyses) {
		for (const [a, b] of analysis.mentions.aliasPairs) {
			const ka = nameKey(a);
			const kb = nameKey(b);
			if ((partners.get(ka)?.size ?? 0) > 2 || (partners.get(kb)?.size ?? 0) > 2) continue;
			if (!nodes.has(ka) || !nodes.has(kb)) continue;
			const ta = typeOf(nodes.get(ka)!);
			const tb = typeOf(nodes.get(kb)!);
			// A person is never another name for a place ("Biden (Washington)" is a dateline, not an alias).
			if ((ta === 'person' && tb === 'place') || (ta === 'place' && tb === 'person')) continue;
			join(ka, kb);
		}
	}
	const orgLike = (n: NameNode): boolean => {
		const t = typeOf(n);
		return t === 'organization' || (t === 'other' && (n.votes.organization ?? 0) > 0);
	};
	const list = [...nodes.values()];
	// 3. Organisations whose names differ only in generic words ("al-Nujaba Movement" = "Harakat al-Nujaba"),
	// or in an armed group's head noun ("Popular Mobilization Forces" = "... Units").
	const byCore = new Map<string, NameNode[]>();
	for (const n of list) {
		if (!orgLike(n) && !(typeOf(n) === 'other')) continue;
		if (knownEntity(mainOf(n))) continue;
		const core = orgCoreTokens(mainOf(n)).filter((t) => !ARMED_HEADS.test(t));
		if (core.length === 0) continue;
		// A core of only places or demonyms ("US Forces" → "us") names no particular group.
		if (core.every((t) => knownEntity(t) || GROUP_ADJECTIVES.has(t) || lexiconTags(t).some((x) => /Country|City|Region|Demonym|Place/.test(x)))) continue;
		// In any order: "Justice Department" = "Department of Justice".
		const k = [...core].sort().join(' ');
		pushTo(byCore, k, n);
	}
	for (const group of byCore.values()) {
		if (!group.some(orgLike)) continue;
		for (const n of group.slice(1)) join(group[0].key, n.key);
	}
	// Transliterations of one group's name ("Hashd al-Shaabi" / "Hashed al-Shaabi").
	for (const [a, b] of orgSpellingPairs(list.filter((n) => orgLike(n) && !knownEntity(mainOf(n))).map((n) => ({key: n.key, name: mainOf(n)})))) join(a, b);
	// An organisation's name without its head noun: "House Oversight" = "House Oversight Committee".
	const withoutHead = new Map<string, NameNode[]>();
	for (const n of list) {
		const words = nameKey(mainOf(n)).split(' ');
		if (words.length >= 3 && ORG_HEADS.has(words[words.length - 1]) && typeOf(n) === 'organization') pushTo(withoutHead, words.slice(0, -1).join(' '), n);
	}
	for (const n of list) {
		const cands = withoutHead.get(n.key);
		if (!cands || typeOf(n) !== 'organization' || contentTokens(mainOf(n)).length < 2) continue;
		const roots = new Set(cands.map((c) => uf.find(c.key)));
		if (roots.size === 1) join(cands[0].key, n.key);
	}
	// 4. Acronyms against expansions: the unique full name (or the one in the same article).
	const fullNames = list.filter((n) => !isAcronym(mainOf(n)) && contentTokens(mainOf(n)).length >= 2 && typeOf(n) !== 'person');
	const byAcronym = new Map<string, NameNode[]>();
	for (const n of fullNames) for (const a of acronymsOf(mainOf(n))) pushTo(byAcronym, a, n);
	for (const n of list) {
		const surface = mainOf(n);
		if (!isAcronym(surface) || knownEntity(surface)) continue;
		const cands = byAcronym.get(acronymLetters(surface)) ?? [];
		const roots = new Set(cands.map((c) => uf.find(c.key)));
		if (roots.size === 1) join(cands[0].key, n.key);
		else if (roots.size > 1) {
			const near = new Set(cands.filter((c) => [...c.articles.keys()].some((a) => n.articles.has(a))).map((c) => uf.find(c.key)));
			if (near.size === 1) join([...near][0], n.key);
			else {
				// Spellings of one expansion ("Center(s) for ..."): the one used three times as often as any other.
				const ranked = cands.slice().sort((x, y) => y.count - x.count);
				if (ranked[0].count >= 3 * ranked[1].count) join(ranked[0].key, n.key);
			}
		}
	}
	const people = list.filter((n) => typeOf(n) === 'person' && contentTokens(mainOf(n)).length >= 2 && ownName(n));
	const personLastTokens = new Set(people.map((n) => {
		const toks = contentTokens(mainOf(n));
		return nameKey(toks[toks.length - 1] ?? '');
	}));
	// 5. Shorter organisation names inside one longer one: "al-Nujaba" ⊂ "Hezbollah al-Nujaba" (a suffix),
	// "Iranian Quds Force" ⊂ "Iranian Revolutionary Guard Quds Force" (same ends, a distinctive word).
	// A lone "al-Qamar" that no person's surname explains may be the tail of a group's name.
	const loneWord = (n: NameNode): boolean => {
		const toks = contentTokens(mainOf(n));
		return toks.length === 1 && typeOf(n) !== 'place' && !personLastTokens.has(nameKey(toks[0]));
	};
	const orgs = list.filter((n) => orgLike(n) || loneWord(n)).filter((n) => !knownEntity(mainOf(n)));
	const coreOf = new Map(orgs.map((n) => [n.key, nameKey(mainOf(n)).split(' ').filter((t) => !/^(?:the|al|el)$/.test(t)).map((t) => t.replace(/^(?:al|el)\s*/, ''))]));
	// Index longer names by each of their suffixes and by their first and last words together.
	const bySuffix = new Map<string, NameNode[]>();
	const byEnds = new Map<string, NameNode[]>();
	for (const l of orgs) {
		const lt = coreOf.get(l.key)!;
		if (lt.length < 2 || typeOf(l) !== 'organization') continue;
		for (let k = 1; k < lt.length && k <= 4; k++) pushTo(bySuffix, lt.slice(lt.length - k).join(' '), l);
		if (lt.length >= 3) pushTo(byEnds, `${lt[0]} ${lt[lt.length - 1]}`, l);
	}
	for (const s of orgs) {
		const st = coreOf.get(s.key)!;
		if (st.length === 0 || isAcronym(mainOf(s))) continue;
		const distinctive = st.some((t) => lexiconTags(t).length === 0 && !GROUP_ADJECTIVES.has(t) && !ARMED_HEADS.test(t));
		if (!distinctive) continue;
		const pool = new Set([...(bySuffix.get(st.join(' ')) ?? []), ...(st.length >= 2 ? (byEnds.get(`${st[0]} ${st[st.length - 1]}`) ?? []) : [])]);
		const cands = [...pool].filter((l) => {
			const lt = coreOf.get(l.key)!;
			if (lt.length <= st.length) return false;
			const suffix = st.every((t, i) => lt[lt.length - st.length + i] === t);
			if (suffix) return true;
			if (st.length < 2 || st[0] !== lt[0] || st[st.length - 1] !== lt[lt.length - 1]) return false;
			let j = 0;
			for (const t of lt) if (t === st[j]) j++;
			return j === st.length;
		});
		const roots = new Set(cands.map((c) => uf.find(c.key)));
		if (roots.size === 1) join(cands[0].key, s.key);
	}
	// "Coordinating Committee" is the short form of "Coordinating Committee of the Iraqi Resistance".
	const headOf = new Map<string, NameNode[]>();
	for (const l of orgs) {
		const m = /^(.+?)\s+(?:of|for)\s/.exec(nameKey(mainOf(l)));
		if (m && m[1].split(' ').length >= 2) pushTo(headOf, m[1], l);
	}
	for (const n of list) {
		const cands = headOf.get(nameKey(mainOf(n))) ?? [];
		const roots = new Set(cands.map((c) => uf.find(c.key)));
		if (roots.size === 1 && typeOf(n) !== 'person' && typeOf(n) !== 'place') join(cands[0].key, n.key);
	}
	// 6. People whose full names are spellings of one name: transliterations ("Mustafa al-Kadhimi" /
	// "Mustafa Al-Kazemi", "Nasr" / "Nasser"), and the same words in another order ("Xi Jinping" /
	// "Jinping Xi"), unless both orders read as a given name then a surname (two people, then).
	const bySkeleton = new Map<string, NameNode[]>();
	for (const n of people) {
		const k = unorderedKey(mainOf(n));
		if (k.replace(/\s/g, '').length < 5) continue;
		pushTo(bySkeleton, skeletonKey(mainOf(n)).split(' ').sort().join(' '), n);
	}
	for (const group of bySkeleton.values()) {
		for (let i = 1; i < group.length; i++) {
			const n = group[i];
			for (let j = 0; j < i; j++) {
				const m = group[j];
				const reordered = !sameNameKey(personKey(mainOf(n)), personKey(mainOf(m))) && sameNameAnyOrder(personKey(mainOf(n)), personKey(mainOf(m)));
				if (reordered && facts.givenName(contentTokens(mainOf(n))[0]) && facts.givenName(contentTokens(mainOf(m))[0])) continue;
				if (sameNameKey(translitKey(mainOf(n)), translitKey(mainOf(m))) || reordered) {
					join(m.key, n.key);
					break;
				}
			}
		}
	}
	// A short given name and the full one with the same surname: "Mike Bloomberg" = "Michael Bloomberg".
	const byFullName = new Map<string, NameNode[]>();
	for (const n of people) pushTo(byFullName, personKey(mainOf(n)), n);
	for (const group of byFullName.values()) for (const n of group.slice(1)) join(group[0].key, n.key);
	for (const [key, target] of prefixed) join(target, key);
	// 7. Short forms (a surname, a family name written first, an epithet): see short-forms.ts.
	// An article's mentions in order (title first), for surnames that several people named there share.
	const analysisOf = new Map(analyses.map((a, i) => [a.article, i]));
	const mentionsOf = (article: string): ReturnType<ArticleMentionsOf> => {
		const ai = analysisOf.get(article);
		if (ai === undefined) return {mentions: [], body: '', labels: []};
		const placed = analyses[ai].mentions.mentions.map((m, mi) => ({key: mentionKeys[ai][mi], start: m.field === 'title' ? -1 : m.start}));
		const labels = analyses[ai].mentions.descriptors.flatMap((d) => (d.start === undefined ? [] : [{key: nameKey(d.name), start: d.start, end: d.start + d.text.length}]));
		return {mentions: placed.sort((a, b) => a.start - b.start), body: bodyOf.get(article) ?? '', labels};
	};
	const shortForms = resolveShortForms(list, people, facts, union, mentionsOf);

	// Build the records.
	interface Acc {
		keys: Set<string>;
		surfaces: Map<string, number>;
		votes: Votes;
		/** Mentions per article id, made as the entity's own `mentions` (a Map turned into one cost seconds at 37,000 articles). */
		mentions: Record<string, number>;
		spans: SpanList;
		descriptors: Descriptor[];
		seen: Set<string>;
		titled: number;
		known?: {name: string; type: EntityType};
	}
	const groups = new Map<string, Acc>();
	const accOf = (key: string): Acc => {
		const root = uf.find(key);
		let acc = groups.get(root);
		if (!acc) {
			acc = {keys: new Set(), surfaces: new Map(), votes: {}, mentions: {}, spans: new SpanList(), descriptors: [], seen: new Set(), titled: 0};
			groups.set(root, acc);
		}
		return acc;
	};
	const shortKeys = new Set([...shortForms.perArticle, ...shortForms.perMention.keys()].map((k) => k.split('@@')[0]));
	const keyFor = (k: string, article: string, start?: number): string => {
		if (!shortKeys.has(k)) return k;
		const s = `${k}@@${article}`;
		const placed = start === undefined ? undefined : shortForms.perMention.get(s)?.get(start);
		if (placed !== undefined) return placed;
		return shortForms.perArticle.has(s) ? s : k;
	};
	for (const [ai, analysis] of analyses.entries()) {
		const article = analysis.article;
		for (const [mi, m] of analysis.mentions.mentions.entries()) {
			const k = mentionKeys[ai][mi];
			if (k === '' || ignored.has(k)) continue;
			const acc = accOf(keyFor(k, article, m.field === 'body' ? m.start : undefined));
			acc.keys.add(k);
			acc.surfaces.set(m.name, (acc.surfaces.get(m.name) ?? 0) + 1);
			addVotes(acc.votes, m.votes ?? {[m.type]: 1});
			countInto(acc.mentions, article);
			acc.spans.add(articlePosition(article), m);
			if (m.titled) acc.titled++;
			if (!acc.known) {
				const known = knownEntityOfKey(k);
				if (known) acc.known = known;
			}
		}
		for (const d of analysis.mentions.descriptors) {
			const k = nameKey(d.name);
			if (!nodes.has(k)) continue;
			const acc = accOf(keyFor(k, article));
			const dk = `${article}\u0000${d.text}`;
			if (acc.seen.has(dk)) continue;
			acc.seen.add(dk);
			acc.descriptors.push({article, outlet: outletOf.get(article) ?? null, text: d.text, kind: d.kind});
		}
	}
	const renames = new Map(Object.entries(cfg.rename ?? {}).map(([k, v]) => [nameKey(k), v]));
	const retypes = new Map(Object.entries(cfg.retype ?? {}).map(([k, v]) => [nameKey(k), v]));
	const firstNamed = new Map((cfg.merge ?? []).map((g) => [uf.find(nameKey(g[0])), g[0]]));
	// A bare surname left ambiguous names the entities it might be (by root until ids exist).
	const ambiguousOf = new Map<string, Set<string>>();
	for (const [key, cands] of shortForms.ambiguous) ambiguousOf.set(uf.find(key), new Set([...cands].map((c) => uf.find(c))));
	const entities: Array<Omit<Entity, 'id' | 'spans'> & {spanList: SpanList; root: string}> = [];
	for (const [root, acc] of groups) {
		if (acc.spans.length === 0) continue;
		let type: EntityType = acc.known?.type ?? groupType(root, acc);
		const surfaces = [...acc.surfaces].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
		let name = firstNamed.get(root) ?? acc.known?.name ?? displayName(surfaces, type, (t) => facts.givenName(t));
		for (const k of acc.keys) {
			if (renames.has(k)) name = renames.get(k)!;
			if (retypes.has(k)) type = retypes.get(k)!;
		}
		const aliases = [...new Set([name, ...surfaces.map(([s]) => s)])];
		entities.push({type, name, aliases, mentions: acc.mentions, spanList: acc.spans, descriptors: acc.descriptors, root});
	}
	// Most mentioned first, then by name with case and accents ignored: the order every view lists
	// entities in, so none of them sorts a large index again.
	const keys = new Map(entities.map((e) => [e, foldText(e.name)]));
	const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
	entities.sort((a, b) => b.spanList.length - a.spanList.length || order(keys.get(a)!, keys.get(b)!) || order(a.name, b.name));
	const used = new Map<string, number>();
	const idOf = new Map<string, string>();
	const out = entities.map(({spanList, type, name, aliases, mentions, descriptors, root}) => {
		const base = slugify(name);
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		const id = n === 1 ? base : `${base}-${n}`;
		idOf.set(root, id);
		// Keys in the Entity type's order (spans filled in by attach): output and the saved index keep it.
		return spanList.attach({id, type, name, aliases, mentions, spans: [], descriptors}, articleIds);
	});
	// "ambiguous": the ids of the people a bare surname may mean, where nothing said which (an extra field).
	entities.forEach(({root}, i) => {
		const cands = ambiguousOf.get(root);
		// Only a group that is the short form itself (a bare surname, "Abu Turab"), not a full name it joined.
		if (!cands || (contentTokens(out[i].name).length !== 1 && !shortForms.ambiguous.has(nameKey(out[i].name)))) return;
		const ids = [...cands].filter((r) => r !== root).map((r) => idOf.get(r)).filter((id): id is string => id !== undefined);
		if (ids.length >= 2) out[i].ambiguous = ids;
	});
	return out;

	/** The type of a group: a person where a guard vouched for one, else what the votes of all its mentions support. */
	function groupType(root: string, acc: Acc): EntityType {
		const summary = union.summary(root);
		if (summary.person) return 'person';
		const keys = [...acc.keys];
		if (keys.length > 0 && keys.every((k) => facts.isCompound(k))) return 'other';
		// An outlet of the corpus is an organisation unless a title or a given name vouched for a person (above).
		if (keys.some((k) => outletKeys.has(k))) return 'organization';
		let type = corpusType(acc.votes, acc.spans.length, acc.titled);
		if (type === 'person' && acc.titled === 0 && keys.every((k) => common.has(k) || facts.hasCommonHead(k))) type = notPerson(acc.votes);
		// "New York Federal Reserve": a place before an institution, whatever "said" voted.
		if ((type === 'person' || type === 'other') && acc.titled === 0 && keys.some((k) => facts.isPlacedOrganisation(k)) && keys.every((k) => facts.isPlacedOrganisation(k) || (nodes.has(k) && typeOf(nodes.get(k)!) !== 'person'))) type = 'organization';
		// Where the guard vouched for an organisation or place, a person's votes do not win.
		return summary.thing && type === 'person' ? bestType({organization: acc.votes.organization, place: acc.votes.place}) : type;
	}
}
