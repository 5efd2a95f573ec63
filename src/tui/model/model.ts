// The app's view of one index: its lookups, the rows of each pane the registry lists, and the
// drawn lines kept for redraws. One per index, so every cache here lives and dies with the index
// it describes (a streamed load brings a new index, and a new Model, on each update).
import type {CorpusIndex} from '../../index/types.js';
import {REGISTRY, type Registry} from '../specs/registry.js';
import {Framings} from './framing.js';
import {Lookups} from './lookups.js';
import {Memo} from './memo.js';
import {PaneRows} from './rows.js';

export class Model {
	readonly lookups: Lookups;
	readonly panes: PaneRows;
	readonly memo = new Memo();
	/** Each entity's framing table (labels by outlet), made on first use. */
	readonly framing: Framings;

	constructor(
		readonly index: CorpusIndex,
		readonly registry: Registry = REGISTRY,
	) {
		this.lookups = new Lookups(index);
		this.framing = new Framings(this.lookups);
		this.panes = new PaneRows(index, (id) => registry.pane(id), () => this);
	}
}
