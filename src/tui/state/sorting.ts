// Sorting a list by its columns (k9s, VisiData): one key moves the sort to the next column, another
// reverses the order. The sort in force is plain data in the list's state; the rows follow it
// (model/rows.ts) and the header and tabs show it.
import type {Column, PaneSpec} from '../specs/types.js';
import type {Env} from './reducer.js';
import type {AppState, ListState} from './types.js';

export interface SortInForce {
	/** The column sorted by: the chosen one, else the one the default order follows (if any). */
	column: Column<any> | undefined;
	/** High to low, as it shows now (the column's natural direction, flipped when reversed). */
	descending: boolean;
	/** Said in the tabs' trail: "sorted by outlet ▲", "reversed". */
	trail: string;
}

export function sortInForce(spec: PaneSpec, list: ListState): SortInForce {
	const at = list.sort >= 0 ? list.sort : spec.sortedBy;
	const column = at === undefined ? undefined : spec.columns?.[at];
	const descending = (column?.descending ?? false) !== list.reverse;
	if (!column) return {column, descending, trail: list.reverse ? 'reversed' : ''};
	return {column, descending, trail: `sorted by ${column.name.toLowerCase()} ${descending ? '▼' : '▲'}`};
}

function said(spec: PaneSpec, list: ListState): string {
	const {column, descending} = sortInForce(spec, list);
	if (!column) return `${spec.label}: ${list.reverse ? 'reversed' : 'in their own order'}.`;
	const natural = (column.descending ?? false) === descending;
	return `${spec.label} sorted by ${column.name.toLowerCase()}${natural ? '' : ' (reversed)'}.`;
}

function withSort(state: AppState, env: Env, patch: Partial<ListState>): AppState {
	const spec = env.model.registry.pane(state.focus);
	const list = {...state.lists[state.focus], ...patch, cursor: 0, offset: 0};
	return {...state, lists: {...state.lists, [spec.id]: list}, status: {text: said(spec, list), tone: 'info'}};
}

/** The sort moves to the next column, in its natural direction. */
export function nextColumn(state: AppState, env: Env): AppState {
	const spec = env.model.registry.pane(state.focus);
	const columns = spec.columns ?? [];
	if (columns.length === 0) return {...state, status: {text: `${spec.label} have no columns to sort by.`, tone: 'info'}};
	const list = state.lists[spec.id];
	const at = list.sort >= 0 ? list.sort : (spec.sortedBy ?? -1);
	return withSort(state, env, {sort: (at + 1) % columns.length, reverse: false});
}

export function reverseSort(state: AppState, env: Env): AppState {
	return withSort(state, env, {reverse: !state.lists[state.focus].reverse});
}
