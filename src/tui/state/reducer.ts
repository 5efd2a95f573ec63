// The one reducer: every change of state goes through `update`, which is pure. Work with the
// outside world (quit, clipboard, files) is returned as effects for the app to run.
import type {CommandName} from './keymap.js';
import {resolveKey} from './keymap.js';
import type {Layout} from './layout.js';
import type {Model} from './model.js';
import {
	PANES,
	TYPE_FILTERS,
	currentDetail,
	type AppState,
	type Confirm,
	type DetailView,
	type Effect,
	type PaneId,
	type Status,
} from './types.js';
import {clamp, scrollIntoView} from './window.js';

export type Action =
	| {type: 'key'; key: string}
	| {type: 'command'; command: CommandName}
	| {type: 'text'; text: string}
	| {type: 'status'; status: Status | null}
	| {type: 'confirm'; confirm: Confirm}
	| {type: 'resize'};

/** What the reducer needs to know beyond the state: the data and the current geometry. */
export interface Env {
	model: Model;
	layout: (state: AppState) => Layout;
	/** Lines in the open detail or overlay at the current width (for clamping scrolls). */
	contentLines: (state: AppState) => number;
	/** Selectable targets in an entity card. */
	cardTargets: (entityId: string) => number;
	/** Most columns a comparison can start at (renderings minus those that fit). */
	lastColumn: (statementId: string, state: AppState) => number;
	/** Text that y copies for the current selection, or null when there is nothing to copy. */
	copyText: (state: AppState) => {text: string; what: string} | null;
}

export interface Update {
	state: AppState;
	effects: Effect[];
}

const same = (state: AppState): Update => ({state, effects: []});

export function update(state: AppState, action: Action, env: Env): Update {
	switch (action.type) {
		case 'key': {
			const command = resolveKey(state, action.key);
			if (command) return update(state, {type: 'command', command}, env);
			if (state.search !== null && isPrintable(action.key)) return update(state, {type: 'text', text: action.key === 'space' ? ' ' : action.key}, env);
			return same(state);
		}
		case 'text':
			if (state.search === null) return same(state);
			return same(withList({...state, search: state.search + action.text}, state.focus, {cursor: 0, offset: 0}));
		case 'status':
			return same({...state, status: action.status});
		case 'confirm':
			return same({...state, confirm: action.confirm, status: null});
		case 'resize':
			return same(fixScroll(state, env));
		case 'command':
			return command({...state, status: state.confirm ? state.status : null}, action.command, env);
	}
}

/** Apply a sequence of keys one by one, collecting effects. */
export function updateKeys(state: AppState, keys: string[], env: Env): Update {
	let current = state;
	const effects: Effect[] = [];
	for (const key of keys) {
		const result = update(current, {type: 'key', key}, env);
		current = result.state;
		effects.push(...result.effects);
		if (result.effects.some((e) => e.kind === 'quit')) break;
	}
	return {state: current, effects};
}

function isPrintable(key: string): boolean {
	return key === 'space' || (Array.from(key).length === 1 && !/\p{C}/u.test(key));
}

function withList(state: AppState, pane: PaneId, patch: Partial<AppState['lists'][PaneId]>): AppState {
	return {...state, lists: {...state.lists, [pane]: {...state.lists[pane], ...patch}}};
}

function replaceTop(state: AppState, detail: DetailView): AppState {
	return {...state, stack: [...state.stack.slice(0, -1), detail]};
}

function moveCursor(state: AppState, env: Env, to: (cursor: number, total: number, page: number) => number): AppState {
	const pane = state.focus;
	const total = env.model.count(state, pane);
	const {listHeight} = env.layout(state);
	const list = state.lists[pane];
	const cursor = clamp(to(list.cursor, total, listHeight), 0, Math.max(0, total - 1));
	return withList(state, pane, {cursor, offset: scrollIntoView(total, cursor, listHeight, list.offset)});
}

function scrollBy(state: AppState, env: Env, to: (scroll: number, page: number, max: number) => number): AppState {
	const {detailHeight} = env.layout(state);
	const max = Math.max(0, env.contentLines(state) - detailHeight);
	if (state.overlay) return {...state, overlay: {...state.overlay, scroll: clamp(to(state.overlay.scroll, detailHeight, max), 0, max)}};
	const detail = currentDetail(state);
	if (!detail) return state;
	if (detail.kind === 'entity') {
		const total = env.cardTargets(detail.id);
		// The card's cursor walks its targets; a page is a few of them.
		const cursor = clamp(to(detail.cursor, Math.max(1, Math.floor(detailHeight / 2)), Math.max(0, total - 1)), 0, Math.max(0, total - 1));
		return replaceTop(state, {...detail, cursor});
	}
	return replaceTop(state, {...detail, scroll: clamp(to(detail.scroll, detailHeight, max), 0, max)});
}

type Mover = {list: (cursor: number, total: number, page: number) => number; scroll: (scroll: number, page: number, max: number) => number};

const MOVES: Partial<Record<CommandName, Mover>> = {
	'move.down': {list: (c) => c + 1, scroll: (s) => s + 1},
	'move.up': {list: (c) => c - 1, scroll: (s) => s - 1},
	'page.down': {list: (c, _t, p) => c + p, scroll: (s, p) => s + Math.max(1, p - 1)},
	'page.up': {list: (c, _t, p) => c - p, scroll: (s, p) => s - Math.max(1, p - 1)},
	'move.top': {list: () => 0, scroll: () => 0},
	'move.bottom': {list: (_c, t) => t - 1, scroll: (_s, _p, max) => max},
};

function openSelected(state: AppState, env: Env): AppState {
	const id = env.model.selectedId(state);
	if (!id) return {...state, status: {text: 'Nothing to open here.', tone: 'info'}};
	const detail: DetailView =
		state.focus === 'articles'
			? {kind: 'article', id, scroll: 0}
			: state.focus === 'entities'
				? {kind: 'entity', id, cursor: 0}
				: {kind: 'comparison', id, column: 0, scroll: 0};
	return {...state, stack: [detail]};
}

function command(state: AppState, name: CommandName, env: Env): Update {
	const move = MOVES[name];
	if (move) {
		if (state.search !== null || (!state.overlay && state.stack.length === 0)) return same(moveCursor(state, env, move.list));
		return same(scrollBy(state, env, move.scroll));
	}
	const detail = currentDetail(state);
	switch (name) {
		case 'app.quit':
			return {state, effects: [{kind: 'quit'}]};
		case 'app.help':
			return same({...state, overlay: state.overlay?.kind === 'help' ? null : {kind: 'help', scroll: 0}});
		case 'app.warnings':
			return same({...state, overlay: {kind: 'warnings', scroll: 0}});
		case 'pane.next':
		case 'pane.prev': {
			const step = name === 'pane.next' ? 1 : PANES.length - 1;
			return same(focusPane(state, PANES[(PANES.indexOf(state.focus) + step) % PANES.length]));
		}
		case 'pane.articles':
			return same(focusPane(state, 'articles'));
		case 'pane.entities':
			return same(focusPane(state, 'entities'));
		case 'pane.statements':
			return same(focusPane(state, 'statements'));
		case 'item.open':
			if (detail?.kind === 'entity') return same(openCardTarget(state, detail, env));
			return same(openSelected(state, env));
		case 'back':
			if (state.overlay) return same({...state, overlay: null});
			if (state.stack.length > 0) return same({...state, stack: state.stack.slice(0, -1)});
			if (state.lists[state.focus].query) {
				return same({...withList(state, state.focus, {query: '', cursor: 0, offset: 0}), status: {text: 'Filter cleared.', tone: 'info'}});
			}
			return same(state);
		case 'search.start':
			return same(withList({...state, search: state.lists[state.focus].query}, state.focus, {cursor: 0, offset: 0}));
		case 'search.erase':
			if (state.search === null) return same(state);
			return same(withList({...state, search: Array.from(state.search).slice(0, -1).join('')}, state.focus, {cursor: 0, offset: 0}));
		case 'search.clear':
			return same(withList({...state, search: ''}, state.focus, {cursor: 0, offset: 0}));
		case 'search.accept': {
			const query = (state.search ?? '').trim();
			const kept = withList({...state, search: null}, state.focus, {query});
			const count = env.model.count(kept, state.focus);
			return same({...kept, status: query ? {text: `Filter “${query}” kept: ${count} match${count === 1 ? '' : 'es'}. Esc clears it.`, tone: 'info'} : null});
		}
		case 'search.cancel':
			return same(withList({...state, search: null}, state.focus, {query: '', cursor: 0, offset: 0}));
		case 'articles.sort': {
			const sort = state.sort === 'date' ? 'outlet' : 'date';
			return same({...withList({...state, sort}, 'articles', {cursor: 0, offset: 0}), status: {text: `Articles sorted by ${sort}.`, tone: 'info'}});
		}
		case 'entities.type': {
			const typeFilter = TYPE_FILTERS[(TYPE_FILTERS.indexOf(state.typeFilter) + 1) % TYPE_FILTERS.length];
			const next = withList({...state, typeFilter}, 'entities', {cursor: 0, offset: 0});
			return same({...next, status: {text: `Entities: ${typeFilter === 'all' ? 'all types' : typeFilter} (${env.model.count(next, 'entities')}).`, tone: 'info'}});
		}
		case 'column.left':
		case 'column.right': {
			if (detail?.kind !== 'comparison') return same(state);
			const last = env.lastColumn(detail.id, state);
			const column = clamp(detail.column + (name === 'column.right' ? 1 : -1), 0, last);
			return same(replaceTop(state, {...detail, column}));
		}
		case 'item.copy': {
			const copy = env.copyText(state);
			if (!copy) return same({...state, status: {text: 'Nothing to copy here.', tone: 'info'}});
			return {state, effects: [{kind: 'copy', ...copy}]};
		}
		case 'comparison.export':
			if (detail?.kind !== 'comparison') return same(state);
			return {state, effects: [{kind: 'export', statementId: detail.id, overwrite: false}]};
		case 'confirm.yes': {
			const effect = state.confirm?.effect;
			return {state: {...state, confirm: null}, effects: effect ? [effect] : []};
		}
		case 'confirm.no':
			return same({...state, confirm: null, status: {text: 'Cancelled.', tone: 'info'}});
		default:
			return same(state);
	}
}

function focusPane(state: AppState, pane: PaneId): AppState {
	return {...state, focus: pane, stack: [], overlay: null, search: null};
}

function openCardTarget(state: AppState, card: Extract<DetailView, {kind: 'entity'}>, env: Env): AppState {
	const entity = env.model.entityById.get(card.id);
	if (!entity) return state;
	const articles = env.model.entityArticles(entity);
	const statements = env.model.entityStatements(entity);
	if (card.cursor < articles.length) return {...state, stack: [...state.stack, {kind: 'article', id: articles[card.cursor].id, scroll: 0}]};
	const statement = statements[card.cursor - articles.length];
	if (!statement) return {...state, status: {text: 'Nothing to open: this entity has no linked articles or statements.', tone: 'info'}};
	return {...state, stack: [...state.stack, {kind: 'comparison', id: statement.id, column: 0, scroll: 0}]};
}

/** After a resize: keep list cursors visible and scrolls within the new content height. */
function fixScroll(state: AppState, env: Env): AppState {
	const {listHeight} = env.layout(state);
	let next = state;
	for (const pane of PANES) {
		const total = env.model.count(next, pane);
		const list = next.lists[pane];
		next = withList(next, pane, {offset: scrollIntoView(total, list.cursor, listHeight, list.offset)});
	}
	return scrollBy(next, env, (s) => s);
}
