// Go to the source from a statement row (issue 16): `a` in the Statements list opens the article
// of its first rendering at the quote, scrolled there and marked, as Enter on a comparison column does.
import {describe, expect, it} from 'vitest';
import type {Article} from '../../src/corpus/types.js';
import {article, emptyIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

const QUOTE = 'The ferry timetable will change before the winter storms';

function ferryIndex() {
	const filler = Array.from({length: 60}, (_, i) => `Paragraph ${i} on the ferry routes.`).join('\n\n');
	const one = article('fer1', 'Daily Beacon', '2024-02-01', 'Timetable news', `${filler}\n\nThe board met on Monday. Harbour master Ilse Varn said: “${QUOTE}.” The crews agreed.\n\n${filler}`);
	const two = article('fer2', 'Coastline Times', '2024-02-02', 'Winter ferries', `Harbour master Ilse Varn told reporters: “${QUOTE}.”`);
	const rendering = (a: Article) => {
		const start = a.body.indexOf(QUOTE);
		return {id: `${a.id}:${start}`, article: a.id, outlet: a.outlet, published: a.published, text: QUOTE, start, end: start + QUOTE.length, kind: 'direct' as const, verb: 'said', speaker: null, speakerName: 'Ilse Varn', speakerLabel: null};
	};
	return {...emptyIndex(), name: 'ferry', articles: [one, two], statements: [{id: 's1', speaker: null, speakerName: 'Ilse Varn', renderings: [rendering(one), rendering(two)], outlets: 2}]};
}

describe('from a statement row to the source', () => {
	it('opens the first rendering’s article at its quote, with its sentence, and [ comes back to the list', async () => {
		const app = await renderApp({index: ferryIndex(), size: {columns: 80, rows: 24}});
		await app.press('3', (f) => f.includes('╭─ Statements'));
		await app.press('a', (f) => f.includes('╭─ Article · Daily Beacon · at the quote'));
		const f = app.frame();
		expect(f).toContain('Harbour master Ilse Varn said: “The ferry');
		expect(f).toContain('The board met on Monday.');
		// Scrolled down to it: the title at the top of the article is out of view.
		expect(f).not.toContain('Timetable news');
		await app.press('[', (frame) => frame.includes('╭─ Statements'));
	});

	it('works beside the preview on a wide terminal, and only in the Statements list', async () => {
		const app = await renderApp({index: ferryIndex(), size: {columns: 120, rows: 30}});
		await app.press('3', (f) => f.includes('╭─ Comparison'));
		await app.press('a', (f) => f.includes('at the quote'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Statements'));
		await app.press('1', (f) => f.includes('╭─ Articles'));
		// Here a is no key: the x after it marks the row, and no reader opened.
		await app.press('ax', (f) => f.includes('1 marked'));
		expect(app.frame()).not.toContain('at the quote');
		expect(app.frame()).toContain('╭─ Articles');
	});
});
