import type {Entity, EntityType} from '../analysis/types.js';
import type {CorpusIndex} from '../index/types.js';
import {renderTable} from '../output/table.js';
import {outletKey} from '../corpus/summary.js';
import {UsageError} from '../corpus/walk.js';
import {terminalWidth, writeJsonLines} from './output.js';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

export function totalMentions(e: Entity): number {
	return Object.values(e.mentions).reduce((sum, n) => sum + n, 0);
}

export function entityJson(e: Entity) {
	return {
		id: e.id,
		type: e.type,
		name: e.name,
		aliases: e.aliases,
		mentions: e.mentions,
		descriptors: e.descriptors.map(d => ({article: d.article, outlet: d.outlet, text: d.text, kind: d.kind})),
		// A bare surname several people share: the ids of those it may mean.
		...(e.ambiguous ? {ambiguous: e.ambiguous} : {}),
	};
}

export function printEntities(index: CorpusIndex, json: boolean, type?: string): void {
	if (type && !ENTITY_TYPES.includes(type as EntityType)) {
		throw new UsageError(`unknown entity type "${type}" (use ${ENTITY_TYPES.join(', ')})`);
	}
	const chosen = index.entities.filter(e => !type || e.type === type);
	if (json) {
		writeJsonLines(chosen.map(entityJson));
		return;
	}
	if (chosen.length === 0) {
		process.stdout.write(`No ${type ? `${type} ` : ''}entities found in ${index.name}.\n`);
		return;
	}
	// One lookup of each article's outlet, not a search of the articles per mention.
	const outletOf = new Map(index.articles.map(a => [a.id, a.outlet] as const));
	const outletCount = (e: Entity) => new Set(Object.keys(e.mentions).map(id => outletKey(outletOf.get(id), id))).size;
	// Already in the index's order (most mentioned first, ties by name): the order the app shows too.
	const table = renderTable(
		chosen,
		[
			{header: 'TYPE', get: e => e.type, width: 12},
			{header: 'MENTIONS', get: totalMentions, width: 8, align: 'right'},
			{header: 'OUTLETS', get: outletCount, width: 7, align: 'right'},
			{header: 'NAME', get: e => e.name, width: 28},
			{header: 'ALIASES', get: e => e.aliases.filter(a => a !== e.name).join(', ')},
		],
		terminalWidth(),
	);
	process.stdout.write(`${table}\n\n${chosen.length} entities\n`);
}
