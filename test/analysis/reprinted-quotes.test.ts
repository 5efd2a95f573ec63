// A quote in two copies of one text is one rendering: on a made-up corpus of a wire story, the
// same story run by a second outlet, and a third outlet's own report of the same words.
import {describe, expect, it} from 'vitest';
import {markReprintedRenderings} from '../../src/analysis/stories/reprinted-quotes.js';
import {isLinked, type Rendering, type Statement} from '../../src/analysis/types.js';
import {buildIndex} from '../../src/index/build.js';
import {statementJson} from '../../src/commands/statements.js';
import {makeArticle} from '../fixtures/article.js';

const wire =
	'Dockworkers at the Port of Velmar walked out on Monday, demanding a raise of nine percent. “We will not load a single ship until the raise is signed,” union leader Mara Tolsen said on the northern quay, where the cranes stood idle for the first time in a decade. ' +
	'Shipping lines diverted three container vessels to the neighbouring port of Ostrel, and the harbour authority warned that perishable cargo could spoil within days if the dispute dragged on. ' +
	'The port operator said it had offered four percent and would meet the union again on Thursday, while the city council called on both sides to return to talks.';
const own =
	'Container traffic at the Port of Velmar stopped as dockworkers stayed off the job for a second day. “We will not load a single ship until the raise is signed,” Mara Tolsen, who leads the union, told this paper. ' +
	'Harbour officials fear for fresh produce held in the terminal, and the operator has proposed a smaller raise ahead of new talks later in the week.';

const articles = [
	makeArticle({id: 'orig', outlet: 'Wire Service', published: '2031-03-03', title: 'Dockworkers strike at Port of Velmar', body: wire}),
	makeArticle({id: 'copy', outlet: 'Valley Radio', published: '2031-03-04', title: 'Velmar strike: cargo diverted', body: wire}),
	makeArticle({id: 'own', outlet: 'Plain Post', published: '2031-03-04', title: 'Velmar docks stay shut', body: own}),
];
const corpus = (list: typeof articles) => ({name: 'made-up', roots: ['made-up'], articles: list, warnings: []});
const tolsen = (statements: Statement[]) => statements.find((s) => s.renderings.some((r) => r.text.includes('single ship')));

describe('renderings in copies of one text', () => {
	it('marks the copy’s rendering, and counts the outlets without it', () => {
		const s = tolsen(buildIndex(corpus(articles)).statements)!;
		expect(s.renderings.map((r) => [r.article, r.reprintOf])).toEqual(
			expect.arrayContaining([
				['orig', undefined],
				['copy', 'orig'],
				['own', undefined],
			]),
		);
		expect(s.outlets).toBe(2);
		expect(isLinked(s)).toBe(true);
		expect(statementJson(s).renderings.find((r) => r.article === 'copy')).toMatchObject({reprintOf: 'orig'});
		expect(statementJson(s).renderings.find((r) => r.article === 'own')).not.toHaveProperty('reprintOf');
	});

	it('links nothing when only the copies render the quote', () => {
		const s = tolsen(buildIndex(corpus(articles.slice(0, 2))).statements)!;
		expect(s.outlets).toBe(1);
		expect(isLinked(s)).toBe(false);
	});

	it('leaves statements of articles that are no copies as they were', () => {
		const rendering = (article: string, outlet: string): Rendering => ({id: `${article}:0`, article, outlet, published: null, text: 'x', start: 0, end: 1, kind: 'direct', verb: 'said', speaker: null, speakerName: null, speakerLabel: null});
		const s: Statement = {id: 's', speaker: null, speakerName: null, renderings: [rendering('orig', 'Wire Service'), rendering('own', 'Plain Post')], outlets: 2};
		expect(markReprintedRenderings([s], articles, new Map([[1, 0]]))).toBe(false);
		expect(s.renderings.every((r) => r.reprintOf === undefined)).toBe(true);
	});
});
