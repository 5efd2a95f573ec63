// The app's whole state: plain data, changed only by the reducer. Which panes and details exist is
// the registry's business (specs/registry.ts): here a pane is its id and a detail its kind.

export interface ListState {
	cursor: number;
	/** First visible row. */
	offset: number;
	/** Committed filter text ('' = none). */
	query: string;
	/** Which of the pane's orders and filters is in force (indices into its spec's lists). */
	order: number;
	filter: number;
	/** The column sorted by (-1: the pane's default order) and whether the order is reversed. */
	sort: number;
	reverse: boolean;
}

/**
 * An open detail: the kind of its spec, the item's id, and the spec's own position (a reader's
 * scroll, an entity card's selected link, a comparison's first column).
 */
export interface DetailView {
	kind: string;
	id: string;
	scroll?: number;
	cursor?: number;
	column?: number;
	/** The line of the last find match (n / N go on from it). */
	found?: number;
}

export type Overlay = {kind: 'help'; scroll: number} | {kind: 'warnings'; scroll: number};

export interface Status {
	text: string;
	tone: 'info' | 'ok' | 'error';
}

/** A question the user must answer before an effect proceeds (e.g. overwrite a file). */
export interface Confirm {
	question: string;
	/** Effect to run on yes. */
	effect: Effect;
}

export type Effect =
	| {kind: 'quit'}
	| {kind: 'copy'; text: string; what: string}
	| {kind: 'export'; statementId: string; overwrite: boolean};

export interface AppState {
	/** The focused pane's id. */
	focus: string;
	lists: Record<string, ListState>;
	/** Search being typed in the focused pane, or null. */
	search: string | null;
	/** The term found in open details with n / N; `typing` while it is being typed after `/` there. */
	find: {text: string; typing: boolean} | null;
	/** Open detail views, the last one shown; Esc pops. */
	stack: DetailView[];
	overlay: Overlay | null;
	confirm: Confirm | null;
	status: Status | null;
}

/** The state of a fresh app over panes with these ids, the first focused. */
export function stateFor(panes: readonly string[]): AppState {
	const lists: Record<string, ListState> = {};
	for (const id of panes) lists[id] = {cursor: 0, offset: 0, query: '', order: 0, filter: 0, sort: -1, reverse: false};
	return {focus: panes[0] ?? '', lists, search: null, find: null, stack: [], overlay: null, confirm: null, status: null};
}

export function currentDetail(state: AppState): DetailView | undefined {
	return state.stack[state.stack.length - 1];
}

/** The filter applied to a pane's rows: the text being typed when searching it, else the kept one. */
export function activeQuery(state: AppState, pane: string): string {
	return pane === state.focus && state.search !== null ? state.search : state.lists[pane].query;
}
