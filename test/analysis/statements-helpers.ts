// Hand-made articles for the quote and statement tests (invented people and outlets).
import type {Article} from '../../src/corpus/types.js';
import {makeArticle} from '../fixtures/article.js';

export function article(id: string, body: string, outlet: string | null = null, published: string | null = null): Article {
	return makeArticle({id, body, outlet, published});
}

export const noMentions = {mentions: [], aliasPairs: [], descriptors: []};
