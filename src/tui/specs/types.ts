// What a pane and a detail are, as data. The reducer, the App, the status bar, the help and the
// search read these specs through the registry (registry.ts) and never decide between panes
// themselves: a new pane is one more spec file (with its row and detail renderers).
import type {Article} from '../../corpus/types.js';
import type {Job} from '../../index/job.js';
import type {FieldName} from '../../index/query.js';
import type {CorpusIndex} from '../../index/types.js';
import type {Row} from '../../output/records.js';
import type {DetailContent} from '../content/detail.js';
import type {Model} from '../model/model.js';
import type {Binding} from '../state/keymap.js';
import type {Env, Update} from '../state/reducer.js';
import type {AppState, DetailView} from '../state/types.js';

/** One of the orders or filters a pane offers, as the tabs' trail and the status bar name it. */
export interface Choice {
	/** In the tabs' trail: "sorted by date", "type: person". */
	trail: string;
	/** In the status bar when chosen; `count` is the number of rows it leaves. */
	said(count: number): string;
}

export interface Order<T> extends Choice {
	/** Absent: the index's own order (the build sorted it once). */
	compare?: (a: T, b: T) => number;
}

export interface Filter<T> extends Choice {
	/** Absent: every item. */
	keep?: (item: T) => boolean;
	/** What an empty list says under this filter: a line and a hint. */
	empty?: [string, string?];
}

/** A column a list can be sorted by (a key cycles the columns, another reverses). */
export interface Column<T> {
	/** As the header prints it ('DATE'): the sort mark goes beside it. */
	name: string;
	/** What it sorts by; null sorts last in either direction. */
	key(item: T, model: Model): string | number | null;
	/** Its natural direction is high to low (dates newest first, counts most first). */
	descending?: boolean;
}

/** A key of a pane's list that steps through its orders or its filters. */
export interface Toggle extends Omit<Binding, 'contexts'> {
	cycles: 'order' | 'filter';
}

/** Text that `y` copies, and what the status bar calls it. */
export interface Copy {
	text: string;
	what: string;
}

export interface PaneSpec<T extends {id: string} = any> {
	/** Names the pane in the state and in key contexts (`list.<id>`); never shown. */
	id: string;
	label: string;
	/** The key that focuses it. */
	key: string;
	/** The pane's items; asked once per index (the model keeps the list), so it may derive them. */
	items(index: CorpusIndex): readonly T[];
	header(width: number): string;
	/** One row, fitted to `width` cells. */
	row(item: T, model: Model, width: number): string;
	/** The short fields `/` searches, for one item. */
	search(item: T): string[];
	/**
	 * Built after the article marks, not before: the largest search, which nobody waits for before
	 * they have looked at the others.
	 */
	searchLast?: boolean;
	/** At least one; the first is the default. */
	orders: Order<T>[];
	/** None, or the first is "all". */
	filters: Filter<T>[];
	toggles: Toggle[];
	/** Keys of the list that act on its selected item (a statement row's article at its quote). */
	commands?: PaneCommand<T>[];
	/** The columns the list can be sorted by (none: only its orders). */
	columns?: Column<T>[];
	/** The column its default order follows, which the header marks until another is chosen. */
	sortedBy?: number;
	/**
	 * The values the field terms of a search (outlet:, speaker:, group:, type:, date:) test for an
	 * item; a term for a field missing here matches nothing in this pane, and the empty list says so.
	 */
	fields?: Partial<Record<FieldName, (item: T, model: Model) => readonly (string | null | undefined)[]>>;
	/** Full text searched beside the short fields (an article's body); the hit's sentence shows under the row. */
	fullText?: (item: T) => string;
	/** What Enter opens (the view of the item's id), and the preview beside the list. */
	detail: DetailSpec;
	copy(item: T, model: Model): Copy;
	/** The article behind an item, for o (its URL) and p (its text in the pager). */
	article?(item: T, model: Model): Article | undefined;
	/** An item as a flat record for E (CSV, JSON Lines, Markdown): the columns, in order, and one row. */
	record?: {columns: string[]; row(item: T, model: Model): Row};
	/** What the list says when the corpus has articles but this pane has no items: a line and a hint. */
	empty: [string, string?];
	/**
	 * The first items warmed in idle time (their cards or comparisons drawn once); `afterLinks`: once
	 * every article's quotes and entities are gathered (the lookups' last job), which the view reads.
	 */
	warm?: {first: number; afterLinks?: boolean; run(item: T, model: Model, width: number): void};
	/** Figures the pane shows that take a pass over the index, prepared in idle time (after the warm-ups). */
	jobs?(model: Model): Job[];
}

/** A key of a pane's list and what it does with the selected item. */
export interface PaneCommand<T = any> extends Omit<Binding, 'contexts'> {
	run(item: T, state: AppState, env: Env): Update;
}

/** A key of a detail view and what it does there. */
export interface DetailCommand<V extends DetailView = any> extends Omit<Binding, 'contexts'> {
	run(view: V, state: AppState, env: Env): Update;
}

export interface DetailSpec<V extends DetailView = any> {
	/** Names the view in the state and in key contexts. */
	kind: string;
	/** In the help: "reader", "entity card", "comparison". */
	name: string;
	/** The view of item `id` as Enter opens it. */
	view(id: string): V;
	/** As the preview beside a list shows it (default: the opened view). */
	preview?(id: string): V;
	/** Title, lines at `width` and the first visible line. `preview`: beside a list. */
	content(view: V, model: Model, width: number, height: number, brackets: boolean, preview: boolean): DetailContent;
	/** Links the cursor walks instead of scrolling (an entity card's articles and statements). */
	targets?(view: V, model: Model): number;
	/** The line link `target` is drawn on at `width` (with targets: the view scrolls to keep it shown). */
	lineOf?(view: V, model: Model, width: number, target: number): number;
	/** What Enter opens from the view (its selected link), or a message why nothing. */
	open?(view: V, model: Model): DetailView | string;
	copy(view: V, model: Model): Copy | null;
	/** The article behind the view or its selection, for o and p. */
	article?(view: V, model: Model): Article | undefined;
	/** The view as first shown once opened (a reader at a quote scrolls to it). */
	settle?(view: V, model: Model, width: number, height: number): V;
	commands?: DetailCommand<V>[];
}
