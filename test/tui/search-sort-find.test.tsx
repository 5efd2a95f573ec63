// Issue 16, the search half: a fresh query per `/`, words that must all match in titles or bodies
// (the hit's sentence under the row), field terms in the pane title, column sorting, n / N in a detail.
import {describe, expect, it} from 'vitest';
import type {CorpusIndex} from '../../src/index/types.js';
import {article, emptyIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

function harbourIndex(): CorpusIndex {
	const filler = Array.from({length: 40}, (_, i) => `Line ${i} of the long report says little.`).join('\n\n');
	return {
		...emptyIndex(),
		name: 'harbour',
		articles: [
			article('a1', 'Daily Beacon', '2021-07-04', 'Dock strike looms', 'Workers at the port voted to strike. The union said talks had failed.'),
			article('a2', 'Coastline Times', '2021-08-15', 'Council budget passes', 'The council approved the budget. Impeachment of the mayor was not discussed.'),
			article('a3', 'Daily Beacon', '2021-12-01', 'Mayor faces a vote', `Councillors moved to impeach the mayor over the harbour contract.\n\n${filler}\n\nThe mayor denied the harbour claims.`),
			article('a4', 'Hill Courier', '2022-01-10', 'Harbour contract questioned', 'The harbour contract was signed before the strike.'),
		],
	};
}
const rows = (frame: string) => frame.split('\n').filter((l) => /^│ \d{4}-\d\d-\d\d/.test(l));

describe('app: search that means what it says', () => {
	it('finds words in bodies, in any order, and shows the sentence of the hit under the row', async () => {
		const app = await renderApp({index: harbourIndex(), size: {columns: 100, rows: 30}});
		await app.press('/impeach', (f) => f.includes('/impeach▏') && f.includes('2 matches'));
		expect(app.frame()).toContain('Impeachment of the mayor was not discussed.');
		expect(app.frame()).toMatch(/│   …?\S* ?moved to impeach the mayor/);
		await app.press(KEYS.enter, (f) => f.includes('Filter “impeach” kept: 2 matches'));
		expect(app.frame()).toContain('╭─ Articles · impeach');
		// A second / starts afresh instead of appending to the kept filter.
		await app.press('/', (f) => f.includes('/▏'));
		await app.press('contract mayor', (f) => f.includes('/contract mayor▏') && f.includes('1 match'));
		expect(rows(app.frame()).join('\n')).toContain('Mayor faces a vote');
	});

	it('narrows by outlet and date terms, named in the title, and Esc clears them', async () => {
		const app = await renderApp({index: harbourIndex()});
		await app.press('/outlet:beacon', (f) => f.includes('2 matches'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Articles · outlet:beacon'));
		expect(rows(app.frame()).every((r) => r.includes('Daily Beacon'))).toBe(true);
		await app.press(KEYS.escape, (f) => f.includes('Filter cleared'));
		await app.press('/date:2021-07..2021-08', (f) => f.includes('2 matches'));
		expect(rows(app.frame()).map((r) => r.slice(2, 12))).toEqual(['2021-08-15', '2021-07-04']);
		await app.press(KEYS.escape, (f) => !f.includes('▏'));
		await app.press('/speaker:mayor', (f) => f.includes('Articles have no speaker: field.'));
	});

	it('sorts by the next column with s and reverses with S, shown in the header and tabs', async () => {
		const app = await renderApp({index: harbourIndex(), size: {columns: 120, rows: 30}});
		expect(app.frame()).toContain('DATE▼');
		expect(rows(app.frame())[0]).toContain('2022-01-10');
		await app.press('s', (f) => f.includes('sorted by outlet ▲'));
		expect(app.frame()).toContain('OUTLET▲');
		expect(rows(app.frame())[0]).toContain('Coastline Times');
		await app.press('S', (f) => f.includes('sorted by outlet ▼'));
		expect(rows(app.frame())[0]).toContain('Hill Courier');
		// Within one outlet the default order (newest first) holds.
		const beacon = rows(app.frame()).filter((r) => r.includes('Daily Beacon'));
		expect(beacon.map((r) => r.slice(2, 12))).toEqual(['2021-12-01', '2021-07-04']);
		await app.press('2', (f) => f.includes('sorted by mentions ▼'));
	});

	it('n and N find the search words inside the reader, and / there finds another word', async () => {
		const app = await renderApp({index: harbourIndex(), size: {columns: 80, rows: 24}});
		await app.press('/harbour', (f) => f.includes('2 matches'));
		await app.press(KEYS.enter, (f) => f.includes('kept'));
		// The article with the word in its title ranks first; the second is the long one.
		await app.press('j');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		await app.press('n', (f) => /“harbour”: line \d+ of \d+/.test(f));
		const first = /line (\d+) of/.exec(app.frame())![1];
		await app.press('n', (f) => /“harbour”: line \d+/.test(f) && !f.includes(`line ${first} of`));
		expect(app.frame()).toContain('The mayor denied the harbour claims.');
		await app.press('N', (f) => f.includes(`line ${first} of`));
		await app.press('/', (f) => f.includes('find: ▏'));
		await app.press('line 39', (f) => f.includes('find: line 39▏'));
		await app.press(KEYS.enter, (f) => f.includes('“line 39”: line'));
		expect(app.frame()).toContain('Line 39 of the long report');
	});
});
