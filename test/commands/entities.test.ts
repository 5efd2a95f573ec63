// `presslens entities` as a table: in the index's order, with outlets counted from one lookup of the
// articles (counted here as reads of article ids, not timed).
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Entity} from '../../src/analysis/types.js';
import {printEntities} from '../../src/commands/entities.js';
import type {Article} from '../../src/corpus/types.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {makeArticle} from '../fixtures/article.js';

afterEach(() => {
	vi.restoreAllMocks();
});

function printed(index: CorpusIndex): string {
	let out = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		out += String(chunk);
		return true;
	});
	printEntities(index, false);
	vi.restoreAllMocks();
	return out;
}

const entity = (id: string, name: string, mentions: Record<string, number>): Entity => ({id, type: 'person', name, aliases: [name], mentions, spans: [], descriptors: []});

describe('entities table', () => {
	it('lists entities in the index order and counts their outlets', () => {
		const articles = [makeArticle({id: 'a', body: 'x', outlet: 'Brisk Valley Post'}), makeArticle({id: 'b', body: 'x', outlet: 'Olmsby Courier'}), makeArticle({id: 'c', body: 'x'})];
		// The index's order (most mentioned first, ties by folded name) is kept as it is.
		const entities = [entity('v', 'Ilsa Vogt', {a: 2, b: 1, c: 1}), entity('e', 'émile Brandt', {a: 1}), entity('b', 'Anton Berg', {b: 1})];
		const out = printed({name: 't', roots: [], warnings: [], articles, entities, statements: []});
		const rows = out.split('\n').filter((l) => l.startsWith('person'));
		expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual(['person 4 3 Ilsa Vogt', 'person 1 1 émile Brandt', 'person 1 1 Anton Berg']);
	});

	it('reads each article id a bounded number of times however many entities mention it', () => {
		let reads = 0;
		const articles: Article[] = Array.from({length: 400}, (_, i) => {
			const a = makeArticle({id: `art-${i}`, body: 'x', outlet: `Outlet ${i % 7}`});
			let id = a.id;
			Object.defineProperty(a, 'id', {get: () => (reads++, id), set: (v: string) => (id = v), enumerable: true});
			return a;
		});
		const everywhere = Object.fromEntries(articles.map((_, i) => [`art-${i}`, 1]));
		const entities = Array.from({length: 20}, (_, i) => entity(`e${i}`, `Person ${i}`, everywhere));
		reads = 0;
		printed({name: 't', roots: [], warnings: [], articles, entities, statements: []});
		expect(reads).toBeLessThanOrEqual(articles.length * 2);
	});
});
