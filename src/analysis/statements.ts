// Links renderings across articles into statements: candidates from a shared-key index, confirmed
// by alignment and speaker agreement (see linking/), then clustered and rejoined into whole quotes.
import type {StatementSettings} from '../corpus/config.js';
import type {Article} from '../corpus/types.js';
import type {ArticleAnalysis} from './article.js';
import {candidateIndex, MAX_BUCKET} from './linking/candidates.js';
import {clusterUnits, type Link} from './linking/cluster.js';
import {assemble, chooseSpeaker, type SpeakerVote} from './linking/assemble.js';
import {applyOverrides, type OverrideResult} from './linking/overrides.js';
import {judgeAllPairs, MIN_TRANSLATION_SHARED, translationOf, type PairSharer} from './linking/judge-pairs.js';
import {packUnits} from './linking/packed-units.js';
import {compatibleUnits, evidence, weightedContainment, type Comparable, type Weight} from './linking/similarity.js';
import {sortedIds} from './linking/tokens.js';
import {mutualBest} from './linking/translation.js';
import type {SpeakerResolver} from './linking/speakers.js';
import {prepareUnits, type LinkInput, type Unit} from './linking/units.js';
import type {Entity, Rendering, Statement} from './types.js';
import {pushAll} from '../util/arrays.js';

export interface LinkOptions {
	/** The user's corrections (presslens.json `statements`), applied after the rules. */
	settings?: StatementSettings;
	/** Told of corrections whose ids match nothing, or more than one thing. */
	onProblem?: (message: string) => void;
	/** Another thread to judge part of the candidate pairs meanwhile (the build's: index/pair-helper.ts). */
	sharer?: PairSharer;
}

export function linkStatements(articles: Article[], analyses: ArticleAnalysis[], entities: Entity[], options: LinkOptions = {}): Statement[] {
	const input = prepareUnits(articles, analyses, entities, options.sharer?.comparables() ?? undefined);
	const corrected = linkPrepared(input, options.settings ?? {}, options.sharer);
	for (const problem of corrected.problems) options.onProblem?.(problem);
	return sortStatements(corrected.statements);
}

/** The rules' statements with the user's corrections, and what each correction did (for `explain`). */
export function linkPrepared(input: LinkInput, settings: StatementSettings, sharer?: PairSharer): OverrideResult {
	return applyOverrides(ruleStatements(input, sharer), settings, input.speakers);
}

/** The statements the rules make, before the user's corrections. */
function ruleStatements(input: LinkInput, sharer?: PairSharer): Statement[] {
	const {units, articles, speakers} = input;
	const members = clusterUnits(units, confirmedLinks(input, sharer), {compatible: fitsWith(input), together: splitRemark(units, input.weight)});
	return members.map(list => toStatement(list.map(i => units[i]), articles, speakers));
}

/** Reported by the most outlets (then in the most articles) first: the order every view lists them in. */
export function sortStatements(statements: Statement[]): Statement[] {
	return statements.sort((x, y) => y.outlets - x.outlets || y.renderings.length - x.renderings.length || x.id.localeCompare(y.id));
}

/** Candidate pairs judged by the rules, and their neighbours in the same quotations. */
function confirmedLinks(input: LinkInput, sharer?: PairSharer): Link[] {
	const {units, weight} = input;
	const index = candidateIndex(input.indexed, MAX_BUCKET, sharer !== undefined);
	const {links, translations} = judgeAllPairs(input, index, sharer, () => packUnits(input));
	// In pair order, not the order the candidates came in: ties of score are then broken the same
	// way however the candidate index walks, and whichever thread judged a pair (clusters join
	// links best-first, neighbours once).
	const byPair = (x: Link, y: Link) => x.a - y.a || x.b - y.b;
	links.sort(byPair);
	pushAll(links, mutualBest(translations.sort(byPair), i => units[i].article));
	pushAll(links, neighbourLinks(units, links, weight));
	return links;
}

/** Could units a and b sit in one statement? (The clusters' check against chains of loose links.) */
function fitsWith(input: LinkInput): (a: number, b: number) => boolean {
	const {units, weight, context} = input;
	return (a, b) =>
		compatibleUnits(units[a], units[b], weight, context(units[a], units[b])) ||
		(weightedContainment(units[a].content, units[b].content, weight).shared >= MIN_TRANSLATION_SHARED && translationOf(units[a], units[b], context) > 0);
}

/** At most this many characters between the two quotations of one split remark. */
const MAX_SPLIT_GAP = 300;

/** Halves of one remark say different things: past this share of common content they are rivals. */
const MAX_HALVES_OVERLAP = 0.5;

/**
 * Two consecutive quotations of one article may be one remark split in two ("X stressed that the
 * crimes will not go unanswered. … “The resistance will respond,” he said."): close together,
 * credited to one speaker (or one of them to nobody, as a "he said" the speaker step lost), and
 * each saying what the other does not. Two that say the same (a remark and the rival wording of
 * it the article sets against it, or a caption printed twice) are no halves.
 */
function splitRemark(units: Unit[], weight: Weight): (article: number, groups: number[]) => boolean {
	let byGroup: Map<string, Unit[]> | null = null;
	return (article, groups) => {
		if (!byGroup) {
			byGroup = new Map();
			for (const u of units) {
				const key = `${u.article}:${u.group}`;
				const list = byGroup.get(key);
				if (list) list.push(u);
				else byGroup.set(key, [u]);
			}
		}
		const parts = groups.map(g => byGroup!.get(`${article}:${g}`) ?? []);
		if (parts.some(p => p.length === 0)) return false;
		const speakers = new Set(parts.flat().map(u => u.speaker ?? u.speakerKey).filter(k => k !== null));
		if (speakers.size > 1) return false;
		for (let i = 1; i < parts.length; i++) {
			const end = Math.max(...parts[i - 1].map(u => u.quote.end));
			const start = Math.min(...parts[i].map(u => u.quote.start));
			if (start - end > MAX_SPLIT_GAP || start < end) return false;
			const before = sortedIds(parts[i - 1].flatMap(u => [...u.content]));
			const after = sortedIds(parts[i].flatMap(u => [...u.content]));
			if (weightedContainment(before, after, weight).containment > MAX_HALVES_OVERLAP) return false;
		}
		return true;
	};
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
		// Outlets cut one utterance into sentences differently ("It was a hard decision. Not one I
		// wanted." / "It's a hard decision, not one I wanted."): a sentence that matches two
		// consecutive sentences of the other rendering better than one takes both.
		for (const [x, y] of [
			[link.a, link.b],
			[link.b, link.a],
		]) {
			for (const step of [1, -1]) {
				const ny = at.get(`${units[y].article}:${units[y].group}:${units[y].part + step}`);
				if (ny === undefined) continue;
				const key = `${Math.min(x, ny)}:${Math.max(x, ny)}`;
				if (seen.has(key)) continue;
				// The neighbour must bring words of its own, not only the function words any sentence has.
				if (weightedContainment(units[x].content, units[ny].content, weight).shared < 2) continue;
				const alone = evidence(units[x], units[y], weight);
				const both = evidence(units[x], step > 0 ? joined(units[y], units[ny]) : joined(units[ny], units[y]), weight);
				if (both.lcs < alone.lcs + MIN_EXTRA_WORDS || both.align < Math.max(MIN_EXTRA_ALIGN, alone.align - 0.1)) continue;
				seen.add(key);
				out.push({a: x, b: ny, score: link.score * 0.85});
			}
		}
	}
	return out;
}

/** Words a neighbouring sentence must add to the alignment to be taken along, and the alignment of the two together. */
const MIN_EXTRA_WORDS = 3;
const MIN_EXTRA_ALIGN = 0.6;

/** Two consecutive sentences as one text. */
function joined(first: Comparable, second: Comparable): Comparable {
	return {all: [...first.all, ...second.all], content: sortedIds([...first.content, ...second.content])};
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
	const votes = runs.flatMap(([u]): SpeakerVote[] => {
		const key = u.speaker ?? u.speakerKey;
		// A place does not speak ("Texas" for its senator's words): no speaker beats a wrong one.
		// (It still keeps its renderings apart from another speaker's: the place may be a person
		// the entity step typed wrongly.)
		if (!key || !u.quote.speakerName || u.speakerKind === 'place') return [];
		const personEntity = u.speaker !== null && speakers.type(u.speaker) === 'person';
		const full = (personEntity ? speakers.displayName(u.speaker!) : null) ?? u.quote.speakerName;
		const article = articles[u.article].id;
		return [{key, entity: u.speaker, name: u.quote.speakerName, direct: u.quote.kind === 'direct', person: u.quote.speakerKind === 'person', words: u.all.length, full, article, personEntity}];
	});
	return assemble(renderings, chooseSpeaker(votes), speakers);
}
