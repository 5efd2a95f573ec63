// Links renderings across articles into statements: candidates from a shared-key index, confirmed
// by alignment and speaker agreement (see linking/), then clustered and rejoined into whole quotes.
import {createHash} from 'node:crypto';
import type {Article} from '../corpus/types.js';
import type {ArticleAnalysis} from './article.js';
import {eachCandidatePair, pairKey, shingleKeys, type IndexedUnit} from './linking/candidates.js';
import {clusterUnits, type ClusterUnit, type Link} from './linking/cluster.js';
import {comparable, compatible, decide, evidence, isVerbatim, LONG_VERBATIM, weightedContainment, worthAligning, type Comparable, type LinkContext, type SpeakerRelation, type Weight} from './linking/similarity.js';
import {labelText, namesIn, SpeakerResolver} from './linking/speakers.js';
import {Vocabulary} from './linking/tokens.js';
import type {RawQuote} from './quotes.js';
import type {Entity, Rendering, Statement} from './types.js';
import {pushAll} from '../util/arrays.js';

/** Dates further apart than this (in days) mark different occasions unless the words are verbatim. */
const OCCASION_DAYS = 4;

interface Unit extends ClusterUnit, Comparable {
	quote: RawQuote;
	/** Speaker entity id (after alias merging), or null. */
	speaker: string | null;
	/** A surname-like key of the speaker's name, for speakers the entity step missed. */
	speakerKey: string | null;
	speakerKind: string | null;
	day: number | null;
}

function dayNumber(date: string | null): number | null {
	if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
	const t = Date.parse(date.slice(0, 10));
	return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

export function linkStatements(articles: Article[], analyses: ArticleAnalysis[], entities: Entity[]): Statement[] {
	const byId = new Map(articles.map((a, i) => [a.id, i]));
	const speakers = new SpeakerResolver(entities);
	const units: Unit[] = [];
	const vocabulary = new Vocabulary();
	for (const analysis of analyses) {
		const ai = byId.get(analysis.article);
		if (ai === undefined) continue;
		const article = articles[ai];
		analysis.quotes.forEach((q, qi) => {
			const speaker = q.speakerName ? speakers.resolve(q.speakerName, article.id) : null;
			units.push({
				article: ai,
				group: q.group ?? qi,
				part: q.part ?? 0,
				quote: q,
				...comparable(q.text, vocabulary),
				speaker,
				speakerKey: speakers.nameKey(q.speakerName),
				speakerKind: (speaker ? speakers.type(speaker) : null) ?? q.speakerKind ?? null,
				day: dayNumber(article.published),
			});
		});
	}

	// Rarer terms say more: inverse document frequency over renderings, scaled to (0, 1] so that
	// thresholds mean the same in a corpus of five articles and one of fifty thousand.
	const df = new Int32Array(vocabulary.size);
	for (const u of units) for (const t of u.content) df[t]++;
	const maxIdf = Math.log(1 + Math.max(1, units.length));
	const weights = new Float64Array(vocabulary.size).fill(1);
	df.forEach((n, t) => {
		if (n > 0) weights[t] = Math.log(1 + units.length / n) / maxIdf;
	});
	const weight: Weight = t => weights[t];

	// Keys are made when the candidate index reads them, not held for every unit at once.
	const speakerIds = new Vocabulary();
	const indexed: IndexedUnit[] = units.map((u, index) => ({
		index,
		article: u.article,
		get keys() {
			const keys = shingleKeys(u.all, 3);
			for (const who of [u.speaker, u.speakerKey]) {
				if (!who) continue;
				const id = speakerIds.id(who);
				for (const t of u.content) keys.push(pairKey(id, t));
			}
			return keys;
		},
	}));
	const context = contextOf(units, speakers);
	const links: Link[] = [];
	for (const [a, b] of eachCandidatePair(indexed)) {
		const ua = units[a];
		const ub = units[b];
		const quick = weightedContainment(ua.content, ub.content, weight);
		if (!worthAligning(quick.shared, quick.containment)) continue;
		const score = decide(evidence(ua, ub, weight), context(ua, ub));
		if (score > 0) links.push({a, b, score});
	}

	pushAll(links, neighbourLinks(units, links, weight));
	const fits = (a: number, b: number): boolean => {
		const ua = units[a];
		const ub = units[b];
		return compatible(weightedContainment(ua.content, ub.content, weight), context(ua, ub), () => isVerbatim(evidence(ua, ub, weight), LONG_VERBATIM));
	};
	const statements = clusterUnits(units, links, {compatible: fits}).map(members => toStatement(members.map(i => units[i]), articles, speakers));
	// Reported by the most outlets (then in the most articles) first: the order every view lists them in.
	return statements.sort((x, y) => y.outlets - x.outlets || y.renderings.length - x.renderings.length || x.id.localeCompare(y.id));
}

/**
 * Sentences next to a linked pair, inside the same two quotations, are judged in that context: a
 * short sentence ("The union is stronger than ever.") says too little alone, but following two
 * matching sentences it is plainly the same words.
 */
function neighbourLinks(units: Unit[], links: Link[], weight: Weight): Link[] {
	const at = new Map<string, number>();
	units.forEach((u, i) => at.set(`${u.article}:${u.group}:${u.part}`, i));
	const out: Link[] = [];
	const seen = new Set(links.map(l => `${Math.min(l.a, l.b)}:${Math.max(l.a, l.b)}`));
	for (const link of links) {
		for (const step of [1, -1]) {
			let a = link.a;
			let b = link.b;
			for (;;) {
				const na = at.get(`${units[a].article}:${units[a].group}:${units[a].part + step}`);
				const nb = at.get(`${units[b].article}:${units[b].group}:${units[b].part + step}`);
				if (na === undefined || nb === undefined) break;
				const key = `${Math.min(na, nb)}:${Math.max(na, nb)}`;
				if (seen.has(key)) break;
				const e = evidence(units[na], units[nb], weight);
				if (e.align < 0.6 || e.lcs < 2) break;
				seen.add(key);
				out.push({a: na, b: nb, score: link.score * 0.9});
				a = na;
				b = nb;
			}
		}
	}
	return out;
}

type Context = (a: Unit, b: Unit) => LinkContext;

function contextOf(units: Unit[], speakers: SpeakerResolver): Context {
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
	const speaksFor = (person: Unit, org: Unit): boolean => {
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
	// Two named people disagree; a person and an organisation need not (outlets credit a
	// spokesman's words to his group): they agree when the person's labels name the group.
	const relation = (a: Unit, b: Unit): SpeakerRelation => {
		let same: boolean;
		if (a.speaker && b.speaker) same = a.speaker === b.speaker;
		else if (a.speakerKey && b.speakerKey) same = a.speakerKey === b.speakerKey;
		else return 'unknown';
		if (same) return 'same';
		const aOrg = a.speakerKind === 'organization';
		if (aOrg === (b.speakerKind === 'organization')) return 'conflict';
		return (aOrg ? speaksFor(b, a) : speaksFor(a, b)) ? 'affiliated' : 'unknown';
	};
	return (a, b) => {
		const known = a.day !== null && b.day !== null;
		const apart = known ? Math.abs(a.day! - b.day!) : 0;
		return {speaker: relation(a, b), farApart: known && apart > OCCASION_DAYS, sameDays: known && apart <= OCCASION_DAYS};
	};
}

function toStatement(members: Unit[], articles: Article[], speakers: SpeakerResolver): Statement {
	// One rendering per run of consecutive sentences of one quotation.
	const sorted = [...members].sort((a, b) => a.article - b.article || a.group - b.group || a.part - b.part);
	const runs: Unit[][] = [];
	for (const u of sorted) {
		const last = runs.at(-1)?.at(-1);
		if (last && last.article === u.article && last.group === u.group && last.part + 1 === u.part) runs.at(-1)!.push(u);
		else runs.push([u]);
	}
	const renderings: Rendering[] = runs.map(run => {
		const article = articles[run[0].article];
		const first = run[0].quote;
		const start = first.start;
		const end = run.at(-1)!.quote.end;
		const speaker = run[0].speaker;
		return {
			id: `${article.id}:${start}`,
			article: article.id,
			outlet: article.outlet,
			published: article.published,
			text: article.body.slice(start, end),
			start,
			end,
			kind: first.kind,
			verb: first.verb,
			speaker,
			speakerName: first.speakerName,
			speakerLabel: first.speakerLabel ?? (speaker ? speakers.descriptor(speaker, article.id) : null),
		};
	});
	renderings.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.article.localeCompare(b.article) || a.start - b.start);
	const id = createHash('sha1')
		.update(renderings.map(r => r.id).sort().join('\n'))
		.digest('hex')
		.slice(0, 10);
	const chosen = chooseSpeaker(runs.map(r => r[0]));
	// One name per speaker across statements: the entity's own, else the fullest name quoted.
	const speaker = chosen.speaker;
	const speakerName = (speaker && speakers.displayName(speaker)) || chosen.speakerName;
	const outlets = new Set(renderings.map(r => r.outlet ?? `article:${r.article}`)).size;
	return {id, speaker, speakerName, renderings, outlets};
}

// The speaker most renderings agree on; on a tie a named person beats an organisation (outlets
// often attribute a spokesman's words to his group), then the outlet that quotes in full wins.
// The fullest name is shown.
function chooseSpeaker(units: Unit[]): {speaker: string | null; speakerName: string | null} {
	const votes = new Map<string, {count: number; person: number; direct: number; words: number; names: string[]; entity: string | null}>();
	for (const u of units) {
		const key = u.speaker ?? u.speakerKey;
		if (!key || !u.quote.speakerName) continue;
		const v = votes.get(key) ?? {count: 0, person: 0, direct: 0, words: 0, names: [], entity: u.speaker};
		v.count++;
		if (u.quote.kind === 'direct') v.direct++;
		v.words += u.all.length;
		if (u.quote.speakerKind === 'person') v.person++;
		v.names.push(u.quote.speakerName);
		votes.set(key, v);
	}
	const best = [...votes.values()].sort((a, b) => b.count - a.count || b.person - a.person || b.direct - a.direct || b.words - a.words)[0];
	if (!best) return {speaker: null, speakerName: null};
	const name = [...best.names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
	return {speaker: best.entity, speakerName: name};
}
