// Why a statement holds the renderings it holds, and why others that looked alike were refused.
// Linking keeps no evidence (that would cost memory and time on every build); this judges again,
// with the same units, weights and rules, the few pairs that concern one statement.
import type {Rendering, Statement} from '../types.js';
import {candidatesOf} from './candidates.js';
import type {OverrideNote} from './overrides.js';
import {compatibleUnits, evidence, judgeUnits, links, LONG_VERBATIM, MIN_SHARED_WEIGHT, UNDATED_COMMON, UNDATED_CONTAINMENT, type PairEvidence, type Rule, type SpeakerRelation} from './similarity.js';
import {isStopword, term, words} from './tokens.js';
import type {LinkInput} from './units.js';

export interface PairReport {
	/** Rendering ids of the two sides. */
	from: string;
	to: string;
	/** The sentences compared (a rendering of several sentences is judged sentence by sentence). */
	fromText: string;
	toText: string;
	/** 'few-shared': too little in common to be aligned at all. */
	rule: Rule | 'few-shared';
	/** Decided on the words one side quotes inside its paraphrase. */
	quoted: boolean;
	linked: boolean;
	score: number;
	/** Content words of `fromText` whose lemma the other sentence has too. */
	shared: string[];
	evidence: PairEvidence;
	speaker: SpeakerRelation;
	speakers: [string | null, string | null];
	/** Days between the two articles, when both are dated. */
	daysApart: number | null;
	/** The rule's finding in words. */
	why: string;
}

export interface JoinReport {
	rendering: string;
	/** rule: a pair of its sentences passes the rules; next: its sentences follow sentences that link,
	 * in the same quotations; override: presslens.json put it here. */
	how: 'rule' | 'next' | 'override';
	/** The best pair tying it to another rendering of the statement. */
	pair: PairReport | null;
	/** The presslens.json rule that put it here, for 'override'. */
	rule?: string;
}

export interface RefusalReport {
	rendering: string;
	article: string;
	outlet: string | null;
	text: string;
	/** The statement that holds it instead. */
	statement: string | null;
	pair: PairReport;
	/** Why it stayed out, in words. */
	reason: string;
}

export interface Explanation {
	statement: Statement;
	joins: JoinReport[];
	refused: RefusalReport[];
	/** The presslens.json rules that changed this statement's renderings or speaker. */
	corrections: string[];
}

/** Refused candidates listed, best first. */
const MAX_REFUSED = 15;

interface Place {
	rendering: Rendering;
	statement: Statement;
}

/**
 * Re-judges the pairs of one statement, from the input its index was linked from. `notes` say what
 * the user's corrections did (linkPrepared gives them); without them no rendering is said to have
 * been moved by presslens.json.
 */
export function explainStatement(input: LinkInput, statement: Statement, all: Statement[], notes: OverrideNote[] = []): Explanation {
	const {units, articles} = input;
	const byArticle = new Map<string, number[]>();
	units.forEach((u, i) => {
		const id = articles[u.article].id;
		byArticle.set(id, [...(byArticle.get(id) ?? []), i]);
	});
	const places = new Map<string, Place[]>();
	for (const s of all) for (const r of s.renderings) places.set(r.article, [...(places.get(r.article) ?? []), {rendering: r, statement: s}]);
	const placeOf = (i: number): Place | undefined => {
		const q = units[i].quote;
		return places.get(articles[units[i].article].id)?.find(p => p.rendering.start <= q.start && q.end <= p.rendering.end);
	};
	const unitsOf = (r: Rendering): number[] => (byArticle.get(r.article) ?? []).filter(i => r.start <= units[i].quote.start && units[i].quote.end <= r.end);
	const pair = (x: number, y: number): PairReport => judgePair(input, x, y, placeOf(x)?.rendering.id ?? '', placeOf(y)?.rendering.id ?? '');

	const members = statement.renderings.map(r => ({rendering: r, units: unitsOf(r)}));
	const joins: JoinReport[] = members.length < 2 ? [] : members.map(m => {
		let best: PairReport | null = null;
		for (const other of members) {
			if (other === m) continue;
			for (const x of m.units) for (const y of other.units) if (units[x].article !== units[y].article) best = better(best, pair(x, y));
		}
		const rule = movedBy(notes, m.rendering);
		if (rule) return {rendering: m.rendering.id, how: 'override', pair: best, rule};
		return {rendering: m.rendering.id, how: best?.linked ? 'rule' : 'next', pair: best};
	});

	const focus = new Set(members.flatMap(m => m.units));
	const inside = new Set(statement.renderings.map(r => r.id));
	const bestOf = new Map<string, {report: PairReport; place: Place; unit: number}>();
	for (const [f, others] of candidatesOf(input.indexed, focus)) {
		for (const c of others) {
			if (focus.has(c) || units[c].article === units[f].article) continue;
			const place = placeOf(c);
			if (!place || inside.has(place.rendering.id)) continue;
			const report = pair(c, f);
			const known = bestOf.get(place.rendering.id);
			if (!known || better(known.report, report) === report) bestOf.set(place.rendering.id, {report, place, unit: c});
		}
	}
	const refused = [...bestOf.values()]
		.sort((a, b) => rank(b.report) - rank(a.report))
		.slice(0, MAX_REFUSED)
		.map(({report, place, unit}): RefusalReport => ({
			rendering: place.rendering.id,
			article: place.rendering.article,
			outlet: place.rendering.outlet,
			text: place.rendering.text,
			statement: place.statement.id,
			pair: report,
			reason: report.linked ? keptOut(input, unit, [...focus], place, statement, notes) : report.why,
		}));
	const ids = new Set(statement.renderings.map(r => r.id));
	const corrections = [...new Set(notes.filter(n => n.renderings.some(id => ids.has(id))).map(n => n.rule))];
	return {statement, joins, refused, corrections};
}

function judgePair(input: LinkInput, x: number, y: number, from: string, to: string): PairReport {
	const {units, weight, context} = input;
	const ux = units[x];
	const uy = units[y];
	const ctx = context(ux, uy);
	const judged = judgeUnits(ux, uy, weight, ctx);
	const e = judged?.evidence ?? evidence(ux, uy, weight);
	const rule = judged?.rule ?? 'few-shared';
	const daysApart = ux.day !== null && uy.day !== null ? Math.abs(ux.day - uy.day) : null;
	const speakers: [string | null, string | null] = [ux.quote.speakerName, uy.quote.speakerName];
	return {
		from,
		to,
		fromText: ux.quote.text,
		toText: uy.quote.text,
		rule,
		quoted: judged?.quoted ?? false,
		linked: rule !== 'few-shared' && links(rule),
		score: judged?.score ?? 0,
		shared: sharedWords(ux.quote.text, uy.quote.text),
		evidence: e,
		speaker: ctx.speaker,
		speakers,
		daysApart,
		why: describe(rule, e, ctx.speaker, speakers, daysApart),
	};
}

const rank = (p: PairReport): number => (p.linked ? 10 : 0) + p.score + p.evidence.sharedWeight / 100;
const better = (a: PairReport | null, b: PairReport): PairReport => (!a || rank(b) > rank(a) ? b : a);

/** The content words of `a` (as printed) whose comparable form `b` has too. */
export function sharedWords(a: string, b: string): string[] {
	const other = new Set(
		words(b)
			.filter(w => !isStopword(w))
			.map(term),
	);
	return [...new Set(words(a).filter(w => !isStopword(w) && other.has(term(w))))];
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function describe(rule: Rule | 'few-shared', e: PairEvidence, speaker: SpeakerRelation, names: [string | null, string | null], days: number | null): string {
	const aligned = `${e.lcs} of ${e.shorter} words in the same order`;
	const shared = `${e.shared} content word${e.shared === 1 ? '' : 's'} shared (${pct(e.containment)} of the shorter's, by weight)`;
	const pair = `${names[0] ?? 'unknown'} / ${names[1] ?? 'unknown'}`;
	const who = {
		same: `the same speaker (${pair})`,
		affiliated: `a speaker and the group their labels name (${pair})`,
		partial: `speakers that may be one (${pair}: a bare surname or a title)`,
		unattributed: `one side names no speaker (${pair})`,
		unknown: `speakers nothing ties together (${pair})`,
		conflict: `different speakers (${pair})`,
	}[speaker];
	switch (rule) {
		case 'strong':
			return `the same words: ${aligned}, ${shared}; ${who}`;
		case 'recap':
			return `a long run of the same words (${aligned}) despite ${speaker === 'conflict' ? who : `${days} days apart`}`;
		case 'fragment':
			return `an excerpt of ${e.shorter} words found word for word (${aligned}); ${who}`;
		case 'excerpt':
			return `an excerpt found word for word (${aligned}, ${shared}); ${who}`;
		case 'paraphrase':
			return `a paraphrase: ${shared}; the same speaker, ${days === null ? 'dates unknown' : `${days} day${days === 1 ? '' : 's'} apart`}`;
		case 'few-shared':
			return `too little in common to compare: ${shared}`;
		case 'little-information':
			return `the shared words are too common to tell (weight ${e.sharedWeight.toFixed(2)}, at least ${MIN_SHARED_WEIGHT} needed)`;
		case 'fragment-words':
			return `a fragment of ${e.shorter} words not found word for word in the other (${aligned})`;
		case 'fragment-speaker':
			return `a fragment of ${e.shorter} words fits many utterances, and ${who}`;
		case 'far-apart':
			return `${days} days apart: another occasion unless ${LONG_VERBATIM} or more words run the same (${aligned})`;
		case 'speaker-conflict':
			return `${who}: only a long verbatim run links them (${aligned})`;
		case 'paraphrase-speaker':
			return `a paraphrase (${shared}) needs the same speaker in the same days (undated: ${UNDATED_COMMON} words of wording shared, ${pct(UNDATED_CONTAINMENT)} by weight); ${who}${days === null ? ', dates unknown' : days > 0 ? `, ${days} days apart` : ''}`;
		case 'too-different':
			return `too different: ${aligned}, ${shared}`;
	}
}

/** A pair the rules link, whose rendering the statement still did not take: why. */
function keptOut(input: LinkInput, unit: number, members: number[], place: Place, statement: Statement, notes: OverrideNote[]): string {
	const rule = movedBy(notes, place.rendering);
	if (rule) return `presslens.json ${rule} put it in statement ${place.statement.id}`;
	const {units, weight, context} = input;
	const u = units[unit];
	const other = statement.renderings.find(r => r.article === place.rendering.article);
	if (other) return `its article's other quotation (${other.id}) is in this statement already, and one article renders a statement once`;
	let pairs = 0;
	let good = 0;
	for (const m of members) {
		if (units[m].article === u.article) continue;
		pairs++;
		if (compatibleUnits(u, units[m], weight, context(u, units[m]))) good++;
	}
	if (pairs > 0 && good * 2 <= pairs) return `it fits only ${good} of the statement's ${pairs} other sentences: joining would chain unrelated renderings`;
	return `a stronger link had put it in statement ${place.statement.id}, which does not fit this one as a whole`;
}

/** The presslens.json rule that moved this rendering, if one did (the last one wins). */
function movedBy(notes: OverrideNote[], r: Rendering): string | null {
	return notes.findLast(n => !n.rule.startsWith('statements.speaker') && n.renderings.includes(r.id))?.rule ?? null;
}
