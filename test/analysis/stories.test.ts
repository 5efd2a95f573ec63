// Story grouping on small made-up articles: one event told by three outlets, two events that share
// their names, an undated article, and the bundled corpus's three stories.
import {describe, expect, it} from 'vitest';
import {groupStories} from '../../src/analysis/stories/stories.js';
import type {Article} from '../../src/corpus/types.js';
import {buildIndex} from '../../src/index/build.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {makeArticle} from '../fixtures/article.js';

const article = (id: string, outlet: string, published: string | null, title: string, body: string, group?: string): Article =>
	makeArticle({id, outlet, published, title, body, ...(group ? {group} : {})});

// Background: other news of the same weeks, so that word weights mean something.
const background: Article[] = [
	article('bg1', 'Harbour Gazette', '2031-03-02', 'Council approves new bus lanes downtown', 'The city council approved three new bus lanes on Tuesday after a long debate about parking and traffic in the old town.'),
	article('bg2', 'Valley Radio', '2031-03-05', 'Farmers warn of late frost damage to orchards', 'Orchard owners in the valley said a late frost had damaged blossoms, and prices for apples could rise this autumn.'),
	article('bg3', 'Plain Post', '2031-03-06', 'Library reopens after roof repairs', 'The central library reopened its reading rooms after eight months of roof repairs, with a new children’s wing.'),
	article('bg4', 'Quiet Herald', '2031-03-09', 'Marathon route changed for bridge works', 'Organisers moved the spring marathon route away from the Kessel bridge, which is closed for repairs until May.'),
];

// One event: the Port of Velmar dock strike, told by three outlets in their own words.
const strike: Article[] = [
	article('s1', 'Harbour Gazette', '2031-03-03', 'Dockworkers strike at Port of Velmar over pay', 'Dockworkers at the Port of Velmar walked out on Monday, demanding a 9% raise. Union leader Mara Tolsen said 1,200 members had joined the strike and cranes stood idle.', 'left'),
	article('s2', 'Valley Radio', '2031-03-04', 'Velmar port strike halts container traffic', 'Container traffic at the Port of Velmar stopped as 1,200 dockworkers stayed off the job. Mara Tolsen, who leads the union, said the strike would go on until the 9% raise was agreed.', 'center'),
	article('s3', 'Plain Post', '2031-03-03', 'Union chief Tolsen: Velmar docks shut until pay deal', 'Mara Tolsen told reporters the Port of Velmar would stay shut. The dockworkers union wants a 9% raise for its 1,200 members, and the strike has left cranes idle since Monday.', 'right'),
];

// Two events that share their names: the same minister, the same city, different news.
const sharedNames: Article[] = [
	article('m1', 'Harbour Gazette', '2031-03-10', 'Minister Arlen Voss opens Drenmark wind farm', 'Energy minister Arlen Voss opened the Drenmark offshore wind farm, whose forty turbines will power 90,000 homes, at a ceremony in Drenmark harbour.'),
	article('m2', 'Valley Radio', '2031-03-10', 'Voss inaugurates forty turbines off Drenmark', 'Forty turbines off Drenmark began feeding the grid as Arlen Voss, the energy minister, inaugurated the wind farm that is to supply 90,000 homes.'),
	article('m3', 'Plain Post', '2031-03-24', 'Arlen Voss resigns after Drenmark expenses inquiry', 'Arlen Voss resigned as minister on Monday after an inquiry found he had claimed hotel expenses in Drenmark for trips that never took place.'),
	article('m4', 'Quiet Herald', '2031-03-25', 'Drenmark inquiry: Voss quits over false hotel claims', 'The Drenmark expenses inquiry led Arlen Voss to quit: investigators said the hotel claims he filed were for trips he never made.'),
];

const storiesOf = (articles: Article[]) => groupStories(articles, [], []).map((s) => [...s.articles].sort());

describe('story grouping', () => {
	it('makes one story of one event told by three outlets, and leaves the other news alone', () => {
		const stories = groupStories([...background, ...strike], [], []);
		expect(stories.map((s) => [...s.articles].sort())).toEqual([['s1', 's2', 's3']]);
		const [story] = stories;
		expect(story.first).toBe('2031-03-03');
		expect(story.last).toBe('2031-03-04');
		expect(story.outlets).toEqual(['Harbour Gazette', 'Plain Post', 'Valley Radio']);
		expect(story.groups).toEqual({left: 1, right: 1, center: 1});
		expect(strike.map((a) => a.title)).toContain(story.title);
	});

	it('keeps apart two events that share a person and a place', () => {
		const stories = storiesOf([...background, ...sharedNames]);
		expect(stories).toEqual(expect.arrayContaining([['m1', 'm2'], ['m3', 'm4']]));
		expect(stories).toHaveLength(2);
	});

	it('lets an undated article join the story it reports', () => {
		const undated = {...strike[1], id: 's2u', published: null};
		const stories = storiesOf([...background, strike[0], undated, strike[2]]);
		expect(stories).toEqual([['s1', 's2u', 's3']]);
	});

	it('does not join articles weeks apart, however alike', () => {
		const later = {...strike[2], id: 's3late', published: '2031-05-20'};
		const stories = storiesOf([...background, strike[0], strike[1], later]);
		expect(stories).toEqual([['s1', 's2']]);
	});

	it('keeps apart two undated rulings of one running dispute told on different weekdays', () => {
		// Two courts rule on one fare rise two days apart; nothing is dated, the words are much the same.
		const rulings: Article[] = [
			article('r1', 'Harbour Gazette', null, 'Judge blocks Velmar ferry fare rise', 'A district judge on Wednesday blocked the Velmar ferry fare rise, saying the port authority had skipped the public hearing the law requires for fares.'),
			article('r2', 'Valley Radio', null, 'Court halts Velmar ferry fare increase', 'The Velmar ferry fare increase was halted Wednesday when a district judge found the port authority had held no public hearing on fares.'),
			article('r3', 'Plain Post', null, 'Appeals court lets Velmar ferry fare rise go ahead', 'An appeals court on Friday let the Velmar ferry fare rise go ahead, lifting the district judge’s order over the port authority’s public hearing on fares.'),
			article('r4', 'Quiet Herald', null, 'Velmar ferry fares to rise after appeals ruling', 'Velmar ferry fares will rise after all: the appeals court on Friday set aside the order that the port authority hold a public hearing on fares.'),
		];
		expect(storiesOf([...background, ...rulings]).sort()).toEqual([
			['r1', 'r2'],
			['r3', 'r4'],
		]);
	});

	it('gives the same stories whatever the order of the articles', () => {
		const all = [...background, ...strike, ...sharedNames];
		expect(storiesOf([...all].reverse()).sort()).toEqual(storiesOf(all).sort());
	});
});

describe('stories of the bundled corpus', () => {
	it('the December pair is one story, the July pair (one undated) another, and the Newsweek report stands alone', async () => {
		const index = buildIndex(await loadCorpus(['data']));
		const stories = (index.stories ?? []).map((s) => [...s.articles].sort());
		expect(stories).toEqual(
			expect.arrayContaining([
				['000_7d76ad6bd8db1cbf.txt', '001_9af6a54dca952a26.txt'],
				['002_8fdfbe2fe665d125.txt', '003_72fb444d81eeb1e9.txt'],
			]),
		);
		expect(stories.flat()).not.toContain('004_95d4157fe578b4e4.txt');
	});
});
