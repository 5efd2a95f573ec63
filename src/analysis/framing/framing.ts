// One entity's framing table from its descriptors, its statements and the articles naming it: the
// one function the command line and the app both call, over any row key.
import type {Article} from '../../corpus/types.js';
import type {Entity, Statement} from '../types.js';
import {byOutlet, framingTable, type FramingTable} from './table.js';
import {fileMentions, sortMentions, type OrganisationMentions} from './anaphora.js';
import {labelUses} from './uses.js';

export function entityFraming(
	entity: Entity,
	articleOf: (id: string) => Article | undefined,
	statements: readonly Statement[],
	rowOf: (article: Article) => string = byOutlet,
	organisations?: OrganisationMentions,
): FramingTable {
	const articles: Article[] = [];
	for (const id of Object.keys(entity.mentions)) {
		const a = articleOf(id);
		if (a) articles.push(a);
	}
	return framingTable(labelUses(entity, articleOf, statements, organisations), articles, rowOf);
}

/** The statements `entity` made: as the statement's speaker or as one rendering's. */
export function statementsOf(entity: Entity, statements: readonly Statement[]): Statement[] {
	return statements.filter((s) => s.speaker === entity.id || s.renderings.some((r) => r.speaker === entity.id));
}

/** Every organisation's body mentions by article, for the descriptions that refer back to one. */
export function organisationMentions(entities: readonly Entity[]): OrganisationMentions {
	const map = new Map<string, {start: number; entity: string}[]>();
	for (const e of entities) fileMentions(map, e);
	sortMentions(map);
	return map;
}
