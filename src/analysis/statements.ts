// STUB (owned by the statements work): link renderings across articles into statements.
import type {Article} from '../corpus/types.js';
import type {ArticleAnalysis} from './article.js';
import type {Entity, Statement} from './types.js';

export function linkStatements(_articles: Article[], _analyses: ArticleAnalysis[], _entities: Entity[]): Statement[] {
	return [];
}
