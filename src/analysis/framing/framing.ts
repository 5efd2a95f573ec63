// One entity's framing table from its descriptors, its statements and the articles naming it: the
// one function the command line and the app both call, over any row key.
import type {Article} from '../../corpus/types.js';
import type {Entity, Statement} from '../types.js';
import {byOutlet, framingTable, type FramingTable} from './table.js';
import {fileMentions, filed, placeMaybe, sortMentions, type OrganisationMention, type OrganisationMentions} from './anaphora.js';
import {labelUseSteps} from './uses.js';
import type {FramingContext} from './context.js';

export type FramingWords = FramingContext & {names?: ReadonlyMap<string, ReadonlySet<string>>};

/** The table made at once: entityFramingSteps run to its end. */
export function entityFraming(...args: Parameters<typeof entityFramingSteps>): FramingTable {
	const steps = entityFramingSteps(...args);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * The table made a piece at a time: each `yield` is the cost of the last piece (label uses, then
 * the articles, then the table), for an idle job's budget; the generator returns the table.
 */
export function* entityFramingSteps(
	entity: Entity,
	articleOf: (id: string) => Article | undefined,
	statements: readonly Statement[],
	rowOf: (article: Article) => string = byOutlet,
	organisations?: OrganisationMentions,
	context?: FramingWords,
): Generator<number, FramingTable, void> {
	const uses = yield* labelUseSteps(entity, articleOf, statements, organisations, context);
	const articles: Article[] = [];
	let n = 0;
	for (const id of Object.keys(entity.mentions)) {
		const a = articleOf(id);
		if (a) articles.push(a);
		if (++n % 200 === 0) yield 20;
	}
	yield 1;
	return framingTable(uses, articles, rowOf);
}

/** The statements `entity` made: as the statement's speaker or as one rendering's. */
export function statementsOf(entity: Entity, statements: readonly Statement[]): Statement[] {
	return statements.filter((s) => s.speaker === entity.id || s.renderings.some((r) => r.speaker === entity.id));
}

/**
 * Every organisation's body mentions in an article, gathered when an article is first asked about
 * (a table reads a few articles: its references back), from the organisations naming that article.
 * With `bodyOf` their names are looked for in the article's text (a word's start and end on a word
 * boundary), so that no organisation's spans are unpacked: a large organisation's spans are
 * thousands, each a slice of an article body. Without it, the spans are read.
 */
export function organisationMentions(entities: readonly Entity[], bodyOf?: (article: string) => string | undefined): OrganisationMentions {
	const organisations = entities.filter(filed);
	const byArticle = new Map<string, OrganisationMention[]>();
	// The organisations naming each article: one pass over their mention counts, at the first question.
	let naming: Map<string, Entity[]> | undefined;
	const namingOf = (article: string): readonly Entity[] => {
		if (!naming) {
			naming = new Map();
			for (const e of organisations) {
				for (const id of Object.keys(e.mentions)) {
					const list = naming.get(id);
					if (list) list.push(e);
					else naming.set(id, [e]);
				}
			}
		}
		return naming.get(article) ?? [];
	};
	return (article) => {
		let list = byArticle.get(article);
		if (!list) {
			const body = bodyOf?.(article);
			if (body !== undefined) {
				list = [];
				for (const e of namingOf(article)) {
					const place = placeMaybe(e);
					for (const start of namesIn(body, e)) list.push(place === undefined ? {start, entity: e.id} : {start, entity: e.id, place});
				}
				list.sort((a, b) => a.start - b.start);
			} else {
				const one = new Map<string, OrganisationMention[]>();
				for (const e of namingOf(article)) fileMentions(one, {...e, spans: e.spans.filter((s) => s.article === article)});
				sortMentions(one);
				list = one.get(article) ?? [];
			}
			byArticle.set(article, list);
		}
		return list;
	};
}

const WORD = /[\p{L}\p{N}]/u;

/** Where the entity's name or aliases start in `body`, each a whole word or words. */
function namesIn(body: string, e: Entity): number[] {
	const out: number[] = [];
	for (const name of new Set([e.name, ...e.aliases])) {
		if (name.length < 2) continue;
		for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
			if ((at > 0 && WORD.test(body[at - 1])) || (at + name.length < body.length && WORD.test(body[at + name.length]))) continue;
			out.push(at);
		}
	}
	return out;
}
