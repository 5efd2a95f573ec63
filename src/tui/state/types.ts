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

/** The help's `filter` is typed into it: only the keys that match are listed. */
export type Overlay = {kind: 'help'; scroll: number; filter?: string} | {kind: 'warnings'; scroll: number};

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
	| {kind: 'export'; statementId: string; overwrite: boolean}
	/** Open an http(s) URL, already checked by safeUrl. */
	| {kind: 'browse'; url: string}
	/** Show an article's text in $PAGER. */
	| {kind: 'page'; articleId: string}
	/** Write these items of a pane to `path` (relative to the app's folder), the format by its extension. */
	| {kind: 'export-list'; pane: string; ids: readonly string[]; path: string; overwrite: boolean};

/** A one-line prompt being typed in the status bar: a path to export the list to, or a command to run. */
export type Prompt =
	| {
			kind: 'export';
			text: string;
			/** The pane whose list (or marked items) is exported. */
			pane: string;
	  }
	| {kind: 'palette'; text: string; cursor: number};

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
	/** Views left with [ (history.back), the next one last; ] reopens it, a new jump drops them. */
	forward?: DetailView[];
	overlay: Overlay | null;
	confirm: Confirm | null;
	/** Ids of the items marked with x, per pane id. */
	marks?: Record<string, readonly string[]>;
	prompt?: Prompt | null;
	status: Status | null;
}

/** The state of a fresh app over panes with these ids, the first focused. */
export function stateFor(panes: readonly string[]): AppState {
	const lists: Record<string, ListState> = {};
	for (const id of panes) lists[id] = {cursor: 0, offset: 0, query: '', order: 0, filter: 0, sort: -1, reverse: false};
	return {focus: panes[0] ?? '', lists, search: null, find: null, stack: [], overlay: null, confirm: null, status: null};
}

/** The ids marked in pane `pane`. */
export function marksOf(state: AppState, pane: string): readonly string[] {
	return state.marks?.[pane] ?? [];
}

export function currentDetail(state: AppState): DetailView | undefined {
	return state.stack[state.stack.length - 1];
}

/** The state with the open detail replaced by `detail` (a moved cursor, a scroll, a toggle). */
export function replaceTop(state: AppState, detail: DetailView): AppState {
	return {...state, stack: [...state.stack.slice(0, -1), detail]};
}

/** The filter applied to a pane's rows: the text being typed when searching it, else the kept one. */
export function activeQuery(state: AppState, pane: string): string {
	return pane === state.focus && state.search !== null ? state.search : state.lists[pane].query;
}
