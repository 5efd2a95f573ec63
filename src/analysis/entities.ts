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
import {addVotes, bestType, knownEntity, type Votes} from './entities/typing.js';
import {GROUP_ADJECTIVES, lexiconTags} from './entities/lexicon.js';
import {acronymLetters, acronymsOf, contentTokens, isAcronym, looksTransliterated, nameKey, orgCoreTokens, slugify, translitKey} from './names.js';

export type {EntitySettings} from './entities/config.js';
export {EntityConfigError, parseEntityConfig} from './entities/config.js';

/**
 * The raw `entities` section of the corpus config file (presslens.json), as read from JSON;
 * mergeEntities validates it (see EntitySettings) and throws EntityConfigError when it is wrong.
 */
export type EntityConfig = unknown;

interface NameNode {
	key: string;
	surfaces: Map<string, number>;
	votes: Votes;
	articles: Map<string, number>;
	count: number;
	titled: number;
}

class UnionFind {
	private parent = new Map<string, string>();
	find(x: string): string {
		let p = this.parent.get(x) ?? x;
		if (p === x) return x;
		p = this.find(p);
		this.parent.set(x, p);
		return p;
	}
	union(a: string, b: string): void {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra !== rb) this.parent.set(rb, ra);
	}
}

const ARMED_HEADS = /^(?:forces|force|units|unit|militias|militia|brigades|brigade|battalions|troops|fighters|committees)$/;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function mainSurface(node: NameNode): string {
	return [...node.surfaces].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
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
	// Per-node facts, computed once.
	const surfaceCache = new Map<string, string>();
	const mainOf = (n: NameNode): string => {
		let v = surfaceCache.get(n.key);
		if (v === undefined) surfaceCache.set(n.key, (v = mainSurface(n)));
		return v;
	};
	const typeCache = new Map<string, EntityType>();
	const typeOf = (n: NameNode): EntityType => {
		let t = typeCache.get(n.key);
		if (t === undefined) typeCache.set(n.key, (t = knownEntity(mainOf(n))?.type ?? bestType(n.votes)));
		return t;
	};
	const uf = new UnionFind();

	// Guards: the user's splits, and two different people's full names never share an entity. Each
	// root keeps a summary (split tags, full-name keys of people) merged on union.
	const splitTag = new Map<string, Array<[number, number]>>();
	(cfg.split ?? []).forEach((group, g) => group.forEach((name, i) => splitTag.set(nameKey(name), [...(splitTag.get(nameKey(name)) ?? []), [g, i]])));
	interface Summary {
		tags: Array<[number, number]>;
		people: Set<string>;
	}
	const summaries = new Map<string, Summary>();
	const summaryOf = (root: string): Summary => {
		let sm = summaries.get(root);
		if (!sm) {
			const n = nodes.get(root.split('@@')[0]);
			const people = new Set<string>();
			if (n && typeOf(n) === 'person' && contentTokens(mainOf(n)).length >= 2) people.add(translitKey(mainOf(n)));
			sm = {tags: splitTag.get(root.split('@@')[0]) ?? [], people};
			summaries.set(root, sm);
		}
		return sm;
	};
	const allowed = (a: string, b: string): boolean => {
		const ra = uf.find(a);
		const rb = uf.find(b);
		if (ra === rb) return true;
		const sa = summaryOf(ra);
		const sb = summaryOf(rb);
		if (sa.tags.some(([g, i]) => sb.tags.some(([h, j]) => g === h && i !== j))) return false;
		if (sa.people.size && sb.people.size && ![...sa.people].some((k) => sb.people.has(k))) return false;
		return true;
	};
	const join = (a: string, b: string, force = false): boolean => {
		if (!force && !allowed(a, b)) return false;
		const ra = uf.find(a);
		const rb = uf.find(b);
		if (ra === rb) return true;
		const sa = summaryOf(ra);
		const sb = summaryOf(rb);
		uf.union(ra, rb);
		summaries.delete(rb);
		summaries.set(ra, {tags: [...sa.tags, ...sb.tags], people: new Set([...sa.people, ...sb.people])});
		return true;
	};

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
		const k = core.join(' ');
		pushTo(byCore, k, n);
	}
	for (const group of byCore.values()) {
		if (!group.some(orgLike)) continue;
		for (const n of group.slice(1)) join(group[0].key, n.key);
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
		}
	}
	const people = list.filter((n) => typeOf(n) === 'person' && contentTokens(mainOf(n)).length >= 2);
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
	// 6. People whose full names transliterate alike ("Mustafa al-Kadhimi" / "Mustafa Al-Kazemi").
	const byTranslit = new Map<string, NameNode[]>();
	for (const n of people) {
		const k = translitKey(mainOf(n));
		if (k.replace(/\s/g, '').length < 5) continue;
		pushTo(byTranslit, k, n);
	}
	for (const group of byTranslit.values()) for (const n of group.slice(1)) join(group[0].key, n.key);
	// 7. Short forms: a surname (or "al-Surname") means the one full name ending in it, first in the same
	// article, else in the corpus. Resolved per article, so "Hussein" can be two people in two articles.
	const lastKey = (n: NameNode): {exact: string; skeleton: string} => {
		const toks = contentTokens(mainOf(n));
		const last = toks[toks.length - 1] ?? '';
		return {exact: nameKey(last).replace(/^(?:al|el)\s/, ''), skeleton: translitKey(last)};
	};
	const peopleByLast = new Map<string, NameNode[]>();
	const peopleBySkeleton = new Map<string, NameNode[]>();
	for (const n of people) {
		const {exact, skeleton} = lastKey(n);
		pushTo(peopleByLast, exact, n);
		if (skeleton.length >= 3 && looksTransliterated(mainOf(n))) pushTo(peopleBySkeleton, skeleton, n);
	}
	const shortNode = new Map<string, string>(); // "key@@article" -> resolved
	for (const n of list) {
		const surface = mainOf(n);
		if (contentTokens(surface).length !== 1 || isAcronym(surface) || knownEntity(surface)) continue;
		const t = typeOf(n);
		// Context votes ("according to al-Kaabi") are weak; a lexicon place or a named group is not a surname.
		if ((t === 'place' && (n.votes.place ?? 0) >= 3) || (t === 'organization' && (n.votes.person ?? 0) === 0)) continue;
		const {exact} = lastKey(n);
		// Spelling variants of a surname count only between transliterated names ("Al-Wali" / "al-Wala’i").
		const skeleton = looksTransliterated(surface) ? lastKey(n).skeleton : '\u0000';
		const pick = (cands: NameNode[] | undefined, article?: string): string | null => {
			const here = (cands ?? []).filter((c) => c.key !== n.key && (article === undefined || c.articles.has(article)));
			const byRoot = new Map<string, {key: string; count: number}>();
			for (const c of here) {
				const r = uf.find(c.key);
				const prev = byRoot.get(r);
				byRoot.set(r, {key: prev?.key ?? c.key, count: (prev?.count ?? 0) + (article === undefined ? c.count : (c.articles.get(article) ?? 0))});
			}
			if (byRoot.size === 1) return here[0].key;
			// Several people share the surname: it means the one that dominates (three times the next).
			const ranked = [...byRoot.values()].sort((x, y) => y.count - x.count);
			return ranked.length > 1 && ranked[0].count >= 3 * ranked[1].count && ranked[0].count >= 3 ? ranked[0].key : null;
		};
		const resolved = new Map<string, string>();
		for (const article of n.articles.keys()) {
			const target =
				pick(peopleByLast.get(exact), article) ??
				pick(peopleBySkeleton.get(skeleton), article) ??
				pick(peopleByLast.get(exact)) ??
				pick(peopleBySkeleton.get(skeleton));
			if (target) resolved.set(article, target);
		}
		const targets = new Set([...resolved.values()].map((k) => uf.find(k)));
		if (targets.size === 1 && resolved.size === n.articles.size) {
			join([...resolved.values()][0], n.key);
			continue;
		}
		for (const [article, target] of resolved) {
			const k = `${n.key}@@${article}`;
			shortNode.set(k, k);
			join(target, k, true);
		}
	}

	// Build the records.
	interface Acc {
		keys: Set<string>;
		surfaces: Map<string, number>;
		votes: Votes;
		mentions: Map<string, number>;
		spans: SpanList;
		descriptors: Descriptor[];
		seen: Set<string>;
		known?: {name: string; type: EntityType};
	}
	const groups = new Map<string, Acc>();
	const accOf = (key: string): Acc => {
		const root = uf.find(key);
		let acc = groups.get(root);
		if (!acc) {
			acc = {keys: new Set(), surfaces: new Map(), votes: {}, mentions: new Map(), spans: new SpanList(), descriptors: [], seen: new Set()};
			groups.set(root, acc);
		}
		return acc;
	};
	const shortKeys = new Set([...shortNode.keys()].map((k) => k.split('@@')[0]));
	const keyFor = (k: string, article: string): string => {
		if (!shortKeys.has(k)) return k;
		const s = `${k}@@${article}`;
		return shortNode.has(s) ? s : k;
	};
	for (const [ai, analysis] of analyses.entries()) {
		const article = analysis.article;
		for (const [mi, m] of analysis.mentions.mentions.entries()) {
			const k = mentionKeys[ai][mi];
			if (k === '' || ignored.has(k)) continue;
			const acc = accOf(keyFor(k, article));
			acc.keys.add(k);
			acc.surfaces.set(m.name, (acc.surfaces.get(m.name) ?? 0) + 1);
			addVotes(acc.votes, m.votes ?? {[m.type]: 1});
			acc.mentions.set(article, (acc.mentions.get(article) ?? 0) + 1);
			acc.spans.add(articlePosition(article), m);
			if (!acc.known) {
				const known = knownEntity(m.name);
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
	const entities: Array<Omit<Entity, 'id' | 'spans'> & {spanList: SpanList}> = [];
	for (const [root, acc] of groups) {
		if (acc.spans.length === 0) continue;
		let type: EntityType = acc.known?.type ?? bestType(acc.votes);
		const surfaces = [...acc.surfaces].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
		const full = surfaces.filter(([s]) => !isAcronym(s) && (type !== 'person' || contentTokens(s).length >= 2));
		let name = firstNamed.get(root) ?? acc.known?.name ?? (full[0] ?? surfaces[0])[0];
		for (const k of acc.keys) {
			if (renames.has(k)) name = renames.get(k)!;
			if (retypes.has(k)) type = retypes.get(k)!;
		}
		const aliases = [...new Set([name, ...surfaces.map(([s]) => s)])];
		entities.push({type, name, aliases, mentions: Object.fromEntries(acc.mentions), spanList: acc.spans, descriptors: acc.descriptors});
	}
	// Most mentioned first, then by name with case and accents ignored: the order every view lists
	// entities in, so none of them sorts a large index again.
	const keys = new Map(entities.map((e) => [e, foldText(e.name)]));
	const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
	entities.sort((a, b) => b.spanList.length - a.spanList.length || order(keys.get(a)!, keys.get(b)!) || order(a.name, b.name));
	const used = new Map<string, number>();
	return entities.map(({spanList, type, name, aliases, mentions, descriptors}) => {
		const base = slugify(name);
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		// Keys in the Entity type's order (spans filled in by attach): output and the saved index keep it.
		return spanList.attach({id: n === 1 ? base : `${base}-${n}`, type, name, aliases, mentions, spans: [], descriptors}, articleIds);
	});
}
