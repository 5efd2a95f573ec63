// What `articles --json` says of an article's copies and story: from a saved index's stories, or,
// for a corpus read from its files, the reprints found on the spot (and no story field).
import {describe, expect, it} from 'vitest';
import {articleJson, articleLinks} from '../../src/commands/articles.js';
import {buildIndex} from '../../src/index/build.js';
import {makeArticle} from '../fixtures/article.js';

const wire =
	'Dockworkers at the Port of Velmar walked out on Monday, demanding a raise of nine percent. Union leader Mara Tolsen said twelve hundred members had joined the strike and that the cranes along the northern quay stood idle for the first time in a decade. ' +
	'Shipping lines diverted three container vessels to the neighbouring port of Ostrel, and the harbour authority warned that perishable cargo could spoil within days if the dispute dragged on.';
const other = 'The city library reopened its reading rooms after eight months of roof repairs, with a new children’s wing and longer opening hours on weekends for students.';

const corpus = {
	name: 'made-up',
	roots: ['made-up'],
	warnings: [],
	articles: [
		makeArticle({id: 'copy', outlet: 'Valley Radio', published: '2031-03-04', title: 'Velmar strike', body: wire}),
		makeArticle({id: 'orig', outlet: 'Wire Service', published: '2031-03-03', title: 'Dockworkers strike at Port of Velmar', body: wire}),
		makeArticle({id: 'library', outlet: 'Plain Post', published: '2031-03-04', title: 'Library reopens', body: other}),
	],
};

describe('articles --json links', () => {
	it('names the original of a copy, and no story, for a corpus read from its files', () => {
		const links = articleLinks(corpus);
		const json = corpus.articles.map((a) => articleJson(a, [], links(a)));
		expect(json.map((a) => a.reprintOf)).toEqual(['orig', null, null]);
		for (const a of json) expect(a).not.toHaveProperty('story');
	});

	it('names the original and each article’s story (null when in none) from an index', () => {
		const index = buildIndex(corpus);
		const links = articleLinks(index);
		const json = corpus.articles.map((a) => articleJson(a, [], links(a)));
		expect(json.map((a) => a.reprintOf)).toEqual(['orig', null, null]);
		const story = index.stories!.find((s) => s.articles.includes('orig'))!;
		expect(json.map((a) => a.story)).toEqual([story.id, story.id, null]);
	});
});
