// The Entities pane (type, name, mentions, outlets; filtered by type) and the entity card it opens,
// whose links (the articles naming the entity, then its statements) Enter follows.
import type {Entity, EntityType} from '../../analysis/types.js';
import {missing, position} from '../content/detail.js';
import {entityCard} from '../content/entity.js';
import {entityHeader, entityRow} from '../content/rows.js';
import {clamp} from '../state/window.js';
import {safeInline} from '../text/safe.js';
import {readerDetail} from './articles.js';
import {comparisonDetail} from './statements.js';
import type {DetailSpec, Filter, PaneSpec} from './types.js';

export interface CardView {
	kind: 'entity';
	id: string;
	/** The selected link; -1 (the preview) selects none. */
	cursor: number;
}

export const cardDetail: DetailSpec<CardView> = {
	kind: 'entity',
	name: 'entity card',
	view: (id) => ({kind: 'entity', id, cursor: 0}),
	preview: (id) => ({kind: 'entity', id, cursor: -1}),
	content(view, model, width, height) {
		const entity = model.lookups.entityById.get(view.id);
		if (!entity) return missing('Entity', 'This entity is not in the index.');
		const card = entityCard(entity, model, width, view.cursor);
		const target = card.lineOf(clamp(view.cursor, 0, Math.max(0, card.targets - 1)));
		// The card opens at its top (name and counts in view) while the selected link fits with a line
		// after it; further down the selected link is kept in the upper third so the lines after it show.
		const top =
			card.targets === 0 || view.cursor < 0 || target <= height - 2 ? 0 : clamp(target - Math.floor(height / 3), 0, Math.max(0, card.lines.length - height));
		return {title: `Entity · ${safeInline(entity.name)}`, lines: card.lines, top, note: position(top, height, card.lines.length), lineOfTarget: card.lineOf};
	},
	targets(view, model) {
		const entity = model.lookups.entityById.get(view.id);
		return entity ? model.lookups.entityArticles(entity).length + model.lookups.entityStatements(entity).length : 0;
	},
	open(view, model) {
		const entity = model.lookups.entityById.get(view.id);
		if (!entity) return 'This entity is not in the index.';
		const articles = model.lookups.entityArticles(entity);
		if (view.cursor < articles.length) return readerDetail.view(articles[view.cursor].id);
		const statement = model.lookups.entityStatements(entity)[view.cursor - articles.length];
		if (!statement) return 'Nothing to open: this entity has no linked articles or statements.';
		return comparisonDetail.view(statement.id);
	},
	copy(view, model) {
		const e = model.lookups.entityById.get(view.id);
		return e ? {text: safeInline([e.name, ...e.aliases.filter((x) => x !== e.name)].join('; ')), what: 'the name and aliases'} : null;
	},
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
	empty: ['No entities found yet.', 'The analysis found no names of people, organisations or places in these articles.'],
	warm: {
		first: 10,
		run(entity, model, width) {
			model.lookups.entityArticles(entity);
			entityCard(entity, model, width, -1);
		},
	},
};
