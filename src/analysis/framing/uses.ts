// Every use of a label for one entity, with its evidence: the descriptors the analysis found, the
// speaker labels of its renderings ("as militia spokesman") and the labels articles attribute to
// others around its mentions. One sentence counts a label once, however many of these find it.
import type {Article} from '../../corpus/types.js';
import {splitSentences, type Sentence} from '../sentences.js';
import type {Entity, Statement} from '../types.js';
import {anaphorsAfter, kindFits, nextOtherOrganisation, type OrganisationMentions} from './anaphora.js';
import {designationsAt, mayDesignate} from './designations.js';
import {memberForms, nameOpensClause, nameQualifiesNext, opensWithVerb, readLabels, type LabelReading, type Subject} from './labels.js';
import {quotations, quotedBy, reportedBy} from './attribution.js';
import type {QuoteSpan} from '../quotes/marks.js';
import {namesOtherThan, type FramingContext} from './context.js';
import {isGroupNoun, isPersonRole, lemma} from './words.js';
import {lexiconTags} from '../entities/lexicon.js';
import {firstNotBefore} from '../../util/arrays.js';

export type UseSource = 'descriptor' | 'speaker' | 'designation' | 'reference';

export interface LabelUse {
	label: string;
	article: string;
	outlet: string | null;
	published: string | null;
	/** The phrase the label was read from. */
	phrase: string;
	/** The sentence that carries it: the evidence. */
	sentence: string;
	/** Offset of the sentence in the article body; -1 when the phrase is not in the body (a title). */
	at: number;
	/** Who the article says gave the label; null: the outlet's own words. */
	by: string | null;
	source: UseSource;
}

/** The sentence of `text` around offset `pos`, from the text's sentences (split once per article). */
export function sentenceAt(text: string, pos: number, sentences: readonly Sentence[] = splitSentences(text)): {text: string; start: number} {
	const at = firstNotBefore(sentences.length, (i) => sentences[i].end <= pos);
	const s = sentences[Math.min(at, sentences.length - 1)];
	return s ? {text: s.text.trim(), start: s.start} : {text: text.trim(), start: 0};
}

/**
 * `organisations`: every organisation's body mentions by article, so that a definite description
 * ("the resistance group") after a mention of an organisation entity counts for it only when no
 * other organisation is named in between; absent, such descriptions are not read. `context`: the
 * other entities' names and the corpus's compounds (context.ts).
 */
export function labelUses(entity: Entity, articleOf: (id: string) => Article | undefined, statements: readonly Statement[], organisations?: OrganisationMentions, context?: FramingContext): LabelUse[] {
	const steps = labelUseSteps(entity, articleOf, statements, organisations, context);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * Does the phrase at `pos` of `body` describe the entity, by the words on each side of it? Not when
 * the name qualifies the noun after it ("long-time Trump backer", "the weekly GOP address"), opens
 * a relative clause on the noun before it ("a foreign leader Trump hates"), or the phrase's first
 * word is a verb governing the name ("will host Trump", "to fact-check Trump").
 */
export function describesEntity(body: string, pos: number, phrase: string, subject: Subject): boolean {
	const before = body.slice(Math.max(0, pos - 60), pos);
	const after = body.slice(pos + phrase.length, pos + phrase.length + 40);
	return !nameQualifiesNext(phrase, after, subject) && !nameOpensClause(before, phrase, after, subject) && !opensWithVerb(before, phrase);
}

// The name before an apposition or a copula predicate, as the object of "of" or "for" after a noun
// ("the speaker of the House, a Republican and ...", "a bigger concern for Republicans is a ..."), or
// of the verb of a relative clause on another noun ("a government that includes Hamas, a peace
// partner": the government is called that).
const NAME_END = String.raw`(?:the\s+)?(?<name>\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|al|el|bin|of))*)(?:,\s*|\s+(?:is|was|are|were|remains|remained)\s+)$`;
const OBJECT_NAME = new RegExp(String.raw`(?:^|[^\p{L}-])(?<word>\p{Ll}[\p{Ll}-]*)\s+(?:of|for)\s+${NAME_END}`, 'u');
const CLAUSE_OBJECT = new RegExp(String.raw`\p{Ll}[\p{Ll}-]*,?\s+(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?(?!(?:the|a|an)\s)\p{Ll}+\s+${NAME_END}`, 'u');
// Words that head no noun phrase: verbs in a tense ("fought for"; a base form is often a noun too:
// "concern", "support"), adverbs and function words.
const NOT_NOUN_TAGS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Participle', 'Adverb', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner', 'Copula', 'Auxiliary', 'Modal']);

/**
 * Does the phrase at `pos` follow one of the entity's names that is the object of "of" or "for"
 * after a noun, or of a relative clause's verb? Then the phrase may describe that noun's referent
 * (the speaker, the concern, the government) as well as the organisation: only a noun for a body
 * says it is the organisation's ("the leader of Hamas, the militant group that ..."). A verb before
 * the preposition ("fought for Hamas, a ...") heads no noun phrase of its own.
 */
export function followsObjectName(body: string, pos: number, subject: Subject): boolean {
	const before = body.slice(Math.max(0, pos - 100), pos);
	const m = OBJECT_NAME.exec(before);
	const named = (name: string) => subject.names.some((n) => n.toLowerCase() === name.replace(/[’']s$/, '').toLowerCase());
	if (m?.groups) {
		const word = m.groups.word;
		if (!/(?:ed|ing|ly)$/.test(word) && !lexiconTags(word).some((t) => NOT_NOUN_TAGS.has(t)) && named(m.groups.name)) return true;
	}
	const c = CLAUSE_OBJECT.exec(before);
	return c?.groups !== undefined && named(c.groups.name);
}

/** Tables of other entities' names, by the names map they were made from (one per entity). */
export function subjectOf(entity: Entity, context?: FramingContext & {names?: ReadonlyMap<string, ReadonlySet<string>>}): Subject {
	const names = entity.aliases.length > 0 ? entity.aliases : [entity.name];
	const namesOther = context?.names ? namesOtherThan(context.names, entity) : context?.namesOther;
	return {names, organisation: entity.type !== 'person', ...(namesOther ? {namesOther} : {}), ...(context?.compound ? {compound: context.compound} : {})};
}

/**
 * The same uses, found a piece at a time: each `yield` says what the last piece cost (a descriptor,
 * a rendering or a mention: 1, more when phrases were read), and the generator returns the uses,
 * so that an idle job can spread an entity of thousands of mentions over many turns.
 */
export function* labelUseSteps(
	entity: Entity,
	articleOf: (id: string) => Article | undefined,
	statements: readonly Statement[],
	organisations?: OrganisationMentions,
	context?: FramingContext & {names?: ReadonlyMap<string, ReadonlySet<string>>},
): Generator<number, LabelUse[], void> {
	const subject = subjectOf(entity, context);
	const uses: LabelUse[] = [];
	let cost = 0;
	const seen = new Set<string>();
	// A saved index reads a body from its file on each access: each body is read once here.
	const bodies = new Map<string, string>();
	const bodyOf = (article: Article): string => {
		let body = bodies.get(article.id);
		if (body === undefined) {
			body = article.body;
			bodies.set(article.id, body);
			cost += body.length >> 9;
		}
		return body;
	};
	// The paragraph around a label, found once per paragraph; its sentences and quotations are made
	// when first asked for (a line break always ends a sentence, so its sentences are the body's).
	interface Paragraph {
		from: number;
		text: string;
		sentences?: Sentence[];
		spans?: QuoteSpan[];
	}
	const paragraphs = new Map<string, Paragraph>();
	const paragraphAt = (article: Article, pos: number): Paragraph => {
		const body = bodyOf(article);
		const from = body.lastIndexOf('\n', pos - 1) + 1;
		const key = `${article.id}\u0000${from}`;
		let paragraph = paragraphs.get(key);
		if (!paragraph) {
			const end = body.indexOf('\n', pos);
			paragraph = {from, text: body.slice(from, end < 0 ? body.length : end)};
			paragraphs.set(key, paragraph);
		}
		return paragraph;
	};
	const sentenceOf = (article: Article, pos: number): {text: string; start: number} => {
		const paragraph = paragraphAt(article, pos);
		if (!paragraph.sentences) {
			paragraph.sentences = splitSentences(paragraph.text);
			cost += paragraph.text.length >> 6;
		}
		const {from, sentences: list} = paragraph;
		if (list.length === 0) return {text: paragraph.text.trim(), start: from};
		const s = list[Math.min(firstNotBefore(list.length, (i) => list[i].end <= pos - from), list.length - 1)];
		return {text: s.text.trim(), start: s.start + from};
	};
	// The quotations of a paragraph, found when a descriptor in it is first read.
	const quotesAt = (article: Article, pos: number): Paragraph & {spans: QuoteSpan[]} => {
		const paragraph = paragraphAt(article, pos);
		if (!paragraph.spans) {
			paragraph.spans = quotations(paragraph.text);
			cost += paragraph.text.length >> 6;
		}
		return paragraph as Paragraph & {spans: QuoteSpan[]};
	};
	/**
	 * Whose words the descriptor at `pos` is: a quotation's speaker, a reporting verb's subject
	 * (`null`: the outlet's own; 'denied': a negated view, no label at all).
	 */
	const voiceOf = (article: Article, pos: number, phrase: string): string | null | 'denied' => {
		const paragraph = quotesAt(article, pos);
		const quoted = quotedBy(paragraph.text, paragraph.spans, pos - paragraph.from);
		if (quoted !== undefined) return quoted;
		// A copula predicate ("X is a ..."): whose claim, from the sentence before it.
		const prefix = paragraph.text.slice(0, pos - paragraph.from);
		if (!/\b(?:is|was|are|were|remains|remained|been)\s+$/.test(prefix) || /^(?:who|which|that)\s/i.test(phrase)) return null;
		const sentence = sentenceOf(article, pos);
		return reportedBy(bodyOf(article).slice(Math.max(sentence.start, paragraph.from), pos));
	};
	// One reading per distinct phrase ("President Trump" comes back hundreds of times).
	const readings = new Map<string, LabelReading>();
	// The heads of the descriptors' labels, which a person's unnamed speaker labels must share.
	const heads = new Set<string>();
	const add = (article: Article, phrase: string, pos: number, source: UseSource, by: string | null = null, bodyHead = false) => {
		// Words someone else gave (a designator, a speaker) count with their quoted words.
		const key = by === null ? phrase : `\u0001${phrase}`;
		let reading = readings.get(key);
		if (!reading) {
			reading = readLabels(phrase, subject, {quoted: by !== null});
			readings.set(key, reading);
			cost += 4;
		}
		if (reading.labels.length === 0) return;
		if (bodyHead && !(reading.head !== null && isGroupNoun(reading.head))) return;
		// A speaker label is the analysis's guess at who speaks ("the source", "a day later" slip in):
		// only a role or title ("militia spokesman", "the militant group") is taken from it.
		if (source === 'speaker' && !(reading.head !== null && (subject.organisation ? isGroupNoun(reading.head) : isPersonRole(lemma(reading.head.split(' ').pop()!))))) return;
		// A person's speaker label without the name ("the official", "the former governor") is the
		// analysis's guess at whom a description refers back to: taken only with a head the outlets'
		// own descriptors of the person use ("the president" for someone called "President X").
		// So is an organisation's ("the agency said" for a broadcaster is another body's statement).
		if (source === 'speaker' && !reading.named && !heads.has(reading.head!)) return;
		if (source === 'descriptor' && reading.head !== null) heads.add(reading.head);
		const sentence = pos >= 0 ? sentenceOf(article, pos) : {text: article.title && article.title.includes(phrase) ? article.title : phrase, start: -1};
		const who = by ?? reading.by;
		for (const label of reading.labels) {
			const key = `${article.id}\u0000${sentence.start}\u0000${label}\u0000${who ?? ''}`;
			if (seen.has(key)) continue;
			seen.add(key);
			uses.push({label, article: article.id, outlet: article.outlet, published: article.published, phrase, sentence: sentence.text, at: sentence.start, by: who, source});
		}
	};

	// Descriptors: the same phrase twice in one article is found at its next place each time.
	const next = new Map<string, number>();
	for (const d of entity.descriptors) {
		const article = articleOf(d.article);
		if (!article) continue;
		const key = `${d.article}\u0000${d.text}`;
		const from = next.get(key) ?? 0;
		const body = bodyOf(article);
		let pos = body.indexOf(d.text, from);
		if (pos < 0 && from > 0) pos = body.indexOf(d.text);
		next.set(key, pos < 0 ? from : pos + d.text.length);
		if (pos >= 0 && !describesEntity(body, pos, d.text, subject)) {
			yield 1;
			continue;
		}
		const voice = pos >= 0 ? voiceOf(article, pos, d.text) : null;
		if (voice === 'denied') {
			yield 1 + cost;
			cost = 0;
			continue;
		}
		add(article, d.text, pos, 'descriptor', voice, pos >= 0 && subject.organisation && followsObjectName(body, pos, subject));
		yield 1 + cost;
		cost = 0;
	}

	// Speaker labels, found next to the rendering they introduce.
	for (const s of statements) {
		for (const r of s.renderings) {
			if (!r.speakerLabel || (r.speaker ?? s.speaker) !== entity.id) continue;
			const article = articleOf(r.article);
			if (!article) continue;
			// The occurrence nearest the rendering (a label carried from an earlier sentence is further back).
			const body = bodyOf(article);
			let best = -1;
			for (let at = body.indexOf(r.speakerLabel); at >= 0; at = body.indexOf(r.speakerLabel, at + 1)) {
				if (best < 0 || Math.abs(at - r.start) < Math.abs(best - r.start)) best = at;
				if (at > r.start) break;
			}
			if (best >= 0 && !describesEntity(body, best, r.speakerLabel, subject)) continue;
			// Found inside a quotation ("In the words of Secretary X: …,” Y said): the quotation's speaker's words.
			let voice: string | null = null;
			if (best >= 0) {
				const paragraph = quotesAt(article, best);
				voice = quotedBy(paragraph.text, paragraph.spans, best - paragraph.from) ?? null;
			}
			add(article, r.speakerLabel, best, 'speaker', voice);
			yield 1 + cost;
			cost = 0;
		}
	}

	// Designations around the mentions in the body, in the articles with a designating verb at all.
	const designating = new Map<string, boolean>();
	for (const m of entity.spans) {
		if (m.field !== 'body') continue;
		const article = articleOf(m.article);
		if (!article) continue;
		let may = designating.get(article.id);
		if (may === undefined) {
			may = mayDesignate(bodyOf(article));
			designating.set(article.id, may);
		}
		if (!may) continue;
		for (const d of designationsAt(bodyOf(article), m.start, m.end)) add(article, d.phrase, d.at, 'designation', d.by);
		yield 1 + cost;
		cost = 0;
	}

	// Definite descriptions referring back to an organisation ("the resistance group's readiness").
	if (organisations && entity.type === 'organization') {
		const members = memberForms(subject.names);
		for (const m of entity.spans) {
			if (m.field !== 'body') continue;
			const article = articleOf(m.article);
			if (!article) continue;
			const body = bodyOf(article);
			// A member's noun ("Republicans", "a Republican") names no body for a description to refer back to.
			if (members.has(body.slice(m.start, m.end).toLowerCase())) {
				yield 1 + cost;
				cost = 0;
				continue;
			}
			const stop = Math.min(body.length, nextOtherOrganisation(organisations, m.article, entity.id, m.start, body));
			for (const r of anaphorsAfter(body, m.end, stop)) {
				// "the tea party": a pair the corpus writes as a name of its own names itself.
				const pair = /^the\s+(\p{Ll}+)\s+(\p{Ll}+)$/iu.exec(r.phrase.trim());
				if (pair && context?.fixedName?.(pair[1].toLowerCase(), pair[2].toLowerCase())) continue;
				// Inside a quotation a description is the speaker's, and what it refers back to is the
				// speaker's context, not the article's ("“… stop being the stupid party”"): not read.
				if (voiceOf(article, r.at, r.phrase) !== null) continue;
				if (!kindFits(r.phrase, subject.names, heads)) continue;
				add(article, r.phrase, r.at, 'reference');
			}
			yield 1 + cost;
			cost = 0;
		}
	}
	return uses;
}
