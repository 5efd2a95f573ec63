// Indirect speech: "Okafor said (that) the bridge will reopen", "The bridge will reopen, Okafor
// said", "According to Okafor, the bridge will reopen". The clause is the rendering.
import type {RawMention} from '../mentions.js';
import type {Sentence} from '../sentences.js';
import {findCues, GROUP_ROLE, isCueWord, PERSON_ROLE, type CueMatch} from './cues.js';
import type {QuoteSpan} from './marks.js';
import {resolveSpeaker, type CarryState, type Speaker} from './speaker.js';
import {pushAll} from '../../util/arrays.js';

export interface IndirectClause {
	start: number;
	end: number;
	cue: CueMatch;
	speaker: Speaker | null;
}

const MIN_CLAUSE_WORDS = 5;
const MAX_INVERTED_SUBJECT_WORDS = 6;

function wordCount(text: string): number {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function inside(spans: QuoteSpan[], pos: number): QuoteSpan | undefined {
	return spans.find(q => pos >= q.open && pos < q.close);
}

function longQuote(body: string, q: QuoteSpan): boolean {
	return wordCount(body.slice(q.start, q.end)) >= 3;
}

// The word right before the cue must end the subject: a name, pronoun, role noun or appositive.
function subjectAdjacent(body: string, from: number, cueStart: number): boolean {
	const before = body.slice(from, cueStart).trimEnd();
	if (/[,)]$/.test(before)) return true;
	const last = before.split(/\s+/).at(-1) ?? '';
	if (!last) return false;
	if (/\p{Lu}/u.test(last)) return true;
	if (/^(?:he|she|they|it)$/i.test(last)) return true;
	return PERSON_ROLE.test(last) || GROUP_ROLE.test(last);
}

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
		if (q.open <= start && q.close >= end) return false;
	}
	return true;
}

/** The indirect-speech clauses of one sentence (at most one per cue, usually one). */
export function findIndirect(body: string, s: Sentence, spans: QuoteSpan[], mentions: RawMention[], carry: CarryState): IndirectClause[] {
	const cues = findCues(body, s.start, s.end).filter(c => !inside(spans, c.start));
	if (cues.length === 0) return [];
	const out: IndirectClause[] = [];

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

	// "Clause, X said[, …]."
	for (const c of cues) {
		const head = body.slice(s.start, c.start);
		const comma = head.lastIndexOf(',');
		if (comma < 0 || inside(spans, s.start + comma)) continue;
		const subject = head.slice(comma + 1);
		if (wordCount(subject) === 0 || wordCount(subject) > MAX_INVERTED_SUBJECT_WORDS) continue;
		if (!/^(?:\s+(?:on|in|at|during|late|early|last|this|yesterday|today|earlier|later)\b[^,.;]*)?\s*(?:[,.;]|$)/.test(body.slice(c.end, s.end))) continue;
		const [a, b] = trimClause(body, s.start, s.start + comma);
		if (/^[“"«„‘']/.test(body.slice(a, b))) continue;
		if (spans.some(q => longQuote(body, q) && q.open < b && q.close > a)) continue;
		if (!clauseOk(body, spans, a, b)) continue;
		const speaker = resolveSpeaker(body, s.start + comma + 1, c.start, c.start, mentions, carry);
		if (!speaker) continue;
		out.push({start: a, end: b, cue: c, speaker});
		return out;
	}

	// "X said (that) clause": prefer a cue followed by "that", else the first that works.
	const forward: IndirectClause[] = [];
	for (const c of cues) {
		if (/^according to$/i.test(c.text)) continue;
		const clauseFrom = Math.max(s.start, body.lastIndexOf(';', c.start) + 1);
		const participle = /ing$/i.test(c.text);
		if (!participle && !subjectAdjacent(body, clauseFrom, c.start)) continue;
		// The cue of a direct quotation ("…,” Okafor told reporters) does not introduce a clause.
		if (spans.some(q => longQuote(body, q) && q.close <= c.start && q.close > clauseFrom && wordCount(body.slice(q.close, c.start)) <= 8)) continue;
		const rest = body.slice(c.end, s.end);
		if (!participle && /^(?:tell|told|tells|telling)$/i.test(c.text.split(/\s+/).at(-1) ?? '') && !/^(?:\s+[^\s,.;:]+){0,5}?\s+that\b/.test(rest)) continue;
		const that = /^(?:\s+[^\s,.;:“”"]+){0,5}?\s+that\b/.exec(rest);
		let from = c.end + (that ? that[0].length : 0);
		if (!that && /^\s*[,:]/.test(rest)) continue; // "said, “…”": direct speech
		if (!that && /^\s+(?:on|in|at|to|during|after|before|as|for|by|with|about)\b/i.test(rest)) continue;
		const [a0, b] = trimClause(body, from, s.end);
		from = a0;
		// "demanded “…,” including …": a quotation right after the cue is direct speech.
		if (!that && spans.some(q => q.open === from && longQuote(body, q))) continue;
		if (!clauseOk(body, spans, from, b)) continue;
		const main = participle ? cues.filter(m => m.end <= c.start && !/ing$/i.test(m.text)).at(-1) : undefined;
		const speaker = main
			? resolveSpeaker(body, clauseFrom, main.start, main.start, mentions, carry, 'before')
			: resolveSpeaker(body, clauseFrom, c.start, c.start, mentions, carry, participle ? 'main' : 'before');
		// An unresolved subject still reports speech when "that" introduces the clause.
		if (!speaker && !that) continue;
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
		}
		from = m.index + m[0].length;
	}
	const [a, b] = trimClause(body, start + from, end);
	if (wordCount(body.slice(a, b)) >= 3) out.push({start: a, end: b, cue: current});
	return out;
}
