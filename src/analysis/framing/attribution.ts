// Whose words a descriptor is, from the sentence around it: a descriptor inside a quotation is the
// speaker's (`“Hamas is a terrorist group,” Veller said`), and a predicate after a verb of saying or
// believing is the subject's (`Veller says the group is a militia`), or nobody's when that verb is
// negated (`I don't believe Veller is a master strategist`). The outlet's own words are the rest.
import {isCueWord} from '../quotes/cues.js';
import {ROLE_NOUNS, TITLES} from '../entities/lexicon.js';
import {findQuoteSpans, type QuoteSpan} from '../quotes/marks.js';

// A speaker as news prose names one beside a quotation or before its verb: up to seven capitalised
// words and particles ("Sen. Ada Obi", "Iranian Foreign Minister Hossein Amir Abdollahian", "Abu
// Ali al-Askari"; "the Velmari government" is taken by its capitalised words), or a pronoun. Titles
// and Arabic names run long: four words cut "Deputy Speaker Sheikh Abu Ali bin Rashid" mid-name.
const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|al|el|bin|ibn|bint|abu|abd|de|van|von)){0,6}`;
const PRONOUN = String.raw`he|she|they|we|I|it|He|She|They|We|It`;
const SUBJECT = String.raw`(?<subject>${NAME}|${PRONOUN}|[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?)`;
// An apposition between the speaker and the verb: `Ada Obi, the board's chair, said`.
const APPOSITION = String.raw`(?:,\s+[^,“”"\n]{2,100}?,)?`;
// `…,” Veller said` / `…,” said Veller` / `…,” the official said` / `…,” Ada Obi, the board's chair,
// said` / `…,” tweeted former speaker and party elder Ada Obi.` (a description before the name, which
// then ends the clause).
const AFTER_QUOTE = new RegExp(
	String.raw`^[\s,—–-]*(?:${SUBJECT}${APPOSITION}\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)|(?<verb2>\p{Ll}+)\s+(?<subject2>${NAME})|(?<verb3>\p{Ll}+)\s+\p{Ll}[^,.;:!?“”"\n]{0,80}?\s(?<subject3>${NAME})(?=\s*(?:[,.;:!?(—–]|$)))`,
	'u',
);
// `…,” said Republican candidate Ada Obi.`: a capitalised word and a role noun before the name (the
// name right after the verb was a modifier of that noun, not the speaker).
const AFTER_DESCRIBED = new RegExp(String.raw`^[\s,—–-]*(?<verb>\p{Ll}+)\s+[^,.;:!?“”"\n]{0,80}?\s(?<subject>${NAME})(?=\s*(?:[,.;:!?(—–]|$))`, 'u');
// `Veller said: “…` / `Veller told reporters, “…` / `Ada Obi, the board's chair, said: “…`.
const BEFORE_QUOTE = new RegExp(String.raw`${SUBJECT}${APPOSITION}\s+(?:\p{Ll}+ly\s+)?(?<verb>\p{Ll}+)(?:\s+\p{Ll}+){0,3}\s*[:,]?\s*$`, 'u');

// `Ada Obi: “…`, at the start of a paragraph or after a sentence.
const LABEL_QUOTE = new RegExp(String.raw`(?:^|[.!?]\s+)(?<subject>${NAME}):\s*$`, 'u');

// Verbs of believing, which report a view as the cue verbs report speech.
const BELIEVING = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'consider', 'considers', 'considered', 'feel', 'feels', 'felt', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'assume', 'assumes', 'assumed', 'doubt', 'doubts', 'doubted', 'hope', 'hopes', 'hoped']);
const isReporting = (verb: string) => isCueWord(verb) || BELIEVING.has(verb.toLowerCase());
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

function who(subject: string): string {
	const s = subject.trim();
	if (PRONOUNS.has(s.toLowerCase()) || /^the\s+\p{Ll}/u.test(s)) return 'unnamed';
	// "The Velmari Senate" → Velmari Senate; a sentence's full stop is no part of the name ("Ada Obi.").
	return s.replace(/^the\s+/i, '').replace(/[’']s$/, '').replace(/(\p{L}{2})[.,]$/u, '$1');
}

/** The quotation spans of a paragraph (findQuoteSpans, from the quotes analysis). */
export function quotations(paragraph: string): QuoteSpan[] {
	return findQuoteSpans(paragraph);
}

/**
 * Who speaks the quotation that holds offset `pos` of `paragraph`: the name beside it, 'unnamed'
 * when none is, undefined when `pos` is in no quotation.
 */
export function quotedBy(paragraph: string, spans: readonly QuoteSpan[], pos: number): string | undefined {
	const span = spans.find((s) => s.start <= pos && pos < s.end);
	if (!span) return undefined;
	const after = AFTER_QUOTE.exec(paragraph.slice(span.close, span.close + 100));
	if (after?.groups) {
		if (after.groups.verb && isReporting(after.groups.verb)) return who(after.groups.subject);
		if (after.groups.verb2 && isReporting(after.groups.verb2)) {
			const rest = paragraph.slice(span.close + after[0].length);
			const described = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
			if (described && (ROLE_NOUNS.has(described) || TITLES.has(described))) {
				const d = AFTER_DESCRIBED.exec(paragraph.slice(span.close, span.close + 140));
				if (d?.groups) return who(d.groups.subject);
			}
			return who(after.groups.subject2);
		}
		if (after.groups.verb3 && isReporting(after.groups.verb3)) return who(after.groups.subject3);
	}
	const lead = paragraph.slice(Math.max(0, span.open - 120), span.open);
	const before = BEFORE_QUOTE.exec(lead);
	if (before?.groups && isReporting(before.groups.verb)) return who(before.groups.subject);
	// `S.E. Cupp: “…`: a name and a colon introduce the quotation.
	const colon = LABEL_QUOTE.exec(lead);
	if (colon?.groups) return who(colon.groups.subject);
	return 'unnamed';
}

// What comes before a copula predicate in its sentence: the subject and verb of a reporting
// clause, an optional "that", then the entity's mention (at most eight words, no clause break).
const REPORTED = new RegExp(
	String.raw`(?:^|[\s(“"‘])${SUBJECT}\s+(?<mods>(?:(?:do|does|did)(?:n[’']t|\s+not)|not|never|has|have|had|also|still|long|now|once|repeatedly|privately|publicly|\p{Ll}+ly)\s+){0,3}(?<verb>\p{Ll}+)\s+(?:that\s+)?(?:[^\s,;:.!?]+\s+){1,8}(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+$`,
	'u',
);
const ACCORDING = new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?<subject>${NAME}),\s+(?:[^\s,;:.!?]+\s+){1,8}(?:is|was|are|were|remains|has\s+been)\s+$`, 'u');

/**
 * Whose claim a copula predicate is, from its sentence up to the predicate (`prefix`): the subject
 * of a reporting verb before the entity ("Veller says the group is"), 'unnamed' for a pronoun or
 * a description, null for the outlet's own (or its writer's: "I think X is"), 'denied' when the
 * reporting verb is negated ("I don't believe X is").
 */
export function reportedBy(prefix: string): string | null | 'denied' {
	const tail = prefix.slice(-200);
	const according = ACCORDING.exec(tail);
	if (according?.groups) return who(according.groups.subject);
	const m = REPORTED.exec(tail);
	if (!m?.groups || !isReporting(m.groups.verb)) return null;
	if (m.groups.mods && /n[’']t\b|\bnot\b|\bnever\b/.test(m.groups.mods)) return 'denied';
	// The writer's own view, stated as such ("I think", "we believe"), is the outlet's.
	if (/^(?:I|we|We)$/.test(m.groups.subject)) return null;
	return who(m.groups.subject);
}
