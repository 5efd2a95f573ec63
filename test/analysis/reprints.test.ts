// Reprints on made-up texts: one article run by two outlets (one with a line changed), a re-crawl
// under another id in one outlet, and a different report of the same event that is no copy.
import {describe, expect, it} from 'vitest';
import {findReprints, resemblance, sketch} from '../../src/analysis/stories/reprints.js';
import {groupStories} from '../../src/analysis/stories/stories.js';
import type {Article} from '../../src/corpus/types.js';
import {makeArticle} from '../fixtures/article.js';

const wire =
	'Dockworkers at the Port of Velmar walked out on Monday, demanding a raise of nine percent. Union leader Mara Tolsen said twelve hundred members had joined the strike and that the cranes along the northern quay stood idle for the first time in a decade. ' +
	'Shipping lines diverted three container vessels to the neighbouring port of Ostrel, and the harbour authority warned that perishable cargo could spoil within days if the dispute dragged on. ' +
	'The port operator said it had offered four percent and would meet the union again on Thursday, while the city council called on both sides to return to talks.';
const edited = wire.replace('and the city council called on both sides to return to talks.', 'and the mayor urged both sides to settle quickly.');
const ownWords =
	'Container traffic at the Port of Velmar stopped as dockworkers stayed off the job for a second day. Mara Tolsen, who leads the union, told this paper the strike would go on until a raise of nine percent was agreed, and vessels were being sent to Ostrel. ' +
	'Harbour officials fear for fresh produce held in the terminal, and the operator has proposed a smaller raise ahead of new talks later in the week.';

const article = (id: string, outlet: string, published: string | null, title: string, body: string, group?: string): Article =>
	makeArticle({id, outlet, published, title, body, ...(group ? {group} : {})});

describe('reprints', () => {
	it('estimates copies of one text as nearly the same, and other reports of the event as different', () => {
		expect(resemblance(sketch(wire), sketch(edited))).toBeGreaterThan(0.7);
		expect(resemblance(sketch(wire), sketch(ownWords))).toBeLessThan(0.2);
		expect(sketch('Too short to be reprinted.')).toHaveLength(0);
	});

	it('finds copies across outlets and within one, each pointing at the earliest copy', () => {
		const articles = [
			article('copy', 'Valley Radio', '2031-03-04', 'Velmar strike: cargo diverted', edited),
			article('orig', 'Wire Service', '2031-03-03', 'Dockworkers strike at Port of Velmar', wire),
			article('recrawl', 'Wire Service', null, 'Dockworkers strike at Port of Velmar', wire),
			article('own', 'Plain Post', '2031-03-04', 'Velmar docks stay shut', ownWords),
		];
		const found = findReprints(articles);
		expect(new Map([...found].map(([c, o]) => [articles[c].id, articles[o].id]))).toEqual(
			new Map([
				['copy', 'orig'],
				['recrawl', 'orig'],
			]),
		);
	});

	it('puts copies in one story, lists them as reprints and counts only the original as coverage', () => {
		const articles = [
			article('orig', 'Wire Service', '2031-03-03', 'Dockworkers strike at Port of Velmar', wire, 'center'),
			article('copy', 'Valley Radio', '2031-03-04', 'Velmar strike: cargo diverted', edited, 'left'),
			article('own', 'Plain Post', '2031-03-04', 'Velmar docks stay shut', ownWords, 'right'),
			article('bg', 'Quiet Herald', '2031-03-09', 'Marathon route changed for bridge works', 'Organisers moved the spring marathon route away from the Kessel bridge, which is closed for repairs until May, and runners will cross the river on the old ferry road instead of the main bridge this year.'),
		];
		const stories = groupStories(articles, [], []);
		const story = stories.find((s) => s.articles.includes('orig'))!;
		expect(story.articles).toContain('copy');
		expect(story.reprints).toEqual({copy: 'orig'});
		expect(story.groups.left).toBeUndefined();
		expect(story.groups.center).toBe(1);
		expect(story.outlets).toContain('Valley Radio');
	});
});
