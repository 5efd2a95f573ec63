// Work a view asks for while it is drawn: a large entity's framing table and the Outlets figures
// of a large corpus are made in the next idle turns, before the rest of the preparation, and the
// view says so meanwhile instead of holding the keys for seconds.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {once, type Job} from '../../src/index/job.js';
import {IdleScheduler, TYPING_PAUSE_MS} from '../../src/tui/idle.js';
import {AT_ONCE_ARTICLES} from '../../src/tui/model/framing.js';
import {AT_ONCE_ARTICLES as AT_ONCE_INDEX, Model} from '../../src/tui/model/model.js';
import {articleLines} from '../../src/tui/content/article.js';
import {initialState} from '../../src/tui/specs/registry.js';
import {entityRow} from '../../src/tui/content/rows.js';
import {manyArticles, sampleIndex, widelyNamed} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('IdleScheduler.urgent', () => {
	it('runs an asked-for job before the queue, once however often asked, and says it is done', () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'performance']});
		const scheduler = new IdleScheduler();
		const log: string[] = [];
		const slices: boolean[] = [];
		let left = 2;
		const asked: Job = {step: () => (log.push('asked'), --left === 0), finish: () => undefined, shown: true};
		scheduler.start([once(() => log.push('queue'))], (shown) => slices.push(shown));
		scheduler.urgent(asked);
		scheduler.urgent(asked);
		vi.advanceTimersByTime(TYPING_PAUSE_MS + 1);
		expect(log).toEqual(['asked', 'asked', 'queue']);
		expect(slices[0]).toBe(true);
		// Asked for after the queue is empty: the scheduler wakes for it.
		let late = 0;
		scheduler.urgent({step: () => (late++, true), finish: () => undefined});
		vi.advanceTimersByTime(TYPING_PAUSE_MS + 1);
		expect(late).toBe(1);
		scheduler.stop();
	});
});

describe('Framings.table', () => {
	it('makes a small entity’s table at once', () => {
		const index = sampleIndex();
		const model = new Model(index);
		const asked: Job[] = [];
		model.urgentSink = (job) => asked.push(job);
		expect(model.framing.table(index.entities[0])).toBeDefined();
		expect(asked).toEqual([]);
	});

	it('asks for a large entity’s table in idle turns, and gives the same table once made', () => {
		const index = widelyNamed(AT_ONCE_ARTICLES + 30);
		const model = new Model(index);
		const asked: Job[] = [];
		model.urgentSink = (job) => asked.push(job);
		const [entity] = index.entities;
		expect(model.framing.table(entity)).toBeUndefined();
		expect(model.framing.table(entity)).toBeUndefined();
		expect(asked).toHaveLength(2);
		expect(asked[1]).toBe(asked[0]);
		let steps = 0;
		while (!asked[0].step(100)) steps++;
		expect(steps).toBeGreaterThan(1);
		const table = model.framing.table(entity);
		expect(table?.rows).toEqual(new Model(index).framing.of(entity).rows);
		expect(table?.rows.map((r) => r.labels.get('harbour pilot'))).toEqual([60, 60, 60]);
	});
});

describe('Model.ensure', () => {
	it('makes a corpus-wide lookup at once on a small index, and asks for it on a large one', () => {
		const small = new Model(sampleIndex());
		const asked: Job[] = [];
		small.urgentSink = (job) => asked.push(job);
		articleLines(small.index.articles[0], small, 60);
		expect(small.lookups.linksReady).toBe(true);
		expect(asked).toEqual([]);

		const index = widelyNamed(AT_ONCE_INDEX + 1);
		const large = new Model(index);
		large.urgentSink = (job) => asked.push(job);
		articleLines(index.articles[0], large, 60);
		expect(large.lookups.linksReady).toBe(false);
		expect(asked).toEqual([large.lookups.jobs.links]);
		asked[0].finish();
		expect(large.lookups.linksReady).toBe(true);
	});
});

describe('an entity row on a large index', () => {
	it('shows … for counts not made yet and asks for them; then the counts', () => {
		const index = widelyNamed(AT_ONCE_INDEX + 1);
		const model = new Model(index);
		const asked: Job[] = [];
		model.urgentSink = (job) => asked.push(job);
		const [entity] = index.entities;
		expect(entityRow(entity, model, 60)).toMatch(/Tova Renquist +… +…$/);
		expect(asked).toEqual([model.lookups.jobs.firstCounts]);
		asked[0].finish();
		expect(entityRow(entity, model, 60)).toMatch(new RegExp(`Tova Renquist +${AT_ONCE_INDEX + 1} +3$`));
	});
});

describe('a query typed before the search index is built', () => {
	it('on a large index, shows the rows unfiltered and asks for the index; then the matches', () => {
		const index = widelyNamed(AT_ONCE_INDEX + 1);
		const model = new Model(index);
		const asked: Job[] = [];
		model.urgentSink = (job) => asked.push(job);
		const state = {...initialState(), search: 'report 0007'};
		expect(model.panes.indexing(state, 'articles')).toBe(true);
		expect(model.panes.rows(state, 'articles')).toHaveLength(index.articles.length);
		// Asked for on each draw, the one job (the scheduler runs it once).
		expect(new Set(asked).size).toBe(1);
		asked[0].finish();
		expect(model.panes.indexing(state, 'articles')).toBe(false);
		const rows = model.panes.rows(state, 'articles');
		expect([...rows].map((i) => index.articles[i].title)).toContain('Harbour report 0007');
		expect(rows.length).toBeLessThan(index.articles.length / 10);
	});

	it('waits for the pane’s full-text index too, not only its short fields (it would be built within the key)', () => {
		const index = widelyNamed(AT_ONCE_INDEX + 1);
		const model = new Model(index);
		const asked: Job[] = [];
		model.urgentSink = (job) => asked.push(job);
		const state = {...initialState(), search: 'report 0007'};
		// The short fields' search and values are in; the bodies' words are not (no saved index here).
		model.panes.search('articles').finish();
		model.panes.fieldValues('articles').finish();
		const body = model.panes.bodyJob('articles') as Job & {done: boolean};
		expect(body.done).toBe(false);
		expect(model.panes.indexing(state, 'articles')).toBe(true);
		expect(model.panes.rows(state, 'articles')).toHaveLength(index.articles.length);
		expect(body.done).toBe(false);
		asked[0].finish();
		expect(body.done).toBe(true);
		expect([...model.panes.rows(state, 'articles')].map((i) => index.articles[i].title)).toContain('Harbour report 0007');
	});

	it('in an app’s model, waits for the app’s scheduler instead of being done at once in the first frame', () => {
		const index = widelyNamed(AT_ONCE_INDEX + 1);
		const model = new Model(index, undefined, {deferUrgent: true});
		const state = {...initialState(), search: 'report 0007'};
		expect(model.panes.rows(state, 'articles')).toHaveLength(index.articles.length);
		expect(model.panes.indexing(state, 'articles')).toBe(true);
		const asked: Job[] = [];
		model.takeUrgent((job) => asked.push(job));
		expect(asked).toHaveLength(1);
		asked[0].finish();
		expect(model.panes.indexing(state, 'articles')).toBe(false);
		// From now on asked of the scheduler directly.
		expect(model.framing.table(index.entities[0])).toBeUndefined();
		expect(asked).toHaveLength(2);
	});

	it('on a small index, is answered at once', () => {
		const model = new Model(sampleIndex());
		const asked: Job[] = [];
		model.urgentSink = (job) => asked.push(job);
		const state = {...initialState(), search: 'dock'};
		expect(model.panes.indexing(state, 'articles')).toBe(false);
		expect(model.panes.rows(state, 'articles').length).toBeGreaterThan(0);
		expect(asked).toEqual([]);
	});
});

describe('in the app', () => {
	it('shows a large entity’s card at once, its framing table once counted in idle turns', async () => {
		const app = await renderApp({index: widelyNamed(AT_ONCE_ARTICLES + 30), size: {columns: 120, rows: 40}});
		const seen = app.frames.length;
		await app.press('2', (f) => f.includes('╭─ Entity · Tova Renquist'));
		await app.until((f) => /Daily Beac\S* +60 +60/.test(f), 'the framing table');
		// The frames before it said the table was being counted.
		expect(app.frames.slice(seen).some((f) => f.includes('being counted'))).toBe(true);
		// Opened, its rows are the card's first links.
		await app.press(KEYS.enter, (f) => /› (Coastline Times|Daily Beacon|Eastport Courier) +60 +60/.test(f));
	});

	it('opens an outlet’s page on a large corpus at once, its figures once counted in idle turns', async () => {
		const app = await renderApp({index: manyArticles(AT_ONCE_INDEX + 100), size: {columns: 120, rows: 40}});
		const seen = app.frames.length;
		await app.press('5', (f) => f.includes('╭─ Outlet · Outlet'));
		await app.until((f) => f.includes('no names found'), 'the outlet figures');
		expect(app.frames.slice(seen).some((f) => f.includes('being counted'))).toBe(true);
		const page = await app.press(KEYS.enter, (f) => f.includes('Articles (300)'));
		expect(page).toMatch(/0 statements carried, 0 reported first/);
	});
});
