// The app's whole state: plain data, changed only by the reducer.
import type {EntityType} from '../../analysis/types.js';

export type PaneId = 'articles' | 'entities' | 'statements';
export const PANES: PaneId[] = ['articles', 'entities', 'statements'];

export type ArticleSort = 'date' | 'outlet';
export type TypeFilter = EntityType | 'all';
export const TYPE_FILTERS: TypeFilter[] = ['all', 'person', 'organization', 'place', 'other'];

export interface ListState {
	cursor: number;
	/** First visible row. */
	offset: number;
	/** Committed filter text ('' = none). */
	query: string;
}

export type DetailView =
	| {kind: 'article'; id: string; scroll: number}
	| {kind: 'entity'; id: string; cursor: number}
	| {kind: 'comparison'; id: string; column: number; scroll: number};

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
	focus: PaneId;
	lists: Record<PaneId, ListState>;
	/** Search being typed in the focused pane, or null. */
	search: string | null;
	sort: ArticleSort;
	typeFilter: TypeFilter;
	/** Open detail views, the last one shown; Esc pops. */
	stack: DetailView[];
	overlay: Overlay | null;
	confirm: Confirm | null;
	status: Status | null;
}

export function initialState(): AppState {
	const list = (): ListState => ({cursor: 0, offset: 0, query: ''});
	return {
		focus: 'articles',
		lists: {articles: list(), entities: list(), statements: list()},
		search: null,
		sort: 'date',
		typeFilter: 'all',
		stack: [],
		overlay: null,
		confirm: null,
		status: null,
	};
}

export function currentDetail(state: AppState): DetailView | undefined {
	return state.stack[state.stack.length - 1];
}

/** The filter applied to a pane's rows: the text being typed when searching it, else the kept one. */
export function activeQuery(state: AppState, pane: PaneId): string {
	return pane === state.focus && state.search !== null ? state.search : state.lists[pane].query;
}
