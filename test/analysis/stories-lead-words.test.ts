// The lead words of story features counted apart (on the app's thread while the worker links,
// build-thread.ts) must give exactly the features counted in place.
import {describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {LeadWordCounter, storyFeatures} from '../../src/analysis/stories/features.js';
import {buildIndex} from '../../src/index/build.js';
import type {Article} from '../../src/corpus/types.js';
import {makeArticle} from '../fixtures/article.js';

function articles(): Article[] {
	return [...generateArticles({articles: 30, seed: 7, meanWords: 120})].map((a, i) => makeArticle({id: `a${i}`, outlet: a.source, title: a.title, body: a.content, published: a.date}));
}

describe('lead words counted apart', () => {
	it('give the same story features as counting in place, whatever the slices', () => {
		const list = articles();
		const index = buildIndex({name: 't', roots: [], articles: list, warnings: []});
		const inPlace = storyFeatures(list, index.entities, index.statements);
		const counter = new LeadWordCounter(list);
		let turns = 0;
		while (!counter.scan(3)) turns++;
		expect(turns).toBeGreaterThan(5);
		const apart = storyFeatures(list, index.entities, index.statements, counter.result);
		expect(apart).toEqual(inPlace);
		expect(inPlace.vectors.some((v) => v.ids.length > 0)).toBe(true);
	});

	it('are ignored when they were counted for other articles', () => {
		const list = articles();
		const index = buildIndex({name: 't', roots: [], articles: list, warnings: []});
		const other = new LeadWordCounter(list.slice(0, 10)).result;
		expect(storyFeatures(list, index.entities, index.statements, other)).toEqual(storyFeatures(list, index.entities, index.statements));
	});
});
