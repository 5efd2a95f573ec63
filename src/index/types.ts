import type {Corpus} from '../corpus/types.js';
import type {Story} from '../analysis/stories/types.js';
import type {Entity, Statement} from '../analysis/types.js';
import type {BodyIndex} from './body-index.js';
import type {Job} from './job.js';

/** Everything the CLI and the app show: a corpus and its analysis. */
export interface CorpusIndex extends Corpus {
	/** Most mentioned first, ties by folded name: the order the CLI and the app list them in. */
	entities: Entity[];
	/** Reported by the most outlets first, then in the most articles. */
	statements: Statement[];
	/**
	 * Articles grouped by the event they report, most outlets first (stories/stories.ts). Absent
	 * while a corpus is still being read (the partial index a streamed load shows).
	 */
	stories?: Story[];
	/**
	 * The full-text index of the article bodies, in article order: read from the saved index, or
	 * made when the index is saved; absent, the app builds it in idle turns.
	 */
	bodyIndex?: BodyIndex;
	/**
	 * Reads ahead, a slice at a time, what an index read from its saved file reads on first use
	 * (the mention spans, tens of MB on a large corpus), so that no key waits for it. Absent for an
	 * index made in memory. Not enumerable, like bodyIndex.
	 */
	readAhead?: Job;
}
