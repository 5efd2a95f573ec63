// One entity's framing table from its descriptors, its statements and the articles naming it: the
// one function the command line and the app both call, over any row key.
import type {Article} from '../../corpus/types.js';
import type {Entity, Statement} from '../types.js';
import {byOutlet, framingTable, type FramingTable} from './table.js';
import {fileMentions, sortMentions, type OrganisationMentions} from './anaphora.js';
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
 */
export function organisationMentions(entities: readonly Entity[]): OrganisationMentions {
	const organisations = entities.filter((e) => e.type === 'organization');
	const byArticle = new Map<string, {start: number; entity: string}[]>();
	return (article) => {
		let list = byArticle.get(article);
		if (!list) {
			const one = new Map<string, {start: number; entity: string}[]>();
			for (const e of organisations) if (e.mentions[article] !== undefined) fileMentions(one, {...e, spans: e.spans.filter((s) => s.article === article)});
			sortMentions(one);
			list = one.get(article) ?? [];
			byArticle.set(article, list);
		}
		return list;
	};
}
