// Labels an article attributes to someone else, found around a mention of the entity: "The United
// States designates the al-Nujaba movement as a terrorist group", "Hamas, which Washington lists as
// a terrorist organisation", "X, designated a terrorist group by the EU". The descriptors seldom
// hold these (they are clauses, not appositions), so the words around each mention are read here.

import {ROLE_NOUNS} from '../entities/lexicon.js';
import {lemma} from './words.js';

export interface Designation {
	/** The phrase to read labels from: a noun phrase, or a passive clause with its "by". */
	phrase: string;
	/** The designator when the clause names it before the verb; null: readLabels finds it (or not). */
	by: string | null;
	/** Offset in the text of the clause, for its sentence. */
	at: number;
}

const ACTIVE_VERBS = 'designates|designated|lists|listed|labels|labeled|labelled|brands|branded|calls|called|considers|considered|deems|deemed|classifies|classified|describes|described|regards|regarded|dubs|dubbed|blacklists|blacklisted|declares|declared';
const PASSIVE_VERBS = 'designated|listed|blacklisted|label(?:l)?ed|branded|called|considered|deemed|classified|described|regarded|dubbed|recogni[sz]ed|declared|viewed|seen';
// A capitalised subject of up to five words, optionally after "the" and before one lowercase noun
// ("the State Department", "Washington", "the Velmari government").
// The lowercase noun is no relative pronoun ("Conservatives who have long regarded X as ...": the
// subject is "Conservatives").
// Its words are on one line (a paragraph break ends a sentence whatever the punctuation).
const SUBJECT = String.raw`((?:[Tt]he[^\S\n]+)?(?:\p{Lu}[\p{L}.’'&-]*[^\S\n]+){0,4}\p{Lu}[\p{L}.’'&-]*(?:[^\S\n]+(?!(?:who|whom|which|that|have|has|had)\b)\p{Ll}{3,})?)`;
const ACTIVE_BEFORE = new RegExp(String.raw`${SUBJECT}\s+(?:(?:who|that|which)\s+)?(?:(?:has|have|had|officially|formally|also|long|repeatedly)\s+){0,3}(?:${ACTIVE_VERBS})\s+(?:the\s+)?$`, 'u');
// After the name: a lowercase group noun or two ("movement"), then "as a ..." or "a ...".
// Quotation marks may wrap the designator's words ("called X a “loser”"): they stay in the phrase.
// The lowercase words between the name and the complement are nouns for the kind of body it is ("the
// al-Nujaba movement as"): any other word ("called Republican concentration on the talking points
// a ...") makes the name qualify another noun, the one designated.
const ACTIVE_AFTER = /^((?:\s+\p{Ll}+){0,2}?)\s+((?:as\s+)?(?:a|an|the)\s+[^,.;:!?()]{2,80})/u;
const PASSIVE_AFTER = new RegExp(
	// A comma, a relative or an auxiliary before the participle: "X, designated ... by", "X, which is
	// listed as"; without one the verb is the mention's own ("Trump declared a national emergency").
	String.raw`^(?:\s+\p{Ll}+){0,2}?(?:\s*[(\[][^)\]]{0,40}[)\]])?(?:,\s+((?:(?:which|who|that)\s+)?(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|being|remains)\s+)?(?:\p{L}+ly\s+)?(?:${PASSIVE_VERBS})\s+[^,.;:!?"“”()]{3,120})|\s+((?:(?:which|who|that)\s+)?(?:is|was|are|were|has\s+been|have\s+been|had\s+been|being|remains)\s+(?:\p{L}+ly\s+)?(?:${PASSIVE_VERBS})\s+[^,.;:!?"“”()]{3,120}))`,
	'u',
);
const RELATIVE_AFTER = new RegExp(String.raw`^(?:\s+\p{Ll}+){0,2}?,?\s+(?:which|whom|who|that)\s+${SUBJECT}\s+(?:(?:has|have|had|officially|formally|also)\s+){0,2}(?:${ACTIVE_VERBS})\s+([^,.;:!?()]{3,80})`, 'u');
// Cheap test before the patterns: most mentions have no such verb near them.
const NEAR = /designat|list|label|brand|call|consider|deem|classif|describ|regard|dub|recogni|declar|viewed|seen/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|who|which)$/i;

function subject(text: string): string {
	const s = text.trim().replace(/^the\s+/i, '');
	return PRONOUN.test(s) ? 'unnamed' : s;
}

/** A phrase that opens a quotation ends where the quotation does ("a “loser” and a ..." → a “loser”). */
function closeQuote(phrase: string): string {
	return /^[^“"]*[“"][^”"]+[”"]/u.exec(phrase)?.[0] ?? phrase;
}

// "called Hamas a terrorist group and a peace partner": each noun phrase after a coordinator and a
// determiner is another label of the same object. "called Hamas a terrorist group and Fatah a peace
// partner": a name after the coordinator is another object, and the words after it are its label.
const NEXT_LABEL = /,?\s+(?:and|or|but\s+also|as\s+well\s+as)\s+(?=(?:as\s+)?(?:a|an|the)\s)/u;
const NEXT_OBJECT = /,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}/u;

// A finite verb after the complement is the clause's own ("Conservatives who have long regarded X
// as an ideological imposter are in a position to ..."): the complement ends before it.
const CLAUSE_VERB = /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\s[\s\S]*$/u;

/** The label phrases of one object: the complement split at its coordinators, up to another object or the clause's verb. */
function coordinated(complement: string): string[] {
	const other = NEXT_OBJECT.exec(complement);
	const own = (other ? complement.slice(0, other.index) : complement).replace(CLAUSE_VERB, '');
	return own
		.split(NEXT_LABEL)
		.map((p) => closeQuote(p.trim().replace(/^as\s+/, '')))
		.filter((p) => p !== '');
}

// The object before this one in a list that shares the verb: "called Hamas a terrorist group and
// ⟨Fatah⟩ a peace partner". The earlier object's complement has a determiner; this one follows "and".
const GAPPED_BEFORE = new RegExp(String.raw`${SUBJECT}\s+(?:(?:has|have|had|officially|formally|also|long|repeatedly)\s+){0,3}(?:${ACTIVE_VERBS})\s+[^.;:!?()
]{2,80}?\s(?:as\s+)?(?:a|an|the)\s[^.;:!?()
]{2,80}?,?\s+(?:and|or)\s+(?:the\s+)?$`, 'u');

// A clause that only supposes ("if Trump is seen as the victor", "whether Washington designates
// the group"): nothing is said of anyone.
const SUPPOSING = /(?:^|[\s(“"‘])(?:if|whether|unless|lest|suppose|supposing)\s+[^.;:!?,]*$/i;

/** Can `text` hold a designation at all? One test per article spares a window per mention. */
export function mayDesignate(text: string): boolean {
	return NEAR.test(text);
}

/** Designations around the mention at [start, end) of `text`. */
export function designationsAt(text: string, start: number, end: number): Designation[] {
	const from = Math.max(0, start - 100);
	const to = Math.min(text.length, end + 160);
	if (!NEAR.test(text.slice(from, to))) return [];
	const out: Designation[] = [];
	const after = text.slice(end, to);
	const before = text.slice(from, start);
	if (SUPPOSING.test(before)) return out;
	const active = ACTIVE_BEFORE.exec(before) ?? GAPPED_BEFORE.exec(before);
	if (active) {
		const np = ACTIVE_AFTER.exec(after);
		if (np && np[1].split(/\s+/).every((w) => w === '' || ROLE_NOUNS.has(lemma(w)))) for (const phrase of coordinated(np[2])) out.push({phrase, by: subject(active[1]), at: from + active.index});
	}
	const passive = PASSIVE_AFTER.exec(after);
	if (passive) out.push({phrase: passive[1] ?? passive[2], by: null, at: end});
	const relative = RELATIVE_AFTER.exec(after);
	if (relative) for (const phrase of coordinated(relative[2])) out.push({phrase, by: subject(relative[1]), at: end});
	return out;
}
