// The framing table of an entity card by outlet group: r toggles its rows between outlets and
// groups, c sets the selected group side by side with another, marking in words (not colour) the
// labels one group uses and the other never does; Enter on a group's cell opens its sentences.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const GROUPS: Record<string, string> = {'Daily Beacon': 'harbour press', 'Coastline Times': 'coast press'};

function groupedIndex() {
	const index = sampleIndex();
	return {...index, articles: index.articles.map((a) => (a.outlet && GROUPS[a.outlet] ? {...a, group: GROUPS[a.outlet]} : a))};
}

async function openCard(index = groupedIndex()) {
	const app = await renderApp({index, size: {columns: 100, rows: 50}});
	await app.press('2/okon', (f) => f.includes('1 match'));
	await app.press(KEYS.enter);
	await app.press(KEYS.enter, (f) => f.includes('╭─ Entity · Mara Okonkwo-Leiva'));
	return app;
}

describe('the framing table by outlet group', () => {
	it('toggles rows between outlets and groups, and opens a group cell’s sentences', async () => {
		const app = await openCard();
		expect(app.frame()).toContain('How outlets label it');
		const grouped = await app.press('r', (f) => f.includes('How outlet groups label it'));
		expect(grouped).toMatch(/GROUP +ART\./);
		expect(grouped).toMatch(/harbour press +1 /);
		expect(grouped).toMatch(/coast press +1 /);
		expect(grouped).not.toMatch(/Daily Beacon +1 /);
		// The first row is selected; its first label with a count opens its sentences.
		const row = /› (harbour press|coast press)/.exec(grouped)![1];
		const header = grouped.split('\n').find((l) => l.includes('GROUP') && l.includes('ART.'))!;
		const labels = header.replace(/^.*ART\./, '').trim().split(/\s+/);
		const mine = row === 'harbour press' ? 'spokeswoman' : 'spokesperson';
		for (let i = 0; i < labels.indexOf(mine); i++) await app.press('l');
		await app.press(KEYS.enter, (f) => f.includes(`╭─ Evidence · Mara Okonkwo-Leiva · ${mine}`));
		expect(app.frame()).toContain(`${row} calls Mara Okonkwo-Leiva “${mine}”`);
		await app.press(KEYS.escape, (f) => f.includes('How outlet groups label it'));
		await app.press('r', (f) => f.includes('How outlets label it'));
	});

	it('sets two groups side by side, the labels only one uses marked in words', async () => {
		const app = await openCard();
		await app.press('c', (f) => f.includes('c compares outlet groups: r shows the table by group first.'));
		await app.press('r', (f) => f.includes('How outlet groups label it'));
		const side = await app.press('c', (f) => f.includes('Side by side:'));
		const pair = /Side by side: (harbour press|coast press) against (harbour press|coast press)/.exec(side)!;
		expect(pair[1]).not.toBe(pair[2]);
		const only = (label: string) => side.split('\n').find((l) => new RegExp(`^│ +${label} `).test(l)) ?? '';
		expect(only('spokeswoman')).toContain('only harbour press');
		expect(only('spokesperson')).toContain('only coast press');
	});

	it('says so when the corpus declares no groups', async () => {
		const app = await openCard(sampleIndex());
		await app.press('r', (f) => f.includes('No outlet groups: declare them in presslens.json'));
		expect(app.frame()).toContain('How outlets label it');
	});
});
