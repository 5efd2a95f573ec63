// Every use of a label for one entity, with its evidence: the descriptors the analysis found, the
// speaker labels of its renderings ("as militia spokesman") and the labels articles attribute to
// others around its mentions. One sentence counts a label once, however many of these find it.
import type {Article} from '../../corpus/types.js';
import {splitSentences, type Sentence} from '../sentences.js';
import type {Entity, Statement} from '../types.js';
import {anaphorsAfter, nextOtherOrganisation, type OrganisationMentions} from './anaphora.js';
import {designationsAt, mayDesignate} from './designations.js';
import {nameQualifiesNext, readLabels, type LabelReading, type Subject} from './labels.js';
import {namesOtherThan, type FramingContext} from './context.js';
import {isGroupNoun, isPersonRole, lemma} from './words.js';
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
	// Only the paragraph of a label is split into sentences (a line break always ends a sentence, so
	// its sentences are the body's), once, when a first label is found in it.
	const sentences = new Map<string, {from: number; list: Sentence[]}>();
	const sentenceOf = (article: Article, pos: number): {text: string; start: number} => {
		const body = bodyOf(article);
		const from = body.lastIndexOf('\n', pos - 1) + 1;
		const key = `${article.id}\u0000${from}`;
		let paragraph = sentences.get(key);
		if (!paragraph) {
			const end = body.indexOf('\n', pos);
			paragraph = {from, list: splitSentences(body.slice(from, end < 0 ? body.length : end))};
			sentences.set(key, paragraph);
			cost += ((end < 0 ? body.length : end) - from) >> 6;
		}
		const {list} = paragraph;
		if (list.length === 0) return {text: body.slice(from, body.indexOf('\n', pos) < 0 ? body.length : body.indexOf('\n', pos)).trim(), start: from};
		const s = list[Math.min(firstNotBefore(list.length, (i) => list[i].end <= pos - from), list.length - 1)];
		return {text: s.text.trim(), start: s.start + from};
	};
	// One reading per distinct phrase ("President Trump" comes back hundreds of times).
	const readings = new Map<string, LabelReading>();
	// The heads of the descriptors' labels, which a person's unnamed speaker labels must share.
	const heads = new Set<string>();
	const add = (article: Article, phrase: string, pos: number, source: UseSource, by: string | null = null) => {
		let reading = readings.get(phrase);
		if (!reading) {
			reading = readLabels(phrase, subject);
			readings.set(phrase, reading);
			cost += 4;
		}
		if (reading.labels.length === 0) return;
		// A speaker label is the analysis's guess at who speaks ("the source", "a day later" slip in):
		// only a role or title ("militia spokesman", "the militant group") is taken from it.
		if (source === 'speaker' && !(reading.head !== null && (subject.organisation ? isGroupNoun(reading.head) : isPersonRole(lemma(reading.head.split(' ').pop()!))))) return;
		// A person's speaker label without the name ("the official", "the former governor") is the
		// analysis's guess at whom a description refers back to: taken only with a head the outlets'
		// own descriptors of the person use ("the president" for someone called "President X").
		if (source === 'speaker' && !subject.organisation && !reading.named && !heads.has(reading.head!)) return;
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
		// "long-time Trump backer", "the weekly GOP address": the phrase qualifies the noun after the name, not the entity.
		if (pos >= 0 && nameQualifiesNext(d.text, body.slice(pos + d.text.length, pos + d.text.length + 40), subject)) {
			yield 1;
			continue;
		}
		add(article, d.text, pos, 'descriptor');
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
			add(article, r.speakerLabel, best, 'speaker');
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
		for (const m of entity.spans) {
			if (m.field !== 'body') continue;
			const article = articleOf(m.article);
			if (!article) continue;
			const body = bodyOf(article);
			const stop = Math.min(body.length, nextOtherOrganisation(organisations, m.article, entity.id, m.start));
			for (const r of anaphorsAfter(body, m.end, stop)) {
				// "the tea party": a pair the corpus writes as a name of its own names itself.
				const pair = /^the\s+(\p{Ll}+)\s+(\p{Ll}+)$/iu.exec(r.phrase.trim());
				if (pair && context?.fixedName?.(pair[1].toLowerCase(), pair[2].toLowerCase())) continue;
				add(article, r.phrase, r.at, 'reference');
			}
			yield 1 + cost;
			cost = 0;
		}
	}
	return uses;
}
