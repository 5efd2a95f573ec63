// The Outlets pane (key 5): a row per outlet with its group, articles, date span, statements
// carried and reported first, and the names it mentions most (gathered in idle time); Enter opens
// its page, whose links open the entity card, the reader and the comparison; c sets its group side
// by side with another, the labels only one uses marked in words.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {OutletTally, outletProfiles} from '../../src/index/outlets.js';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const GROUPS: Record<string, string> = {'Daily Beacon': 'harbour press', 'Coastline Times': 'coast press'};

function groupedIndex() {
	const index = sampleIndex();
	return {...index, articles: index.articles.map((a) => (a.outlet && GROUPS[a.outlet] ? {...a, group: GROUPS[a.outlet]} : a))};
}

describe('outlet profiles and figures', () => {
	it('count each outlet’s articles, dates, statements and first reports', () => {
		const index = groupedIndex();
		const profiles = outletProfiles(index.articles);
		const beacon = profiles.find((p) => p.id === 'Daily Beacon')!;
		expect(beacon.group).toBe('harbour press');
		expect(beacon.articles.length).toBe(index.articles.filter((a) => a.outlet === 'Daily Beacon').length);
		const byId = new Map(index.articles.map((a) => [a.id, a.outlet ?? 'unknown outlet']));
		const tally = new OutletTally((id) => byId.get(id));
		for (const s of index.statements) tally.addStatement(s);
		for (const e of index.entities) tally.addEntity(e);
		// Every statement rendered by two or more outlets with a dated rendering has a first reporter.
		const shared = index.statements.filter((s) => new Set(s.renderings.map((r) => byId.get(r.article))).size > 1 && s.renderings.some((r) => r.published));
		const firsts = [...tally.of.values()].reduce((n, c) => n + c.firsts, 0);
		expect(firsts).toBeGreaterThanOrEqual(shared.length);
		const carried = index.statements.filter((s) => s.renderings.some((r) => byId.get(r.article) === 'Daily Beacon')).length;
		expect(tally.of.get('Daily Beacon')!.statements.length).toBe(carried);
		expect(tally.topEntities('Daily Beacon', 1)[0][1]).toBeGreaterThan(0);
	});
});

describe('the Outlets pane', () => {
	it('lists outlets with their figures, opens a page whose links open the entity card and the reader', async () => {
		const app = await renderApp({index: groupedIndex(), size: {columns: 120, rows: 60}});
		const pane = await app.press('5', (f) => /Daily Beacon +harbour press +\d+ +[\d–-]+ +\d+ +\d+ +\S/.test(f));
		expect(pane).toMatch(/OUTLET +GROUP +ART▼ +DATES +STMT +1ST +NAME/);
		await app.press('/', (f) => f.includes('/▏'));
		await app.press('beac', (f) => f.includes('1 match'));
		await app.press(KEYS.enter, (f) => f.includes('Filter “beac” kept: 1 match'));
		const page = await app.press(KEYS.enter, (f) => f.includes('╭─ Outlet · Daily Beacon'));
		expect(page).toContain('group harbour press');
		expect(page).toContain('Its labels for the corpus’s top names');
		expect(page).toMatch(/› Mara Okonkwo-Leiva +spokeswoman 1/);
		const side = await app.press('c', (f) => f.includes('Side by side: harbour press against coast press'));
		expect(side).toMatch(/Mara Okonkwo-Leiva +only harbour press: spokeswoman 1 +only coast press: spokesperson 1/);
		await app.press(KEYS.enter, (f) => f.includes('╭─ Entity · Mara Okonkwo-Leiva'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Outlet · Daily Beacon'));
		// Past the label links (one per top name it labels), the first article.
		const article = /› \d{4}-\d\d-\d\d +Dock strike/;
		for (let k = 0; k < 10 && !article.test(app.frame()); k++) await app.press('j');
		expect(app.frame()).toMatch(article);
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
	});

	it('sorts by its columns', async () => {
		const app = await renderApp({index: groupedIndex(), size: {columns: 120, rows: 40}});
		await app.press('5', (f) => f.includes('╭─ Outlets'));
		await app.press('s', (f) => f.includes('DATES▼'));
		await app.press('s', (f) => f.includes('STMT▼'));
	});
});
