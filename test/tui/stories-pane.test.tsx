// The Stories pane (key 4): rows with dates, counts, a coverage bar by outlet group and a blindspot
// mark; Enter opens the story (timeline, coverage, headlines by outlet, shared statements, names,
// articles), and Enter on an article opens the reader.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Story} from '../../src/analysis/stories/types.js';
import {coverageBar, isBlindspot, storyCard} from '../../src/tui/content/story.js';
import {Model} from '../../src/tui/model/model.js';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

function storyIndex() {
	const index = sampleIndex();
	const groups: Record<string, string> = {a1: 'harbour press', a2: 'coast press', a3: 'harbour press'};
	const articles = index.articles.map((a) => (groups[a.id] ? {...a, group: groups[a.id]} : a));
	const stories: Story[] = [
		{id: 'st-strike', title: 'Dock strike looms at the Port of Velmar', first: '2024-03-01', last: '2024-03-03', articles: ['a3', 'a1', 'a2'], outlets: ['الخليج نيوز', 'Daily Beacon', 'Coastline Times'], groups: {'harbour press': 2, 'coast press': 1}},
		{id: 'st-ships', title: 'Ships wait in the bay', first: null, last: null, articles: ['a4', 'a1'], outlets: ['东方日报', 'Daily Beacon'], groups: {'harbour press': 1}},
	];
	return {...index, articles, stories};
}

describe('coverage bar and blindspot', () => {
	it('gives each group its share of the cells, in one shade per group, readable without colour', () => {
		const story = storyIndex().stories[0];
		expect(coverageBar(story, ['coast press', 'harbour press'], 6)).toBe('██▓▓▓▓');
		expect(coverageBar({...story, groups: {'coast press': 1}}, ['coast press', 'harbour press'], 6)).toBe('██····');
	});

	it('marks a story only one group covered, when the corpus has several', () => {
		const [both, one] = storyIndex().stories;
		expect(isBlindspot(both, ['coast press', 'harbour press'])).toBe(false);
		expect(isBlindspot(one, ['coast press', 'harbour press'])).toBe(true);
		expect(isBlindspot(one, ['harbour press'])).toBe(false);
	});
});

describe('the story view', () => {
	it('as a preview, never gathers the corpus-wide lookups at once; opened, it does', () => {
		const index = storyIndex();
		const model = new Model(index);
		const text = (cursor: number) => storyCard(index.stories[0], model, 100, cursor).lines.map((l) => l.map((s) => s.text).join('')).join('\n');
		const preview = text(-1);
		expect(model.lookups.linksReady).toBe(false);
		expect(preview).toMatch(/Most named\n {2}being gathered/);
		const opened = text(0);
		expect(model.lookups.linksReady).toBe(true);
		expect(opened).not.toMatch(/being gathered/);
		expect(opened).toMatch(/Statements quoted in more than one of its articles \(\d+\)/);
		// Once gathered, the preview shows what the opened view does.
		expect(text(-1)).not.toMatch(/being gathered/);
	});
});

describe('the Stories pane', () => {
	it('lists stories, opens one with its timeline and headlines, and an article from it', async () => {
		const app = await renderApp({index: storyIndex(), size: {columns: 100, rows: 50}});
		expect(app.frame()).toMatch(/4 Stories 2/);
		await app.press('4', (f) => f.includes('╭─ Stories'));
		const rows = app.frame().split('\n');
		expect(rows.find((l) => l.includes('03-01–03-03'))).toMatch(/03-01–03-03 +3 +3 +█{3}▓{5}   Dock/);
		expect(rows.find((l) => l.includes('undated'))).toMatch(/undated +2 +2 +▓{4}·{4} ! Ships/);
		await app.press(KEYS.enter, (f) => f.includes('╭─ Story · 3 outlets'));
		const story = app.frame();
		expect(story).toMatch(/Timeline +first: الخليج نيوز 2024-03-01 · Daily Beacon \+1 d · Coastline Times \+2 d/);
		expect(story).toMatch(/Coverage +█+▓+ +█ coast press 1 +▓ harbour press 2/);
		expect(story).toContain('Headlines by outlet');
		expect(story).toMatch(/Coastline Times \(co.*Union says Velmar deadline/);
		expect(story).toContain('Statements quoted in more than one of its articles (1)');
		expect(story).toContain('Mara Okonkwo-Leiva');
		await app.press(KEYS.down, (f) => f.includes('› 2024-03-02'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		expect(app.frame()).toContain('Group: harbour press');
		await app.press(KEYS.escape, (f) => f.includes('╭─ Story'));
	});

	it('says why it is empty when no two articles tell one event', async () => {
		const app = await renderApp({index: {...sampleIndex(), stories: []}});
		await app.press('4', (f) => f.includes('╭─ Stories'));
		expect(app.frame()).toContain('No stories yet.');
	});
});
