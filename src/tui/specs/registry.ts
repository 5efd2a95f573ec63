// The registry: the panes the app shows, in tab order, and the details they open. Everything that
// differs between panes is read from here; adding a pane is adding its spec to the list.
import {bindingsFor, type Binding, type Keymap} from '../state/keymap.js';
import {stateFor, type AppState} from '../state/types.js';
import {articlesPane} from './articles.js';
import {entitiesPane} from './entities.js';
import {evidenceDetail} from './evidence.js';
import {outletsPane} from './outlets.js';
import {statementsPane} from './statements.js';
import {storiesPane} from './stories.js';
import type {DetailSpec, PaneSpec} from './types.js';

export interface Registry extends Keymap {
	readonly panes: readonly PaneSpec[];
	readonly details: readonly DetailSpec[];
	pane(id: string): PaneSpec;
	detail(kind: string): DetailSpec | undefined;
	/** A fresh state over these panes, the first focused. */
	initialState(): AppState;
}

/** `more`: details no pane opens directly (a framing cell's evidence, opened from an entity card). */
export function makeRegistry(panes: PaneSpec[], more: DetailSpec[] = [evidenceDetail]): Registry {
	const byId = new Map(panes.map((p) => [p.id, p]));
	const details = [...new Map([...panes.map((p) => [p.detail.kind, p.detail] as const), ...more.map((d) => [d.kind, d] as const)]).values()];
	const byKind = new Map(details.map((d) => [d.kind, d]));
	const bindings: Binding[] = bindingsFor(panes, details);
	return {
		panes,
		details,
		bindings,
		pane(id) {
			const spec = byId.get(id);
			if (!spec) throw new Error(`no pane "${id}" in the registry`);
			return spec;
		},
		detail: (kind) => byKind.get(kind),
		hasLinks: (kind) => byKind.get(kind)?.open !== undefined,
		initialState: () => stateFor(panes.map((p) => p.id)),
	};
}

/** The app's panes: Articles, Entities, Statements, Stories, Outlets. */
export const REGISTRY = makeRegistry([articlesPane, entitiesPane, statementsPane, storiesPane, outletsPane]);

export function initialState(registry: Registry = REGISTRY): AppState {
	return registry.initialState();
}

/** The default registry's whole keymap. */
export const BINDINGS = REGISTRY.bindings;
