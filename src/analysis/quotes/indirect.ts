// Indirect speech: "Okafor said (that) the bridge will reopen", "The bridge will reopen, Okafor
// said", "According to Okafor, the bridge will reopen", "Okafor accused the city of lying". The
// reported clause is the rendering; for verbs that take an object rather than a clause ("accused",
// "urged", "called") the verb phrase is, since the words after the verb alone are a fragment.
// A partial quotation inside the clause ("moving into a “new era,” Biden said") stays in it.
import type {RawMention} from '../mentions.js';
import type {Sentence} from '../sentences.js';
import {GROUP_ROLE, isCueWord, isWeakCue, PERSON_ROLE, takesPhrase, type CueIndex, type CueMatch} from './cues.js';
import type {QuoteSpan} from './marks.js';
import {isTitleLike} from './titles.js';
import {coordinatedSubject, resolveSpeaker, type CarryState, type Speaker} from './speaker.js';
import {pushAll} from '../../util/arrays.js';
import {wordCount} from '../letters.js';

export interface IndirectClause {
	start: number;
	end: number;
	cue: CueMatch;
	speaker: Speaker | null;
}

const MIN_CLAUSE_WORDS = 5;
const MAX_INVERTED_SUBJECT_WORDS = 6;
/** "…, Gen. Ada Obi, head of the Central Command, told reporters": a name and its appositive. */
const MAX_APPOSITIVE_SUBJECT_WORDS = 16;
const MAX_TAIL_WORDS = 12;

// After an inverted cue only an adverbial may follow ("said Tuesday during a speech", "said in a
// statement"), or the listener of "told"/"asked"; "…, Obi said the port will close" is forward speech.
const TAIL_OPENER = /^\s+(?:on|in|at|during|late|early|last|this|yesterday|today|tonight|earlier|later|according|after|before|while|when|as|from|to|via|through|over|with|of|\p{Lu}\p{Ll}+day)\b/u;
function tailOk(piece: string, cue: string): boolean {
	if (wordCount(piece) === 0) return true;
	if (wordCount(piece) > MAX_TAIL_WORDS || /\bthat\b|[“"«]/.test(piece)) return false;
	return TAIL_OPENER.test(piece) || /^(?:told|tells|tell|asked|informed|reassured)$/i.test(cue.split(/\s+/).at(-1)!);
}

function inside(spans: QuoteSpan[], pos: number): QuoteSpan | undefined {
	return spans.find(q => pos >= q.open && pos < q.close);
}

function longQuote(body: string, q: QuoteSpan): boolean {
	return wordCount(body.slice(q.start, q.end)) >= 3;
}

// Words after the subject that do not belong to it: "Obi on Sunday", "Cornyn (R-Texas)", "Obi of Lagos".
const SUBJECT_TAIL = /(?:\s+(?:on|late|early|last|this)?\s*\p{Lu}\p{Ll}+day|\s+\p{Ll}+ly|\s+(?:also|again|then|still|now|once|later|earlier|yesterday|today)|\s*\([^()]{1,40}\))+$/u;

// The word right before the cue must end the subject: a name, pronoun, role noun or appositive.
function subjectAdjacent(body: string, from: number, cueStart: number): boolean {
	const before = body.slice(from, cueStart).trimEnd().replace(SUBJECT_TAIL, '');
	if (/[,)]$/.test(before)) return true;
	const last = before.split(/\s+/).at(-1) ?? '';
	if (!last) return false;
	if (/\p{Lu}/u.test(last)) return true;
	if (/^(?:he|she|they|it)$/i.test(last)) return true;
	return PERSON_ROLE.test(last) || GROUP_ROLE.test(last) || PLURAL_SUBJECT.test(last);
}

// Plural subjects that speak: "officials said", "other industry groups warned".
const PLURAL_SUBJECT = /\b(?:officials|sources|aides|lawmakers|experts|analysts|diplomats|leaders|executives|spokespeople|spokesmen|advisers|advisors|authorities|groups|organizations|organisations|unions|companies|governments|ministries|agencies|parties|militias|prosecutors|investigators|researchers|scientists|doctors|critics|activists|protesters|residents|witnesses|democrats|republicans)$/i;

function trimClause(body: string, start: number, end: number): [number, number] {
	let s = start;
	let e = end;
	while (s < e && /[\s,:;]/.test(body[s])) s++;
	while (e > s && /[\s,;:]/.test(body[e - 1])) e--;
	return [s, e];
}

function clauseOk(body: string, spans: QuoteSpan[], start: number, end: number): boolean {
	if (wordCount(body.slice(start, end)) < MIN_CLAUSE_WORDS) return false;
	for (const q of spans) {
		if (!longQuote(body, q)) continue;
		const overlaps = q.open < end && q.close > start;
		const within = q.open >= start && q.close <= end + 1;
		if (overlaps && !within) return false;
		// A clause that is nothing but a quotation is direct speech.
		if (q.open <= start && q.close >= end - 1) return false;
	}
	return true;
}

// Words that open a clause after "that"; "a policy that prohibits" is a relative clause instead.
const CLAUSE_OPENER = /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there|some|no|all|any|many|most|every|each|both|one|two|such|if|when|while|as|because|after|before|in|on|at|for|only|even|not|nobody|nothing|none)$/i;

/** "said (on Monday) that …": the complementiser and what precedes it, or null. */
function complementiser(rest: string): RegExpExecArray | null {
	const that = /^(?:\s+[^\s,.;:“”"]+){0,5}?\s+that\b/.exec(rest);
	if (!that) return null;
	if (/^\s+that\b/.test(that[0])) return that;
	const next = /^\s*([“"‘']|[\p{L}\p{N}’'-]+)/u.exec(rest.slice(that[0].length));
	if (!next) return null;
	const word = next[1];
	return /^[“"‘'\p{Lu}\p{N}]/u.test(word) || CLAUSE_OPENER.test(word) ? that : null;
}

// A comma that ends the reported clause before an inverted cue: outside quotation marks, or the
// last character inside a quotation that closes right after it ("…a “new era,” Biden said").
function clauseEnd(body: string, spans: QuoteSpan[], comma: number): number | null {
	const q = inside(spans, comma);
	if (!q) return comma;
	return /^[\s”"’'»]*$/.test(body.slice(comma + 1, q.close)) ? q.close : null;
}

// "Clause, Okafor said", "Clause, said Okafor, a minister", "Clause, according to Okafor".
function inverted(body: string, s: Sentence, spans: QuoteSpan[], cues: CueMatch[], mentions: RawMention[], carry: CarryState): IndirectClause | null {
	for (const c of cues) {
		if (/ing$/i.test(c.text) || isWeakCue(c.text)) continue;
		// "Speaking in Tehran, he said, “…”": a cue that opens a quotation introduces direct speech;
		// the words before its comma set the scene, they are not what was said.
		if (/^\s*[,:]\s*[“"«„]/u.test(body.slice(c.end, c.end + 8))) continue;
		let searchTo = c.start;
		for (let tries = 0; tries < 3; tries++) {
			const comma = body.lastIndexOf(',', searchTo - 1);
			if (comma < s.start) break;
			searchTo = comma;
			const end = clauseEnd(body, spans, comma);
			if (end === null) continue;
			const subjectFrom = end === comma ? comma + 1 : end;
			const subject = body.slice(subjectFrom, c.start);
			const words = wordCount(subject);
			let speaker: Speaker | null;
			if (words === 0) {
				if (tries > 0) break;
				// "…, said Okafor, the city engineer." / "…, according to Okafor."
				// "Ada Obi, a senator, accused Tomas Brandt of lying": a verb that takes an object has no
				// subject after it; the words before the comma are the subject, not a reported clause.
				if (takesPhrase(c.text)) continue;
				const stop = body.slice(c.end, s.end).search(/[,.;:!?“”"]/);
				const subjectEnd = stop < 0 ? s.end : c.end + stop;
				// "Ada Obi, D-Northshire, said Brandt “broke his word”": what follows the name goes on
				// (forward speech whose subject is before the comma), so the name is no inverted subject.
				if (stop >= 0 && /[“”"]/.test(body[subjectEnd])) continue;
				if (wordCount(body.slice(c.end, subjectEnd)) === 0 || wordCount(body.slice(c.end, subjectEnd)) > 12) break;
				const after = body.slice(c.end, subjectEnd);
				speaker = resolveSpeaker(body, c.end, subjectEnd, c.start, mentions, carry, 'after');
				// "…, Ada Obi, head of the Front, told reporters" / "…, Obi, a spokesman, wrote on X":
				// the comma closes an appositive; the subject lies before it, and what follows the cue
				// is who was told or an adverbial.
				if (/^(?:told|tells|tell|asked)$/i.test(c.text.split(/\s+/).at(-1)!) || TAIL_OPENER.test(after)) continue;
				if (!speaker && !/^\s*(?:\p{Lu}|(?:the|a|an|its|his|her|their|one|two)\b)/u.test(after)) continue;
			} else {
				const limit = tries === 0 ? MAX_INVERTED_SUBJECT_WORDS : MAX_APPOSITIVE_SUBJECT_WORDS;
				if (words > limit || !subjectAdjacent(body, subjectFrom, c.start)) continue;
				// "…, which the group said …", "…, as Obi said": a subordinate clause, not the subject.
				if (/^[\s”"’']*(?:which|who|whom|that|as|when|where|while|if|because|although|but|and)\b/i.test(subject)) break;
				// Past a second comma the subject is a name with its appositive ("Ada Obi, a senator,").
				if (tries > 0 && !/^[\s”"’']*\p{Lu}/u.test(subject)) continue;
				// What follows the cue is an object or adverbial ("told reporters Friday"), not a clause.
				const tail = body.slice(c.end, s.end);
				const piece = tail.slice(0, Math.max(0, tail.search(/[,.;!?]|$/)));
				if (!tailOk(piece, c.text)) break;
				speaker = resolveSpeaker(body, subjectFrom, c.start, c.start, mentions, carry, 'before');
			}
			const [a, b] = trimClause(body, s.start, end);
			// "“A,” Obi said" and "If it fails, “A,” Obi warned": a quotation that opens the clause or
			// follows its lead-in comma is direct speech; a partial one ("into a “new era,”") is not.
			const last = spans.find(q => q.close === end && longQuote(body, q));
			if (last && (last.open <= a || /[,:;]\s*$/.test(body.slice(a, last.open)))) break;
			if (spans.some(q => q.open === a && longQuote(body, q) && !isTitleLike(body.slice(q.start, q.end)))) break;
			if (!clauseOk(body, spans, a, b)) break;
			return {start: a, end: b, cue: c, speaker};
		}
	}
	return null;
}

/** The indirect-speech clauses of one sentence (at most one per cue, usually one). */
export function findIndirect(body: string, s: Sentence, spans: QuoteSpan[], index: CueIndex, mentions: RawMention[], carry: CarryState): IndirectClause[] {
	const cues = index.within(s.start, s.end).filter(c => !inside(spans, c.start));
	if (cues.length === 0) return [];

	// "According to X, clause."
	const lead = cues.find(c => c.start === s.start && /^according to$/i.test(c.text));
	if (lead) {
		const comma = body.indexOf(',', lead.end);
		if (comma > 0 && comma < s.end) {
			const [a, b] = trimClause(body, comma + 1, s.end);
			if (clauseOk(body, spans, a, b)) {
				return [{start: a, end: b, cue: lead, speaker: resolveSpeaker(body, lead.end, comma, lead.end, mentions, carry)}];
			}
		}
	}

	const back = inverted(body, s, spans, cues.filter(c => c.start > s.start), mentions, carry);
	if (back) return [back];

	// "X said (that) clause", "X accused Y of …": prefer a cue followed by "that", else the first that works.
	const forward: IndirectClause[] = [];
	for (const c of cues) {
		if (/^according to$/i.test(c.text)) continue;
		const clauseFrom = Math.max(s.start, body.lastIndexOf(';', c.start) + 1);
		const participle = /ing$/i.test(c.text);
		const before = body.slice(clauseFrom, c.start);
		// "Obi backed the talks but flatly rejected …": the verb shares the sentence's subject.
		const coordinated = !participle && /\b(?:but|and)\s*$/.test(before);
		if (!participle && !coordinated && !subjectAdjacent(body, clauseFrom, c.start)) continue;
		// "… and other industry groups warned of …": a plain noun subject reports speech without a name.
		const roleSubject = PLURAL_SUBJECT.test(before.trimEnd()) || PERSON_ROLE.test(before.trimEnd()) || GROUP_ROLE.test(before.trimEnd());
		// The cue of a direct quotation ("…,” Okafor told reporters) does not introduce a clause;
		// a second cue after it ("…,” Okafor warned, adding that …") may.
		const quoted = (q: QuoteSpan): boolean =>
			longQuote(body, q) && q.close <= c.start && q.close > clauseFrom && wordCount(body.slice(q.close, c.start)) <= 8 && !cues.some(o => o !== c && o.start >= q.close && o.end <= c.start);
		if (spans.some(quoted)) continue;
		const rest = body.slice(c.end, s.end);
		const that = complementiser(rest);
		const last = c.text.split(/\s+/).at(-1) ?? '';
		if (!participle && /^(?:tell|told|tells|telling)$/i.test(last) && !that) continue;
		// "called the police" (or a scare-quoted “vandals”) is not speech; "called for a ban" and
		// "called it “a betrayal of every voter”" are.
		if (isWeakCue(c.text) && !that && !/^\s+(?:for|on)\b/i.test(rest) && !spans.some(q => longQuote(body, q) && q.open >= c.end && wordCount(body.slice(c.end, q.open)) <= 5 && q.open < s.end)) continue;
		const phrase = !that && (takesPhrase(c.text) || /^\s+(?:of|against)\b/i.test(rest));
		let from = phrase ? c.start : c.end + (that ? that[0].length : 0);
		if (!that && /^\s*[,:]/.test(rest)) continue; // "said, “…”": direct speech
		// "said on Monday", "said about the plan": an adverbial or a topic, not a clause ("said about
		// 1,500 people remain" is a quantity).
		if (!that && !phrase && /^\s+(?:on|in|at|to|during|after|before|as|for|by|with|about(?!\s+[\d$€£]))\b/i.test(rest)) continue;
		const [a0, b] = trimClause(body, from, s.end);
		from = a0;
		// "demanded “…,” including …": a quotation right after the cue is direct speech.
		if (!that && spans.some(q => longQuote(body, q) && (q.open === from || (phrase && wordCount(body.slice(c.end, q.open)) === 0 && q.open >= c.end)))) continue;
		if (!clauseOk(body, spans, from, b)) continue;
		let speaker: Speaker | null;
		if (coordinated) {
			speaker = coordinatedSubject(body, clauseFrom, c.start, mentions, carry);
			if (!speaker) continue;
		} else {
			const main = participle ? cues.filter(m => m.end <= c.start && !/ing$/i.test(m.text)).at(-1) : undefined;
			speaker = main
				? resolveSpeaker(body, clauseFrom, main.start, main.start, mentions, carry, 'before')
				: resolveSpeaker(body, clauseFrom, c.start, c.start, mentions, carry, participle ? 'main' : 'before');
		}
		// An unresolved subject still reports speech when "that" introduces the clause.
		if (!speaker && !that && !roleSubject) continue;
		const found = splitClauses(body, from, b, c).map(part => ({...part, speaker}));
		if (that) return found;
		if (forward.length === 0) pushAll(forward, found);
	}
	return forward;
}

// "warned that A, and that B" / "accused X of A, and rejected B": one subject, several reports.
function splitClauses(body: string, start: number, end: number, cue: CueMatch): Array<{start: number; end: number; cue: CueMatch}> {
	const text = body.slice(start, end);
	const out: Array<{start: number; end: number; cue: CueMatch}> = [];
	const re = /,?\s+(?:and|but)\s+(?:also\s+)?(?:(that)|([\p{L}]+)(?:\s+that)?)\s+|,\s+(?:stressing|adding|saying|noting|warning) that\s+/gu;
	let from = 0;
	let current = cue;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		if (m[2] !== undefined && !(isCueWord(m[2]) && /ed$/.test(m[2]))) continue;
		const [a, b] = trimClause(body, start + from, start + m.index);
		if (wordCount(body.slice(a, b)) >= 3) out.push({start: a, end: b, cue: current});
		if (m[2] !== undefined) {
			const verbAt = start + m.index + m[0].indexOf(m[2]);
			current = {start: verbAt, end: verbAt + m[2].length, text: m[2]};
			// "…, and rejected B": the second report is a verb phrase too.
			if (takesPhrase(m[2])) {
				from = verbAt - start;
				continue;
			}
		}
		from = m.index + m[0].length;
	}
	const [a, b] = trimClause(body, start + from, end);
	if (wordCount(body.slice(a, b)) >= 3) out.push({start: a, end: b, cue: current});
	return out;
}

