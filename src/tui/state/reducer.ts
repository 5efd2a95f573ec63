// The one reducer: every change of state goes through `update`, which is pure. Work with the
// outside world (quit, clipboard, files) is returned as effects for the app to run. What differs
// between panes and details (what Enter opens, what y copies, a pane's sort key) is read from
// their specs in the model's registry.
import type {Model} from '../model/model.js';
import type {CommandName, CoreCommand} from './keymap.js';
import {resolveKey} from './keymap.js';
import type {Layout} from './layout.js';
import {currentDetail, marksOf, replaceTop, type AppState, type Confirm, type DetailView, type Effect, type ListState, type Status} from './types.js';
import {moveOverLinks} from './link-scroll.js';
import {markCommand, MARK_COMMANDS, promptText, type MarkCommand} from './marks.js';
import {paletteCommand, PALETTE_COMMANDS, type PaletteCommand} from './palette.js';
import {pushView, sourceCommand, SOURCE_COMMANDS, type SourceCommand} from './source.js';
import {clamp, scrollIntoView} from './window.js';
import {findMove} from './find.js';
import {nextColumn, reverseSort} from './sorting.js';
import {clickTarget, type MouseEvent} from './mouse.js';

export type Action =
	| {type: 'key'; key: string}
	| {type: 'command'; command: CommandName}
	| {type: 'text'; text: string}
	| {type: 'status'; status: Status | null}
	| {type: 'confirm'; confirm: Confirm}
	| {type: 'resize'}
	| {type: 'mouse'; event: MouseEvent};

/** What the reducer needs to know beyond the state: the data and the current geometry. */
export interface Env {
	model: Model;
	layout: (state: AppState) => Layout;
	/** Mark differing words with brackets (colour is off). */
	brackets: boolean;
	/** Lines in the open detail or overlay at the current width (for clamping scrolls). */
	contentLines: (state: AppState) => number;
}

export interface Update {
	state: AppState;
	effects: Effect[];
}

// OSC 52 payloads above this are dropped by many terminals.
const COPY_LIMIT = 70_000;

const same = (state: AppState): Update => ({state, effects: []});

export function update(state: AppState, action: Action, env: Env): Update {
	switch (action.type) {
		case 'key': {
			// In the help every character is typed into its filter; ? still closes it.
			if (state.overlay?.kind === 'help' && !state.confirm && isPrintable(action.key) && action.key !== '?') {
				const filter = `${state.overlay.filter ?? ''}${action.key === 'space' ? ' ' : action.key}`;
				return same({...state, overlay: {...state.overlay, filter, scroll: 0}});
			}
			const command = resolveKey(state, action.key, env.model.registry);
			if (command) return update(state, {type: 'command', command}, env);
			if ((state.search !== null || state.prompt || state.find?.typing) && isPrintable(action.key)) return update(state, {type: 'text', text: action.key === 'space' ? ' ' : action.key}, env);
			return same(state);
		}
		case 'text':
			if (state.prompt) return same(promptText(state, action.text));
			if (state.find?.typing) return same({...state, find: {...state.find, text: state.find.text + action.text}});
			if (state.search === null) return same(state);
			return same(withList({...state, search: state.search + action.text}, state.focus, {cursor: 0, offset: 0}));
		case 'status':
			return same({...state, status: action.status});
		case 'confirm':
			return same({...state, confirm: action.confirm, status: null});
		case 'resize':
			return same(fixScroll(state, env));
		case 'mouse':
			return mouse(state, action.event, env);
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

function withList(state: AppState, pane: string, patch: Partial<ListState>): AppState {
	return {...state, lists: {...state.lists, [pane]: {...state.lists[pane], ...patch}}};
}

function moveCursor(state: AppState, env: Env, to: (cursor: number, total: number, page: number) => number): AppState {
	const pane = state.focus;
	const total = env.model.panes.count(state, pane);
	const {listHeight} = env.layout(state);
	const list = state.lists[pane];
	const cursor = clamp(to(list.cursor, total, listHeight), 0, Math.max(0, total - 1));
	return withList(state, pane, {cursor, offset: scrollIntoView(total, cursor, listHeight, list.offset)});
}

function scrollBy(state: AppState, env: Env, to: (scroll: number, page: number, max: number) => number, mover?: Mover): AppState {
	const {detailHeight} = env.layout(state);
	const max = Math.max(0, env.contentLines(state) - detailHeight);
	if (state.overlay) return {...state, overlay: {...state.overlay, scroll: clamp(to(state.overlay.scroll, detailHeight, max), 0, max)}};
	const detail = currentDetail(state);
	if (!detail) return state;
	const spec = env.model.registry.detail(detail.kind);
	if (spec?.targets && spec.lineOf) {
		// The cursor walks the view's links (a page is a few of them) and the lines scroll with it.
		const {detailWidth} = env.layout(state);
		const lineOf = spec.lineOf;
		const move = mover ?? {list: (c: number) => c, scroll: to, down: true};
		const at = moveOverLinks(
			{cursor: detail.cursor ?? 0, scroll: detail.scroll ?? 0},
			{down: move.down, edge: move.edge, cursor: (c, page, last) => move.list(c, last + 1, page), scroll: move.scroll},
			{links: spec.targets(detail, env.model), lines: env.contentLines(state), height: detailHeight, lineOf: (i) => lineOf(detail, env.model, detailWidth, i)},
		);
		return replaceTop(state, {...detail, ...at});
	}
	if (spec?.targets) {
		// A view that keeps its selected link shown itself (no lineOf): only the cursor moves; a page is a few links.
		const total = spec.targets(detail, env.model);
		const cursor = clamp(to(detail.cursor ?? 0, Math.max(1, Math.floor(detailHeight / 2)), Math.max(0, total - 1)), 0, Math.max(0, total - 1));
		return replaceTop(state, {...detail, cursor});
	}
	return replaceTop(state, {...detail, scroll: clamp(to(detail.scroll ?? 0, detailHeight, max), 0, max)});
}

type Mover = {
	list: (cursor: number, total: number, page: number) => number;
	scroll: (scroll: number, page: number, max: number) => number;
	down: boolean;
	edge?: boolean;
};

const MOVES: Partial<Record<CoreCommand, Mover>> = {
	'move.down': {list: (c) => c + 1, scroll: (s) => s + 1, down: true},
	'move.up': {list: (c) => c - 1, scroll: (s) => s - 1, down: false},
	'page.down': {list: (c, _t, p) => c + p, scroll: (s, p) => s + Math.max(1, p - 1), down: true},
	'page.up': {list: (c, _t, p) => c - p, scroll: (s, p) => s - Math.max(1, p - 1), down: false},
	'move.top': {list: () => 0, scroll: () => 0, down: false, edge: true},
	'move.bottom': {list: (_c, t) => t - 1, scroll: (_s, _p, max) => max, down: true, edge: true},
};

/** The id of the item under the focused pane's cursor, if any. */
function selectedId(state: AppState, env: Env): string | undefined {
	return env.model.panes.selectedItem<{id: string}>(state)?.id;
}

function open(state: AppState, env: Env): AppState {
	const detail = currentDetail(state);
	if (detail) {
		const target = env.model.registry.detail(detail.kind)?.open?.(detail, env.model);
		if (target === undefined) return state;
		if (typeof target === 'string') return {...state, status: {text: target, tone: 'info'}};
		return pushView(state, target, env);
	}
	const id = selectedId(state, env);
	if (!id) return {...state, status: {text: 'Nothing to open here.', tone: 'info'}};
	return pushView(state, env.model.registry.pane(state.focus).detail.view(id), env);
}

function copy(state: AppState, env: Env): Update {
	const {model} = env;
	const detail = currentDetail(state);
	let copied = null;
	if (state.overlay) copied = null;
	else if (detail) copied = model.registry.detail(detail.kind)?.copy(detail, model) ?? null;
	else {
		const item = model.panes.selectedItem(state);
		copied = item ? model.registry.pane(state.focus).copy(item, model) : null;
	}
	if (!copied) return same({...state, status: {text: 'Nothing to copy here.', tone: 'info'}});
	const text = copied.text.length > COPY_LIMIT ? copied.text.slice(0, COPY_LIMIT) : copied.text;
	return {state, effects: [{kind: 'copy', text, what: copied.what}]};
}

function command(state: AppState, name: CommandName, env: Env): Update {
	const move = MOVES[name as CoreCommand];
	if (move) {
		if (state.search !== null || (!state.overlay && state.stack.length === 0)) return same(moveCursor(state, env, move.list));
		return same(scrollBy(state, env, move.scroll, move));
	}
	const {registry} = env.model;
	const panes = registry.panes.map((p) => p.id);
	switch (name as CoreCommand) {
		case 'app.quit':
			return {state, effects: [{kind: 'quit'}]};
		case 'app.help':
			return same({...state, overlay: state.overlay?.kind === 'help' ? null : {kind: 'help', scroll: 0}});
		case 'app.warnings':
			return same({...state, overlay: {kind: 'warnings', scroll: 0}});
		case 'pane.next':
		case 'pane.prev': {
			const step = name === 'pane.next' ? 1 : panes.length - 1;
			return same(focusPane(state, panes[(panes.indexOf(state.focus) + step) % panes.length]));
		}
		case 'item.open':
			return same(open(state, env));
		case 'back':
			if (state.overlay?.kind === 'help' && state.overlay.filter) return same({...state, overlay: {...state.overlay, filter: '', scroll: 0}});
			if (state.overlay) return same({...state, overlay: null});
			// Leaving the last detail forgets its find word: n in the next one looks for the list's search.
			if (state.stack.length > 0) return same({...state, stack: state.stack.slice(0, -1), find: state.stack.length === 1 ? null : state.find});
			if (state.lists[state.focus].query) {
				return same({...withList(state, state.focus, {query: '', cursor: 0, offset: 0}), status: {text: 'Filter cleared.', tone: 'info'}});
			}
			if (marksOf(state, state.focus).length > 0) return same({...state, marks: {...state.marks, [state.focus]: []}, status: {text: 'Marks cleared.', tone: 'info'}});
			return same(state);
		case 'search.start':
			// A fresh query, not the kept one to append to: Enter keeps the new one, Esc clears both.
			return same(withList({...state, search: ''}, state.focus, {cursor: 0, offset: 0}));
		case 'search.erase':
			if (state.find?.typing) return same({...state, find: {...state.find, text: Array.from(state.find.text).slice(0, -1).join('')}});
			if (state.search === null) return same(state);
			return same(withList({...state, search: Array.from(state.search).slice(0, -1).join('')}, state.focus, {cursor: 0, offset: 0}));
		case 'search.clear':
			if (state.find?.typing) return same({...state, find: {...state.find, text: ''}});
			return same(withList({...state, search: ''}, state.focus, {cursor: 0, offset: 0}));
		case 'search.accept': {
			const query = (state.search ?? '').trim();
			const kept = withList({...state, search: null}, state.focus, {query});
			const count = env.model.panes.count(kept, state.focus);
			return same({...kept, status: query ? {text: `Filter “${query}” kept: ${count} match${count === 1 ? '' : 'es'}. Esc clears it.`, tone: 'info'} : null});
		}
		case 'search.cancel':
			return same(withList({...state, search: null}, state.focus, {query: '', cursor: 0, offset: 0}));
		case 'item.copy':
			return copy(state, env);
		case 'confirm.yes': {
			const effect = state.confirm?.effect;
			return {state: {...state, confirm: null}, effects: effect ? [effect] : []};
		}
		case 'confirm.no':
			return same({...state, confirm: null, status: {text: 'Cancelled.', tone: 'info'}});
		case 'sort.column':
			return same(nextColumn(state, env));
		case 'sort.reverse':
			return same(reverseSort(state, env));
		case 'find.start':
			return same({...state, find: {text: '', typing: true}});
		case 'find.cancel':
			return same({...state, find: null});
		case 'find.accept': {
			const text = state.find?.text.trim() ?? '';
			const typed = {...state, find: text ? {text, typing: false} : null};
			// From the top of what is shown: the first match on or after it.
			const detail = currentDetail(typed);
			return same(text && detail ? findMove(replaceTop(typed, {...detail, found: undefined}), env, 1) : typed);
		}
		case 'find.next':
		case 'find.prev':
			return same(findMove(state, env, name === 'find.next' ? 1 : -1));
	}
	if (SOURCE_COMMANDS.includes(name)) return sourceCommand(state, name as SourceCommand, env);
	if (name === 'help.erase') {
		if (state.overlay?.kind !== 'help') return same(state);
		return same({...state, overlay: {...state.overlay, filter: Array.from(state.overlay.filter ?? '').slice(0, -1).join(''), scroll: 0}});
	}
	if (PALETTE_COMMANDS.includes(name)) return paletteCommand(state, name as PaletteCommand, env, (next, chosen) => command(next, chosen, env));
	if (MARK_COMMANDS.includes(name)) {
		const marked = markCommand(state, name as MarkCommand, env);
		return name === 'item.mark' && marked.state.marks !== state.marks ? command(marked.state, 'move.down', env) : marked;
	}
	return specCommand(state, name, env);
}

/** A command of a spec: focusing a pane, a pane's order or filter key, a detail's own key. */
function specCommand(state: AppState, name: CommandName, env: Env): Update {
	const {registry} = env.model;
	const target = registry.panes.find((p) => `pane.${p.id}` === name);
	if (target) return same(focusPane(state, target.id));
	const detail = currentDetail(state);
	if (detail) {
		const run = registry.detail(detail.kind)?.commands?.find((c) => c.command === name)?.run;
		return run ? run(detail, state, env) : same(state);
	}
	const spec = registry.pane(state.focus);
	const own = spec.commands?.find((c) => c.command === name);
	if (own) {
		const item = env.model.panes.selectedItem(state);
		return item ? own.run(item, state, env) : same({...state, status: {text: 'Nothing selected.', tone: 'info'}});
	}
	const toggle = spec.toggles.find((t) => t.command === name);
	if (!toggle) return same(state);
	const choices = toggle.cycles === 'order' ? spec.orders : spec.filters;
	const list = state.lists[spec.id];
	const at = ((toggle.cycles === 'order' ? list.order : list.filter) + 1) % Math.max(1, choices.length);
	const next = withList(state, spec.id, {[toggle.cycles]: at, cursor: 0, offset: 0});
	return same({...next, status: {text: choices[at].said(env.model.panes.count(next, spec.id)), tone: 'info'}});
}

// Lines a wheel notch moves, as in most terminal programs.
const WHEEL_LINES = 3;

/** A mouse report: the wheel moves as j / k do, a click focuses a tab or selects a list row. A question or prompt ignores it. */
function mouse(state: AppState, event: MouseEvent, env: Env): Update {
	if (state.confirm || state.prompt) return same(state);
	if (event.kind === 'wheel') {
		let next = state;
		for (let i = 0; i < WHEEL_LINES; i++) next = command(next, event.down ? 'move.down' : 'move.up', env).state;
		return same(next);
	}
	if (event.kind !== 'click') return same(state);
	const target = clickTarget(state, env.model, env.layout(state), event.x, event.y);
	if (!target) return same(state);
	if ('pane' in target) return same(focusPane(state, target.pane));
	return same(moveCursor(state, env, () => target.row));
}

function focusPane(state: AppState, pane: string): AppState {
	return {...state, focus: pane, stack: [], overlay: null, search: null, find: null};
}

/** After a resize: keep list cursors visible and scrolls within the new content height. */
function fixScroll(state: AppState, env: Env): AppState {
	const {listHeight} = env.layout(state);
	let next = state;
	for (const {id} of env.model.registry.panes) {
		const total = env.model.panes.count(next, id);
		const list = next.lists[id];
		next = withList(next, id, {offset: scrollIntoView(total, list.cursor, listHeight, list.offset)});
	}
	return scrollBy(next, env, (s) => s);
}
