// Hand-made articles for the quote and statement tests (invented people and outlets).
import type {Article} from '../../src/corpus/types.js';

export function article(id: string, body: string, outlet: string | null = null, published: string | null = null): Article {
	return {
		id,
		file: `${id}.txt`,
		record: 0,
		format: 'text',
		outlet,
		url: null,
		published,
		title: null,
		byline: null,
		body,
		paragraphs: body.split('\n\n'),
		words: body.split(/\s+/).length,
		provenance: {},
		warnings: [],
		hash: id,
	};
}

export const noMentions = {mentions: [], aliasPairs: [], descriptors: []};
