// Hand-made articles for the entity tests (invented names and sentences).
import type {Article} from '../../src/corpus/types.js';
import {makeArticle} from '../fixtures/article.js';
import {analyzeArticle} from '../../src/analysis/article.js';
import {mergeEntities} from '../../src/analysis/entities.js';
import type {Entity} from '../../src/analysis/types.js';

let counter = 0;

export function article(body: string, options: {title?: string; outlet?: string; id?: string} = {}): Article {
	counter++;
	const id = options.id ?? `a${counter}`;
	return makeArticle({id, body, outlet: options.outlet ?? 'Example Times', title: options.title ?? null});
}

export function entitiesOf(articles: Article[], config?: unknown): Entity[] {
	return mergeEntities(articles, articles.map(analyzeArticle), config);
}

/** The entity holding this surface form. */
export function holder(entities: Entity[], name: string): Entity | undefined {
	return entities.find((e) => e.aliases.includes(name));
}
