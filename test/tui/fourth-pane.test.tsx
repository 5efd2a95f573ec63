// Adding a pane is one spec (with its row and detail renderers) added to the registry: this file
// is all an Outlets pane needs. Its tab, number key, rows, search, sort key, preview, detail, copy
// text, hints and help all come from the spec; nothing else in the app names it.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Article} from '../../src/corpus/types.js';
import {missing, scrolled} from '../../src/tui/content/detail.js';
import {makeRegistry, REGISTRY} from '../../src/tui/specs/registry.js';
import type {DetailSpec, PaneSpec} from '../../src/tui/specs/types.js';
import {safeInline} from '../../src/tui/text/safe.js';
import {wrapSegments, type Line} from '../../src/tui/text/segments.js';
import {fit, fitRight} from '../../src/tui/text/width.js';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

interface Outlet {
	id: string;
	articles: Article[];
}

interface OutletView {
	kind: 'outlet';
	id: string;
	scroll: number;
}

// The detail renderer: the outlet's articles, one line each.
function outletLines(outlet: Outlet, width: number): Line[] {
	return [
		...wrapSegments([{text: safeInline(outlet.id), mark: 'title'}], width),
		[{text: `${outlet.articles.length} article${outlet.articles.length === 1 ? '' : 's'}`, mark: 'dim'}],
		[],
		...outlet.articles.flatMap((a) => wrapSegments([{text: `${a.published ?? 'undated'}  ${safeInline(a.title)}`}], width)),
	];
}

const outletDetail: DetailSpec<OutletView> = {
	kind: 'outlet',
	name: 'outlet page',
	view: (id) => ({kind: 'outlet', id, scroll: 0}),
	content(view, model, width, height) {
		const outlet = model.panes.items<Outlet>('outlets').find((o) => o.id === view.id);
		if (!outlet) return missing('Outlet', 'This outlet is not in the index.');
		return scrolled(`Outlet · ${safeInline(outlet.id)}`, outletLines(outlet, width), view.scroll, height);
	},
	copy: (view) => ({text: view.id, what: 'the outlet name'}),
};

const outletsPane: PaneSpec<Outlet> = {
	id: 'outlets',
	label: 'Outlets',
	key: '4',
	items(index) {
		const by = new Map<string, Article[]>();
		for (const a of index.articles) by.set(a.outlet ?? 'unknown', [...(by.get(a.outlet ?? 'unknown') ?? []), a]);
		return [...by].map(([id, articles]) => ({id, articles})).sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
	},
	header: (width) => fit(`${fit('OUTLET', width - 10)}${fitRight('ARTICLES', 10)}`, width),
	// The row renderer.
	row: (outlet, _model, width) => fit(`${fit(safeInline(outlet.id), width - 10)}${fitRight(String(outlet.articles.length), 10)}`, width),
	search: (outlet) => [outlet.id],
	orders: [
		{trail: 'most articles first', said: () => 'Outlets: most articles first.'},
		{trail: 'by name', said: () => 'Outlets by name.', compare: (a, b) => b.id.localeCompare(a.id)},
	],
	filters: [],
	toggles: [{command: 'outlets.sort', keys: ['s'], description: 'Outlets: sort by articles or by name (Z to A)', hint: {keys: 's', text: 'sort'}, cycles: 'order'}],
	detail: outletDetail,
	copy: (outlet) => ({text: outlet.id, what: 'the outlet name'}),
	empty: ['No outlets yet.'],
};

// Over the first three panes, so that the Outlets pane is the fourth (the app's own fourth is Stories).
const registry = makeRegistry([...REGISTRY.panes.filter((p) => p.id !== 'stories' && p.id !== 'outlets'), outletsPane]);
const rowsOf = (frame: string) => frame.split('\n').filter((l) => /^│ \S/.test(l) && !l.includes('OUTLET'));

describe('a fourth pane made of one spec', () => {
	it('gets a tab, a number key, rows, a sort key, search, a preview, a detail, copy, hints and help', async () => {
		const written: string[] = [];
		const app = await renderApp({index: sampleIndex(), registry, writeRaw: (data) => written.push(data), size: {columns: 100, rows: 60}});
		expect(app.frame()).toMatch(/3 Statements 2 +4 Outlets 4/);
		expect(app.frame()).toContain('tab/1-4 panes');
		await app.press('4', (f) => f.includes('╭─ Outlets'));
		expect(app.frame()).toContain('most articles first');
		// The preview beside the list is the outlet's detail.
		expect(app.frame()).toContain('╭─ Outlet · Coastline Times');
		await app.press('s', (f) => f.includes('Outlets by name.'));
		const last = sampleIndex().articles.map((a) => a.outlet!).sort((a, b) => b.localeCompare(a))[0];
		expect(rowsOf(app.frame())[0]).toContain(last);
		await app.press('/', (f) => f.includes('/▏'));
		await app.press('beac', (f) => f.includes('1 match'));
		await app.press(KEYS.enter, (f) => f.includes('Filter “beac” kept: 1 match'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Outlet · Daily Beacon'));
		expect(app.frame()).toContain('Dock strike looms at the Port of Velmar');
		await app.press('y', (f) => f.includes('Copied the outlet name'));
		expect(Buffer.from(/;c;([^\u0007]+)/.exec(written[0])![1], 'base64').toString()).toBe('Daily Beacon');
		await app.press(KEYS.escape, (f) => f.includes('╭─ Outlets'));
		await app.press(KEYS.tab, (f) => f.includes('╭─ Articles'));
		await app.press(KEYS.shiftTab, (f) => f.includes('╭─ Outlets'));
		await app.press('?', (f) => f.includes('╭─ Keys'));
		expect(app.frame()).toContain('Outlets pane');
		expect(app.frame()).toContain('Outlets: sort by articles or by name (Z to A)');
	});

	it('leaves the other panes as they were', async () => {
		const app = await renderApp({index: sampleIndex(), registry});
		await app.press('2', (f) => f.includes('╭─ Entities'));
		await app.press('t', (f) => f.includes('type: person'));
		await app.press('3', (f) => f.includes('╭─ Statements'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press('4', (f) => f.includes('╭─ Outlets'));
		// s sorts the pane in focus only; t is not an Outlets key.
		await app.press('t');
		expect(app.frame()).not.toContain('type:');
	});
});
