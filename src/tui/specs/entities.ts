// The Entities pane (type, name, mentions, outlets; filtered by type) and the entity card it opens,
// whose links (the framing table's rows, the articles naming the entity, then its statements)
// Enter follows: a row opens the sentences behind its selected label (h/l), d unfolds descriptors.
import type {Entity, EntityType} from '../../analysis/types.js';
import {missing, position} from '../content/detail.js';
import {entityCard} from '../content/entity.js';
import {entityHeader, entityRow} from '../content/rows.js';
import {clamp} from '../state/window.js';
import {safeInline} from '../text/safe.js';
import type {Model} from '../model/model.js';
import type {Env, Update} from '../state/reducer.js';
import {replaceTop, type AppState} from '../state/types.js';
import {BY_GROUP} from '../model/framing.js';
import {readerDetail} from './articles.js';
import type {EvidenceView} from './evidence.js';
import {comparisonDetail} from './statements.js';
import type {DetailCommand, DetailSpec, Filter, PaneSpec} from './types.js';

export interface CardView {
	kind: 'entity';
	id: string;
	/** The selected link; -1 (the preview) selects none. */
	cursor: number;
	/** The first line shown (absent: the top). */
	scroll?: number;
	/** The selected label column of the framing table (absent: the first). */
	column?: number;
	/** The descriptor phrases unfolded (d). */
	descriptors?: boolean;
	/** The framing table's rows (r): ROW_KEYS index, 0 outlets (absent), 1 outlet groups. */
	by?: number;
	/** By group: the two groups shown side by side (c picks the second). */
	compare?: readonly [string, string];
}

const cardOf = (view: CardView, model: Model, width: number) => {
	const entity = model.lookups.entityById.get(view.id);
	return entity ? entityCard(entity, model, width, view.cursor, {column: view.column, descriptors: view.descriptors, by: view.by, compare: view.compare}) : null;
};

/** Rows of the entity's framing table that are links: those of outlets (or groups) with labels of their own. */
function framingRows(entity: Entity, model: Model, by = 0) {
	// None while a large entity's table is being made in idle turns (the card says so).
	return model.framing.table(entity, by)?.rows.filter((r) => r.uses > 0) ?? [];
}

const withView = (state: AppState, view: CardView): Update => ({state: replaceTop(state, view), effects: []});
const say = (state: AppState, text: string): Update => ({state: {...state, status: {text, tone: 'info'}}, effects: []});

/** r: the table's rows by outlet or by outlet group (when presslens.json declares groups). */
function toggleRows(view: CardView, state: AppState, env: Env): Update {
	if ((view.by ?? 0) === 0 && env.model.framing.groups().length === 0) return say(state, 'No outlet groups: declare them in presslens.json (outlets.groups or outlets.groupField).');
	const by = (view.by ?? 0) === 0 ? BY_GROUP : 0;
	return withView(state, {...view, by, compare: undefined, column: 0, cursor: 0, scroll: 0});
}

/**
 * c (by group): the selected group side by side with another, the next one on each press (the
 * first group when no row is selected); a row of its own selects the first group of the pair.
 */
function compareGroups(view: CardView, state: AppState, env: Env): Update {
	const entity = env.model.lookups.entityById.get(view.id);
	if (!entity) return {state, effects: []};
	if ((view.by ?? 0) !== BY_GROUP) return say(state, 'c compares outlet groups: r shows the table by group first.');
	if (!env.model.framing.table(entity, BY_GROUP)) return say(state, 'The table by group is still being counted: c works once it shows.');
	const rows = framingRows(entity, env.model, BY_GROUP);
	if (rows.length < 2) return say(state, 'Fewer than two groups label it: nothing to set side by side.');
	const first = rows[view.cursor >= 0 && view.cursor < rows.length ? view.cursor : 0].key;
	const others = rows.map((r) => r.key).filter((k) => k !== first);
	const was = view.compare?.[0] === first ? others.indexOf(view.compare[1]) : -1;
	const second = others[(was + 1) % others.length];
	return withView(state, {...view, compare: [first, second]});
}

/** h/l: the label column under the cursor of a framing row, kept within the columns shown. */
const column = (step: number) => (view: CardView, state: AppState, env: Env): Update => {
	const card = cardOf(view, env.model, env.layout(state).detailWidth);
	if (!card || view.cursor >= card.framingRows) return {state, effects: []};
	return withView(state, {...view, column: clamp((view.column ?? 0) + step, 0, Math.max(0, card.columns - 1))});
};

const commands: DetailCommand<CardView>[] = [
	{command: 'framing.left', keys: ['h', 'left'], description: 'Entity card: the label column to the left in the framing table', hint: {keys: 'h/l', text: 'label'}, run: column(-1)},
	{command: 'framing.right', keys: ['l', 'right'], description: 'Entity card: the label column to the right in the framing table', run: column(1)},
	{command: 'framing.rows', keys: ['r'], description: 'Entity card: the framing table by outlet or by outlet group', hint: {keys: 'r', text: 'outlets/groups'}, run: toggleRows},
	{command: 'framing.compare', keys: ['c'], description: 'Entity card: two outlet groups side by side (c again: the next)', hint: {keys: 'c', text: 'side by side'}, run: compareGroups},
	{
		command: 'entity.descriptors',
		keys: ['d'],
		description: 'Entity card: show or fold the descriptor phrases of each outlet',
		hint: {keys: 'd', text: 'descriptors'},
		run: (view, state) => withView(state, {...view, descriptors: !view.descriptors}),
	},
];

export const cardDetail: DetailSpec<CardView> = {
	kind: 'entity',
	name: 'entity card',
	view: (id) => ({kind: 'entity', id, cursor: 0}),
	preview: (id) => ({kind: 'entity', id, cursor: -1}),
	content(view, model, width, height) {
		const entity = model.lookups.entityById.get(view.id);
		const card = cardOf(view, model, width);
		if (!entity || !card) return missing('Entity', 'This entity is not in the index.');
		// The card opens at its top (name and counts in view); moves keep the selected link shown (link-scroll.ts).
		const top = view.cursor < 0 ? 0 : clamp(view.scroll ?? 0, 0, Math.max(0, card.lines.length - height));
		return {title: `Entity · ${safeInline(entity.name)}`, lines: card.lines, top, note: position(top, height, card.lines.length), lineOfTarget: card.lineOf};
	},
	targets(view, model) {
		const entity = model.lookups.entityById.get(view.id);
		return entity ? framingRows(entity, model, view.by).length + model.lookups.entityArticles(entity).length + model.lookups.entityStatements(entity).length : 0;
	},
	lineOf: (view, model, width, target) => cardOf(view, model, width)?.lineOf(target) ?? 0,
	open(view, model) {
		const entity = model.lookups.entityById.get(view.id);
		if (!entity) return 'This entity is not in the index.';
		const by = view.by ?? 0;
		const rows = framingRows(entity, model, by);
		if (view.cursor < rows.length) {
			const label = model.framing.table(entity, by)?.columns[view.column ?? 0];
			const row = rows[view.cursor];
			if (!label || !row.labels.has(label)) return `${safeInline(row.key)} does not use “${safeInline(label ?? '')}” for it: h/l chooses another label.`;
			const evidence: EvidenceView = {kind: 'evidence', id: entity.id, row: row.key, label, by, cursor: 0};
			return evidence;
		}
		const articles = model.lookups.entityArticles(entity);
		const at = view.cursor - rows.length;
		if (at < articles.length) return readerDetail.view(articles[at].id);
		const statement = model.lookups.entityStatements(entity)[at - articles.length];
		if (!statement) return 'Nothing to open: this entity has no linked articles or statements.';
		return comparisonDetail.view(statement.id);
	},
	copy(view, model) {
		const e = model.lookups.entityById.get(view.id);
		return e ? {text: safeInline([e.name, ...e.aliases.filter((x) => x !== e.name)].join('; ')), what: 'the name and aliases'} : null;
	},
	commands,
};

const ofType = (type: EntityType): Filter<Entity> => ({
	trail: `type: ${type}`,
	said: (count) => `Entities: ${type} (${count}).`,
	keep: (e) => e.type === type,
	empty: [`No ${type} entities.`, 't changes the type filter.'],
});

export const entitiesPane: PaneSpec<Entity> = {
	id: 'entities',
	label: 'Entities',
	key: '2',
	items: (index) => index.entities,
	header: entityHeader,
	row: entityRow,
	search: (e) => [e.name, ...e.aliases],
	fields: {type: (e) => [e.type], outlet: (e, model) => model.lookups.entityOutlets(e)},
	columns: [
		{name: 'TYPE', key: (e) => e.type},
		{name: 'NAME', key: (e) => e.name},
		{name: 'MENTIONS', key: (e, model) => model.lookups.mentionTotal(e), descending: true},
		{name: 'OUTLETS', key: (e, model) => model.lookups.entityOutlets(e).length, descending: true},
	],
	sortedBy: 2,
	// The index lists them most mentioned first.
	orders: [{trail: 'most mentioned first', said: () => 'Entities: most mentioned first.'}],
	filters: [{trail: 'all types', said: (count) => `Entities: all types (${count}).`}, ...(['person', 'organization', 'place', 'other'] as const).map(ofType)],
	toggles: [{command: 'entities.type', keys: ['t'], description: 'Entities: filter by type (all, person, organization, place, other)', hint: {keys: 't', text: 'type'}, cycles: 'filter'}],
	detail: cardDetail,
	copy: (e) => ({text: safeInline(e.name), what: 'the name'}),
	record: {
		columns: ['id', 'type', 'name', 'aliases', 'mentions', 'outlets'],
		row: (e, model) => ({
			id: e.id,
			type: e.type,
			name: e.name,
			aliases: e.aliases.filter((a) => a !== e.name).join('; '),
			mentions: model.lookups.mentionTotal(e),
			outlets: model.lookups.entityOutlets(e).length,
		}),
	},
	empty: ['No entities found yet.', 'The analysis found no names of people, organisations or places in these articles.'],
	warm: {
		first: 10,
		run(entity, model, width) {
			model.lookups.entityArticles(entity);
			entityCard(entity, model, width, -1);
		},
	},
};
