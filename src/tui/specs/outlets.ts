// The Outlets pane (key 5): each outlet with its group, articles, date span, statements carried and
// reported first, and the names it mentions most; Enter opens its page (content/outlet.ts), whose
// links open the entity card, the reader and the comparison; c there sets its group side by side
// with another. The figures that take a pass over the index are prepared in idle time.
import type {OutletProfile} from '../../index/outlets.js';
import {outletProfiles} from '../../index/outlets.js';
import {missing, position} from '../content/detail.js';
import {outletHeader, outletPage, outletRow} from '../content/outlet.js';
import type {Model} from '../model/model.js';
import {outletFigures, outletJob} from '../model/outlets.js';
import type {Env, Update} from '../state/reducer.js';
import {replaceTop, type AppState} from '../state/types.js';
import {clamp} from '../state/window.js';
import {safeInline} from '../text/safe.js';
import {readerDetail} from './articles.js';
import {cardDetail} from './entities.js';
import {comparisonDetail} from './statements.js';
import type {DetailSpec, PaneSpec} from './types.js';

export interface OutletView {
	kind: 'outlet';
	id: string;
	/** The selected link; -1 (the preview) selects none. */
	cursor: number;
	scroll?: number;
	/** The group set side by side with the outlet's own (c). */
	compare?: string;
}

const profileOf = (id: string, model: Model) => model.panes.items<OutletProfile>('outlets').find((p) => p.id === id);

const pageOf = (view: OutletView, model: Model, width: number) => {
	const p = profileOf(view.id, model);
	return p ? outletPage(p, model, width, view.cursor, view.compare) : null;
};

/** c: the next group after the one shown (the outlet's own is skipped). */
function compareGroup(view: OutletView, state: AppState, env: Env): Update {
	const p = profileOf(view.id, env.model);
	const groups = env.model.framing.groups().filter((g) => g !== p?.group);
	if (!p?.group || groups.length === 0) {
		const text = p?.group ? 'No other outlet group to set beside it.' : 'This outlet is in no group: declare groups in presslens.json (outlets.groups).';
		return {state: {...state, status: {text, tone: 'info'}}, effects: []};
	}
	const shown: OutletView = {...view, compare: groups[(groups.indexOf(view.compare ?? '') + 1) % groups.length]};
	return {state: replaceTop(state, shown), effects: []};
}

export const outletDetail: DetailSpec<OutletView> = {
	kind: 'outlet',
	name: 'outlet page',
	view: (id) => ({kind: 'outlet', id, cursor: 0}),
	preview: (id) => ({kind: 'outlet', id, cursor: -1}),
	content(view, model, width, height) {
		const page = pageOf(view, model, width);
		if (!page) return missing('Outlet', 'This outlet is not in the index.');
		const top = view.cursor < 0 ? 0 : clamp(view.scroll ?? 0, 0, Math.max(0, page.lines.length - height));
		return {title: `Outlet · ${safeInline(view.id)}`, lines: page.lines, top, note: position(top, height, page.lines.length), lineOfTarget: page.lineOf};
	},
	targets: (view, model) => pageOf(view, model, 80)?.targets ?? 0,
	lineOf: (view, model, width, target) => pageOf(view, model, width)?.lineOf(target) ?? 0,
	open(view, model) {
		const link = pageOf(view, model, 80)?.link(view.cursor);
		if (!link) return 'Nothing to open here.';
		if (link.kind === 'entity') return cardDetail.view(link.id);
		if (link.kind === 'article') return readerDetail.view(link.id);
		return comparisonDetail.view(link.id);
	},
	copy: (view) => ({text: safeInline(view.id), what: 'the outlet name'}),
	commands: [{command: 'outlet.compare', keys: ['c'], description: 'Outlet page: its group side by side with another (c again: the next)', hint: {keys: 'c', text: 'side by side'}, run: compareGroup}],
};

// Figures the idle job has not gathered yet sort as nothing, so a sort never waits for them.
const tally = (p: OutletProfile, model: Model) => {
	const f = outletFigures(model);
	return f.ready ? f.tally.of.get(p.id) : undefined;
};

export const outletsPane: PaneSpec<OutletProfile> = {
	id: 'outlets',
	label: 'Outlets',
	key: '5',
	items: (index) => outletProfiles(index.articles),
	header: outletHeader,
	row: outletRow,
	search: (p) => [p.id, p.group ?? ''],
	fields: {outlet: (p) => [p.id], group: (p) => [p.group], date: (p) => [p.first, p.last]},
	columns: [
		{name: 'OUTLET', key: (p) => p.id},
		{name: 'GROUP', key: (p) => p.group},
		{name: 'ART', key: (p) => p.articles.length, descending: true},
		{name: 'DATES', key: (p) => p.last, descending: true},
		{name: 'STMT', key: (p, model) => tally(p, model)?.statements.length ?? null, descending: true},
		{name: '1ST', key: (p, model) => tally(p, model)?.firsts ?? null, descending: true},
	],
	sortedBy: 2,
	orders: [{trail: 'most articles first', said: () => 'Outlets: most articles first.'}],
	filters: [],
	toggles: [],
	detail: outletDetail,
	copy: (p) => ({text: safeInline(p.id), what: 'the outlet name'}),
	record: {
		columns: ['outlet', 'group', 'articles', 'first', 'last', 'statements', 'first_reports'],
		row: (p, model) => {
			const t = outletFigures(model).whole().tally.of.get(p.id);
			return {outlet: p.id, group: p.group ?? '', articles: p.articles.length, first: p.first ?? '', last: p.last ?? '', statements: t?.statements.length ?? 0, first_reports: t?.firsts ?? 0};
		},
	},
	empty: ['No outlets yet.'],
	jobs: (model) => [outletJob(model)],
};
