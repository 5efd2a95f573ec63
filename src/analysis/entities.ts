// STUB (owned by the entities work): corpus-level alias merging of per-article mentions.
import type {Article} from '../corpus/types.js';
import type {ArticleAnalysis} from './article.js';
import type {Entity} from './types.js';

/** The `entities` section of the corpus config file (presslens.json); schema owned by this module. */
export type EntityConfig = unknown;

export function mergeEntities(_articles: Article[], _analyses: ArticleAnalysis[], _config?: EntityConfig): Entity[] {
	return [];
}
