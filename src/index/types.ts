import type {Corpus} from '../corpus/types.js';
import type {Entity, Statement} from '../analysis/types.js';

/** Everything the CLI and the app show: a corpus and its analysis. */
export interface CorpusIndex extends Corpus {
	entities: Entity[];
	statements: Statement[];
}
