// What linking compares: one unit per sentence of a quotation (or per reported clause), with its
// words as term ids, its speaker and its date, and the IDF weights of the corpus. Made once for the
// whole corpus by linkStatements, and made the same way by `explain` to judge a few pairs again.
import type {Article} from '../../corpus/types.js';
import type {ArticleAnalysis} from '../article.js';
import type {RawQuote} from '../quotes.js';
import type {Entity} from '../types.js';
import {pairKey, shingleKeys, type IndexedUnit} from './candidates.js';
import type {ClusterUnit} from './cluster.js';
import {comparable, WithWords, type Comparable, type LinkContext, type SpeakerRelation, type Weight} from './similarity.js';
import {bodiesAgree, labelText, namesIn, nameParts, onlyRole, partsAgree, sourceBody, speakerSignature, SpeakerResolver} from './speakers.js';
import {Vocabulary} from './tokens.js';
import type {SoftTerms} from './translation.js';
import {corpusWordsOf} from '../entities/common-words.js';
import {PERSON_ROLES, TITLES} from '../entities/lexicon.js';
import {isDemonym} from '../entities/words.js';

/** Dates further apart than this (in days) mark different occasions unless the words are verbatim. */
const OCCASION_DAYS = 4;

/** What the speakers' relation and a pair's context read of a unit. */
export interface SpeakingUnit {
	quote: Pick<RawQuote, 'text' | 'speakerName' | 'speakerLabel'>;
	/** Speaker entity id (after alias merging), or null. */
	speaker: string | null;
	/** A surname-like key of the speaker's name, for speakers the entity step missed. */
	speakerKey: string | null;
	speakerKind: string | null;
	/** The words of the speaker's name (nameParts), made on first use. */
	speakerParts?: readonly string[];
	/** The body an unnamed speaker speaks for (sourceBody), made on first use. */
	speakerSource?: string | null;
	day: number | null;
	/** Its words as the soft match for translations reads them, made on first use. */
	soft?: SoftTerms;
}

export interface Unit extends ClusterUnit, Comparable, SpeakingUnit {
	quote: RawQuote;
}

/** A unit's words (WithWords) with a place from the start for each thing judging remembers on it. */
export class JudgedWords extends WithWords {
	speakerParts: readonly string[] | undefined = undefined;
	speakerSource: string | null | undefined = undefined;
	soft: SoftTerms | undefined = undefined;
}

/**
 * prepareUnits' units. A class, not literals with the words spread in: its words stay in the
 * comparable it was made with (WithWords), which may be packed, and every property judging
 * remembers on it later has its place from the start (one added afterwards costs a property array).
 */
class LinkUnit extends JudgedWords implements Unit {
	group = 0;
	part = 0;
	speakerKey: string | null = null;
	speakerKind: string | null = null;

	constructor(
		words: Comparable,
		readonly article: number,
		readonly quote: RawQuote,
		readonly speaker: string | null,
		readonly day: number | null,
	) {
		super(words);
	}
}

/** What a pair's context reads of the speaker entities (a SpeakerResolver, or a table of them: packed-units.ts). */
export interface SpeakerFacts {
	type(entity: string): string | null;
	displayName(entity: string): string | null;
	/** Every name of the entity (its display name first). */
	names(entity: string): string[];
	/** Every descriptor outlets gave the entity. */
	labels(entity: string): string[];
}

export interface LinkInput {
	articles: Article[];
	units: Unit[];
	weight: Weight;
	/** The weights by term id (what `weight` reads). */
	weights: Float64Array;
	/** The units as the candidate index reads them (keys made on demand). */
	indexed: IndexedUnit[];
	context: Context;
	speakers: SpeakerResolver;
}

export type Context<U extends SpeakingUnit = Unit> = (a: U, b: U) => LinkContext;

function dayNumber(date: string | null): number | null {
	if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
	const t = Date.parse(date.slice(0, 10));
	return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** The quotes' texts as comparables, in the order of quoteTexts, with the number of distinct terms. */
export interface MadeComparables {
	comparables: Comparable[];
	terms: number;
}

/** The text of each quote prepareUnits makes a unit of, in its order. */
export function quoteTexts(articles: readonly Article[], analyses: readonly ArticleAnalysis[]): string[] {
	const known = new Set(articles.map(a => a.id));
	return analyses.flatMap(a => (known.has(a.article) ? a.quotes.map(q => q.text) : []));
}

/**
 * Texts made comparable with term ids numbered in the order first met, as prepareUnits numbers
 * them: made on another thread meanwhile (index/pair-helper.ts), they are the same ids.
 */
export function comparablesOf(texts: TextList, onProgress?: (done: number) => void): MadeComparables {
	const vocabulary = new Vocabulary();
	const comparables = eachDistinctText(texts, text => comparable(text, vocabulary), onProgress);
	return {comparables, terms: vocabulary.size};
}

/**
 * make(text) of each text, in order, made once per distinct text: syndicated and republished
 * articles print the same quotes word for word (the term ids are the same either way, as they are
 * numbered in the order first met; what is made is only read).
 */
export function eachDistinctText<T>(texts: TextList, make: (text: string) => T, onProgress?: (done: number) => void): T[] {
	const made = new Map<string, T>();
	const out: T[] = [];
	for (let i = 0; i < texts.length; i++) {
		if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i);
		const text = texts.at(i)!;
		let c = made.get(text);
		if (c === undefined) made.set(text, (c = make(text)));
		out.push(c);
	}
	return out;
}

/** Texts in order: an array, or texts decoded when asked for (index/pair-helper-messages.ts). */
export type TextList = Pick<readonly string[], 'length' | 'at'>;

/** Texts between two calls of comparablesOf's onProgress. */
const PROGRESS_EVERY = 4096;

/** `made`: comparablesOf(quoteTexts(articles, analyses)), when another thread made them. */
export function prepareUnits(articles: Article[], analyses: ArticleAnalysis[], entities: Entity[], made?: MadeComparables): LinkInput {
	const byId = new Map(articles.map((a, i) => [a.id, i]));
	const {comparables, terms} = made ?? comparablesOf(quoteTexts(articles, analyses));
	const speakers = new SpeakerResolver(entities);
	// "Opponents said", "Senators warned": a lone word the corpus writes in lower case as an ordinary
	// noun, that no entity of this article answers to as a person or organisation, names no speaker;
	// nor does a lone people, title or suffix cut from a longer name.
	const words = corpusWordsOf(articles);
	const noSpeaker = (q: RawQuote, speaker: string | null): boolean => {
		const name = q.speakerName;
		if (!name || /\s/.test(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
		const type = speaker ? speakers.type(speaker) : null;
		if (type === 'person' || type === 'organization') return false;
		// A people ("British"), a title or role alone ("Attorney"), a name's suffix ("Jr"): a fragment.
		const l = name.toLowerCase();
		return words.commonNoun(name) || isDemonym(name) || TITLES.has(l) || PERSON_ROLES.has(l) || /^(?:jr|sr)$/.test(l);
	};
	const units: Unit[] = [];
	for (const analysis of analyses) {
		const ai = byId.get(analysis.article);
		if (ai === undefined) continue;
		const article = articles[ai];
		const day = dayNumber(article.published);
		const joined = splitQuotes(article.body, analysis.quotes);
		analysis.quotes.forEach((said, qi) => {
			let speaker = said.speakerName ? speakers.resolve(said.speakerName, article.id, said.speakerAt, said.speakerLabel) : null;
			const q = noSpeaker(said, speaker) ? {...said, speakerName: null, speakerLabel: null, speakerKind: null} : said;
			if (q !== said) speaker = null;
			// One unit per quote, in quoteTexts' order.
			const unit = new LinkUnit(comparables[units.length], ai, q, speaker, day);
			unit.group = joined.get(said)?.group ?? q.group ?? qi;
			unit.part = joined.get(said)?.part ?? q.part ?? 0;
			unit.speakerKey = speakers.surnameKey(q.speakerName);
			unit.speakerKind = (speaker ? speakers.type(speaker) : null) ?? q.speakerKind ?? null;
			units.push(unit);
		});
	}

	// Rarer terms say more: inverse document frequency over renderings, scaled to (0, 1] so that
	// thresholds mean the same in a corpus of five articles and one of fifty thousand.
	const df = new Int32Array(terms);
	for (const u of units) for (const t of u.content) df[t]++;
	const maxIdf = Math.log(1 + Math.max(1, units.length));
	const weights = new Float64Array(terms).fill(1);
	df.forEach((n, t) => {
		if (n > 0) weights[t] = Math.log(1 + units.length / n) / maxIdf;
	});
	const weight: Weight = t => weights[t];

	// Keys are made when the candidate index reads them, not held for every unit at once.
	const keyed: SpeakerIds = {keyOf: speakerKeys(speakers), ids: new Vocabulary()};
	const indexed = units.map((u, index) => new KeyedUnit(u, index, keyed));
	return {articles, units, weight, weights, indexed, context: contextOf(units, speakers), speakers};
}

/** At most this many words between the two halves of a split quote ("A," the minister said, "B."). */
const MAX_SPLIT_GAP_WORDS = 6;

/**
 * A quote split around its attribution ("A," he said, "B.") is one rendering: the second half
 * continues the first's quotation. Returns the new group and part of each quote that moves.
 */
export function splitQuotes(body: string, quotes: RawQuote[]): Map<RawQuote, {group: number; part: number}> {
	const moved = new Map<RawQuote, {group: number; part: number}>();
	const place = (q: RawQuote, i: number) => moved.get(q) ?? {group: q.group ?? i, part: q.part ?? 0};
	const order = quotes.map((q, i) => i).sort((x, y) => quotes[x].start - quotes[y].start);
	const lastPart = new Map<number, number>();
	quotes.forEach((q, i) => lastPart.set(q.group ?? i, Math.max(lastPart.get(q.group ?? i) ?? 0, q.part ?? 0)));
	for (let k = 0; k + 1 < order.length; k++) {
		const [i, j] = [order[k], order[k + 1]];
		const [a, b] = [quotes[i], quotes[j]];
		if (a.kind !== 'direct' || b.kind !== 'direct' || (b.part ?? 0) !== 0) continue;
		const ga = a.group ?? i;
		const gb = b.group ?? j;
		if (ga === gb || (a.part ?? 0) !== lastPart.get(ga)) continue;
		// The first half breaks off mid-sentence, and only the attribution stands between them,
		// closed by punctuation ("…,” he said, “…"; not "…,” she told the host of “Morning Show”).
		if (!/[,—–…-]\s*$/.test(a.text)) continue;
		const gap = body.slice(a.end, b.start);
		if (!/[,.:;—–]\s*[“"«„‘']?$/u.test(gap)) continue;
		const gapWords = (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length;
		if (gapWords === 0 || gapWords > MAX_SPLIT_GAP_WORDS || /[“”"«»]/.test(gap.slice(1, -1))) continue;
		if (b.speakerName && a.speakerName && b.speakerName !== a.speakerName) continue;
		const at = place(a, i);
		// Every sentence of the second quotation moves after the first's.
		quotes.forEach((q, n) => {
			if ((q.group ?? n) === gb) moved.set(q, {group: at.group, part: at.part + 1 + (q.part ?? 0)});
		});
		lastPart.set(ga, at.part + 1 + (lastPart.get(gb) ?? 0));
	}
	return moved;
}

/**
 * What a speaker entity is indexed under: the spelling-tolerant signature of a person's name, so
 * that one person the entity step kept as two ("Hossein Mahdavi-Rad", "Hussein Mahdavirad") is
 * one key; an organisation's own id. One answer per entity, made on first ask.
 */
function speakerKeys(speakers: SpeakerResolver): (entity: string) => string {
	const memo = new Map<string, string>();
	return entity => {
		let key = memo.get(entity);
		if (key === undefined) {
			const signature = speakers.type(entity) === 'person' ? signatureKey(speakers.displayName(entity)) : null;
			memo.set(entity, (key = signature ?? entity));
		}
		return key;
	};
}

/** A name's signature as a speaker key (never equal to an entity id or a surname key). */
function signatureKey(name: string | null): string | null {
	const signature = speakerSignature(name);
	return signature ? `\u0000${signature}` : null;
}

/** The speaker keys of units (speakerKeys), numbered in the order met. */
interface SpeakerIds {
	keyOf: (entity: string) => string;
	ids: Vocabulary;
}

/**
 * A unit as the candidate index reads it, its keys made on each read. A class, its getters on the
 * prototype: an object literal with a getter costs a closure, its context and an accessor pair per
 * unit, about 150 bytes for each of hundreds of thousands of units, held through linking.
 */
class KeyedUnit implements IndexedUnit {
	constructor(
		private readonly unit: Unit,
		readonly index: number,
		private readonly speakers: SpeakerIds,
	) {}

	get article(): number {
		return this.unit.article;
	}

	get keys(): number[] {
		return unitKeys(this.unit, this.speakers);
	}
}

/** Word 3-shingles, and each content word under the speaker's key and name key. */
function unitKeys(u: Unit, speakers: SpeakerIds): number[] {
	const keys = shingleKeys(u.all, 3);
	// A speaker no entity holds is indexed under its name's signature too ("Mahdavi Rad Hossein").
	const named = u.speaker ? speakers.keyOf(u.speaker) : u.speakerKind === 'person' ? signatureKey(u.quote.speakerName) : null;
	for (const who of [named, u.speakerKey]) {
		if (!who) continue;
		const id = speakers.ids.id(who);
		for (const t of u.content) keys.push(pairKey(id, t));
	}
	return keys;
}

export function contextOf<U extends SpeakingUnit>(units: readonly U[], speakers: SpeakerFacts): Context<U> {
	// Labels each speaker was given anywhere in the corpus, for person ~ organisation agreement.
	// Each label once: a much-quoted speaker is labelled the same way thousands of times, and every
	// person~organisation check reads the whole list.
	const labelSets = new Map<string, Set<string>>();
	for (const u of units) {
		const key = u.speaker ?? u.speakerKey;
		if (!key) continue;
		let set = labelSets.get(key);
		if (!set) labelSets.set(key, (set = new Set(u.speaker ? speakers.labels(u.speaker) : [])));
		if (u.quote.speakerLabel) set.add(u.quote.speakerLabel);
	}
	const labels = new Map<string, string>([...labelSets].map(([key, set]) => [key, labelText([...set])]));
	const memo = new Map<string, boolean>();
	const speaksFor = (person: SpeakingUnit, org: SpeakingUnit): boolean => {
		const pk = person.speaker ?? person.speakerKey!;
		const ok = org.speaker ?? org.speakerKey!;
		const key = `${pk}\u0000${ok}`;
		let hit = memo.get(key);
		if (hit === undefined) {
			const names = org.speaker ? speakers.names(org.speaker) : [org.quote.speakerName ?? ''];
			memo.set(key, (hit = namesIn(labels.get(pk) ?? labelText([]), names)));
		}
		return hit;
	};
	// A person's full name as the entity step knows it: "Mahdavi-Rad" in one article is the
	// "Hossein Mahdavi-Rad" named there, to compare with "Hussein Mahdavirad" elsewhere.
	const fullName = (u: SpeakingUnit): string | null => (u.speaker && speakers.type(u.speaker) === 'person' ? speakers.displayName(u.speaker) : null) ?? u.quote.speakerName;
	const relation = (a: SpeakingUnit, b: SpeakingUnit): SpeakerRelation => speakerRelation(a, b, speaksFor, fullName);
	return (a, b) => new PairContext(a, b, relation);
}

/**
 * A pair's context, its speakers' relation worked out when first read: comparing two speakers'
 * names is the dearest part of it, and most candidate pairs are refused on their words and dates
 * alone (judgeUnits with `prune`).
 */
class PairContext implements LinkContext {
	readonly farApart: boolean;
	readonly sameDays: boolean;
	private relation: SpeakerRelation | undefined;

	constructor(
		private readonly a: SpeakingUnit,
		private readonly b: SpeakingUnit,
		private readonly relate: (a: SpeakingUnit, b: SpeakingUnit) => SpeakerRelation,
	) {
		const known = a.day !== null && b.day !== null;
		const apart = known ? Math.abs(a.day! - b.day!) : 0;
		this.farApart = known && apart > OCCASION_DAYS;
		this.sameDays = known && apart <= OCCASION_DAYS;
	}

	get speaker(): SpeakerRelation {
		return (this.relation ??= this.relate(this.a, this.b));
	}
}

/**
 * Two named people disagree; a person and an organisation need not (outlets credit a spokesman's
 * words to his group): they agree when the person's labels name the group. When the entity step
 * kept two names apart that are plainly one person in other spellings ("Taylor Greene" /
 * "Taylor-Greene", "Xi Jinping" / "Jinping Xi"), the names decide; when it kept a bare surname
 * apart from a full name, who was meant is not known, and that is neither agreement nor conflict.
 */
export function speakerRelation(
	a: SpeakingUnit,
	b: SpeakingUnit,
	speaksFor: (person: SpeakingUnit, org: SpeakingUnit) => boolean,
	fullName: (u: SpeakingUnit) => string | null = u => u.quote.speakerName,
): SpeakerRelation {
	let same: boolean;
	if (a.speaker && b.speaker) same = a.speaker === b.speaker;
	else if (a.speakerKey && b.speakerKey) same = a.speakerKey === b.speakerKey;
	else return 'unattributed';
	const pa = (a.speakerParts ??= nameParts(fullName(a)));
	const pb = (b.speakerParts ??= nameParts(fullName(b)));
	// Unnamed sources ("a Harbour Board spokeswoman", "a Harbour Board representative") agree when
	// they speak for the same body, whatever their role noun.
	if (a.speakerSource === undefined) a.speakerSource = sourceBody(a.quote.speakerName);
	if (b.speakerSource === undefined) b.speakerSource = sourceBody(b.quote.speakerName);
	const sources = bodiesAgree(a.speakerSource, b.speakerSource);
	if (sources) return sources;
	// One surname, two given names ("Ilse Varga", "Anna Varga"): two people, unless the entity
	// step made them one.
	const aOrg = a.speakerKind === 'organization';
	const bOrg = b.speakerKind === 'organization';
	if (same) return !(a.speaker && b.speaker) && !aOrg && !bOrg && partsAgree(pa, pb) === 'different' ? 'conflict' : 'same';
	// One person in two spellings the entity step kept apart, one of them perhaps with the name of
	// a ministry glued before it and so taken for an organisation: the full names decide.
	if (!(aOrg && bOrg) && pa.length >= 2 && pb.length >= 2 && partsAgree(pa, pb) === 'same') return 'same';
	if (aOrg !== bOrg) return (aOrg ? speaksFor(b, a) : speaksFor(a, b)) ? 'affiliated' : 'unknown';
	// A title without a name ("the special envoy") may well be the named person.
	if (onlyRole(pa) || onlyRole(pb)) return 'partial';
	const names = partsAgree(pa, pb);
	return names === 'same' ? 'same' : names === 'partial' ? 'partial' : 'conflict';
}
