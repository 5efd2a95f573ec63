// `presslens framing ENTITY`: the words each outlet uses for an entity, counted, as a table for
// people (text), a report (Markdown) or scripts (JSON, the contract of DESIGN.md).
import {entityFraming, organisationMentions, statementsOf} from '../analysis/framing/framing.js';
import {byGroup, byOutlet, NO_GROUP, UNKNOWN_OUTLET, type FramingTable} from '../analysis/framing/table.js';
import type {Entity} from '../analysis/types.js';
import type {Article} from '../corpus/types.js';
import {UsageError} from '../corpus/walk.js';
import type {CorpusIndex} from '../index/types.js';
import {framingContext} from '../index/framing-context.js';
import {foldText} from '../text/fold.js';
import {sanitizeInline} from '../text/sanitize.js';
import {renderTable} from '../output/table.js';
import {FRAMING_ROWS} from './framing-rows.js';
import {terminalWidth} from './output.js';

const ROW_KEYS: Record<(typeof FRAMING_ROWS)[number], (article: Article) => string> = {outlet: byOutlet, group: byGroup};
// The rows of articles without an outlet or a group: null in JSON, named in text and Markdown.
const UNKEYED = new Set([UNKNOWN_OUTLET, NO_GROUP]);

/**
 * The entity named `query`: its id, else its name, else one of its aliases (case and accents
 * ignored). A query that names several entities is refused with their ids, never guessed.
 */
export function findEntity(index: CorpusIndex, query: string): Entity {
	const folded = foldText(query.trim()).toLowerCase();
	const byId = index.entities.find((e) => e.id === query.trim());
	if (byId) return byId;
	const named = index.entities.filter((e) => foldText(e.name).toLowerCase() === folded);
	const matches = named.length > 0 ? named : index.entities.filter((e) => e.aliases.some((a) => foldText(a).toLowerCase() === folded));
	if (matches.length === 1) return matches[0];
	if (matches.length === 0) throw new UsageError(`no entity "${sanitizeInline(query)}" in ${index.name} (list them with \`presslens entities ${index.roots.join(' ')}\`)`);
	const list = matches.slice(0, 8).map((e) => `${e.id} (${e.name}, ${e.type})`).join(', ');
	throw new UsageError(`"${sanitizeInline(query)}" names ${matches.length} entities: ${list}${matches.length > 8 ? ', …' : ''}; give an id`);
}

export function framingJson(entity: Entity, by: string, table: FramingTable) {
	const key = (k: string) => (UNKEYED.has(k) ? null : k);
	return {
		entity: entity.id,
		name: entity.name,
		by,
		columns: table.columns,
		rows: table.rows.map((r) => ({
			[by]: key(r.key),
			articles: r.articles,
			labels: Object.fromEntries(r.labels),
			...(r.attributed.size > 0 ? {attributed: Object.fromEntries([...r.attributed].map(([who, labels]) => [who, Object.fromEntries(labels)]))} : {}),
		})),
		evidence: table.uses.map((u, i) => ({label: u.label, article: u.article, outlet: u.outlet, ...(by === 'group' ? {group: key(table.rowOfUse[i])} : {}), text: u.sentence, published: u.published, phrase: u.phrase, by: u.by, source: u.source})),
	};
}

/** The columns a table shows: the most distinctive labels, as many as `limit`. */
function shown(table: FramingTable, limit: number): string[] {
	return table.columns.slice(0, limit);
}

function markdown(entity: Entity, by: string, table: FramingTable): string {
	const cell = (s: string) => sanitizeInline(s).replace(/\|/g, '\\|');
	const columns = shown(table, 10);
	const lines = [`# Framing of ${cell(entity.name)} by ${by}`, '', `| ${by} | articles | ${columns.map(cell).join(' | ')} |`, `|---|---:|${columns.map(() => '---:').join('|')}|`];
	for (const r of table.rows) lines.push(`| ${cell(r.key)} | ${r.articles} | ${columns.map((c) => r.labels.get(c) ?? '').join(' | ')} |`);
	const attributed = table.rows.flatMap((r) => [...r.attributed].map(([who, labels]) => `- ${cell(r.key)} reports ${cell(who)}: ${[...labels].map(([l, n]) => `${cell(l)} ${n}`).join(', ')}`));
	if (attributed.length > 0) lines.push('', 'Labels attributed to others:', '', ...attributed);
	lines.push('', `Columns: the ${columns.length} most distinctive of ${table.columns.length} labels. Evidence: \`presslens framing ${cell(entity.id)} --json\`.`);
	return lines.join('\n') + '\n';
}

function text(entity: Entity, by: string, table: FramingTable): string {
	const width = terminalWidth();
	const columns = shown(table, Math.max(1, Math.floor((width - 34) / 10)));
	const out = renderTable(
		table.rows,
		[
			{header: by.toUpperCase(), get: (r) => r.key, width: 24},
			{header: 'ARTICLES', get: (r) => r.articles, width: 8, align: 'right'},
			...columns.map((c) => ({header: c, get: (r: (typeof table.rows)[number]) => r.labels.get(c) ?? '', width: Math.max(4, Math.min(14, c.length)), align: 'right' as const})),
		],
		width,
	);
	const ungrouped = by === 'group' && table.rows.every((r) => r.key === NO_GROUP);
	const note =
		table.columns.length === 0
			? 'No labels found: no descriptor of it carries a label word.'
			: `${table.columns.length} labels, the most distinctive first; --json for every count and its evidence.${ungrouped ? '\nNo outlet groups here: declare them in presslens.json (outlets.groups or outlets.groupField).' : ''}`;
	return `${sanitizeInline(entity.name)} (${entity.type}) by ${by}\n\n${out}\n\n${note}\n`;
}

/**
 * What `presslens framing` prints, for the command and the bench alike: the entity's table over the
 * index, in `options.format` (json, markdown, else text).
 */
export function commandFraming(index: CorpusIndex, query: string, options: {by: string; format: string}): string {
	const by = options.by as (typeof FRAMING_ROWS)[number];
	const rowKey = ROW_KEYS[by];
	if (!rowKey) throw new UsageError(`unknown --by "${options.by}" (use ${FRAMING_ROWS.join(', ')})`);
	const entity = findEntity(index, query);
	const articles = new Map(index.articles.map((a) => [a.id, a] as const));
	const organisations = entity.type === 'organization' ? organisationMentions(index.entities, (id) => articles.get(id)?.body) : undefined;
	const table = entityFraming(entity, (id) => articles.get(id), statementsOf(entity, index.statements), rowKey, organisations, framingContext(index));
	if (options.format === 'json') return JSON.stringify(framingJson(entity, by, table)) + '\n';
	if (options.format === 'markdown') return markdown(entity, by, table);
	return text(entity, by, table);
}

export function runFraming(index: CorpusIndex, query: string, options: {by: string; format: string}): number {
	process.stdout.write(commandFraming(index, query, options));
	return 0;
}
