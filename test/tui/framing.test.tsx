// The framing table of an entity card, keys in and frames out: rows per outlet with label counts,
// h/l to choose a label, Enter on a cell for the sentences behind it, Enter again for the article
// at that sentence; the descriptor phrases fold behind d; a large card opens at its top and g/G work.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {CorpusIndex} from '../../src/index/types.js';
import {article, sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const selected = (frame: string) => frame.split('\n').find((line) => line.includes('›')) ?? '';

async function openCard(index: CorpusIndex, rows = 40) {
	const app = await renderApp({index, size: {columns: 100, rows}});
	await app.press('2/okon', (f) => f.includes('1 match'));
	await app.press(KEYS.enter);
	await app.press(KEYS.enter, (f) => f.includes('╭─ Entity · Mara Okonkwo-Leiva'));
	return app;
}

/** Index of a label among the table's column headers. */
function columnOf(frame: string, label: string): number {
	const header = frame.split('\n').find((l) => l.includes('OUTLET') && l.includes('ART.'))!;
	return header.replace(/^.*ART\./, '').trim().split(/\s+/).indexOf(label);
}

describe('the framing table of an entity card', () => {
	it('shows label counts by outlet, opens the sentences of a cell and the article at the sentence', async () => {
		const app = await openCard(sampleIndex());
		const card = app.frame();
		expect(card).toContain('How outlets label it');
		expect(card).toMatch(/Coastline Times +1 /);
		expect(card).toMatch(/Daily Beacon +1 /);
		// The cursor starts on the table's first row.
		expect(selected(card)).toMatch(/› (Coastline Times|Daily Beacon)/);
		if (!selected(card).includes('Daily Beacon')) await app.press('j', (f) => selected(f).includes('Daily Beacon'));
		const column = columnOf(app.frame(), 'spokeswoman');
		expect(column).toBeGreaterThanOrEqual(0);
		for (let i = 0; i < column; i++) await app.press('l');
		const evidence = await app.press(KEYS.enter, (f) => f.includes('╭─ Evidence · Mara Okonkwo-Leiva · spokeswoman'));
		expect(evidence).toContain('Daily Beacon calls Mara Okonkwo-Leiva “spokeswoman”');
		expect(evidence).toContain('1 sentence');
		expect(selected(evidence)).toMatch(/› 2024-03-02 +Daily Beacon +Dock strike looms/);
		expect(evidence).toContain('Mara Okonkwo-Leiva, a spokeswoman for the Harbour Workers Union, warned on Friday.');
		const reader = await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		expect(reader).toContain('a spokeswoman for the Harbour Workers Union, warned on Friday');
		await app.press(KEYS.escape, (f) => f.includes('╭─ Evidence'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Entity · Mara Okonkwo-Leiva'));
	});

	it('says so when the selected cell is empty', async () => {
		const app = await openCard(sampleIndex());
		const row = selected(app.frame()).includes('Daily Beacon') ? 'Daily Beacon' : 'Coastline Times';
		const other = row === 'Daily Beacon' ? 'spokesperson' : 'spokeswoman';
		for (let i = 0; i < columnOf(app.frame(), other); i++) await app.press('l');
		await app.press(KEYS.enter, (f) => f.includes(`${row} does not use “${other}” for it`));
		expect(app.frame()).toContain('╭─ Entity');
	});

	it('folds the descriptor phrases behind d', async () => {
		const app = await openCard(sampleIndex());
		expect(app.frame()).toContain('2 phrases in 2 outlets, folded: d shows them');
		expect(app.frame()).not.toContain('“HWU spokesperson”');
		await app.press('d', (f) => f.includes('“HWU spokesperson”'));
		await app.press('d', (f) => f.includes('folded: d shows them'));
	});

	it('opens a large card at its top, and g and G go to its ends', async () => {
		// Many outlets describing one person: the card is many screens long.
		const index = sampleIndex();
		const mara = index.entities.find((e) => e.id === 'mara-okonkwo-leiva')!;
		for (let i = 0; i < 60; i++) {
			const a = article(`x${i}`, `Outlet ${String(i).padStart(2, '0')}`, '2024-04-01', `Report ${i}`, `Harbour organiser Mara Okonkwo-Leiva spoke again on day ${i}.`);
			index.articles.push(a);
			mara.mentions[a.id] = 1;
			mara.descriptors.push({article: a.id, outlet: a.outlet, text: 'Harbour organiser Mara Okonkwo-Leiva', kind: 'premodifier'});
		}
		const app = await openCard(index, 24);
		const top = app.frame();
		expect(top).toMatch(/│ Mara Okonkwo-Leiva +│/);
		expect(top).toContain('How outlets label it');
		expect(top).toMatch(/1–\d+ of \d+/);
		await app.press('G', (f) => selected(f).includes('Ships will wait'));
		expect(app.frame()).not.toMatch(/│ Mara Okonkwo-Leiva +│/);
		await app.press('g', (f) => /│ Mara Okonkwo-Leiva +│/.test(f));
		expect(selected(app.frame())).toMatch(/› (Coastline Times|Daily Beacon|Outlet \d\d)/);
	});
});
