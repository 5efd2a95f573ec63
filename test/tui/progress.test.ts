import {describe, expect, it} from 'vitest';
import type {OpenProgress} from '../../src/index/open.js';
import {progressBar, progressLine} from '../../src/tui/content/progress.js';

const base: OpenProgress = {phase: 'analysing', filesRead: 1, filesTotal: 1, articlesRead: 400, articlesAnalysed: 100, fromCache: 0, total: 400, rate: 50, eta: 6, elapsed: 2};

describe('progress line', () => {
	it('shows the bar, counts, rate and time left while analysing', () => {
		const line = progressLine(base, 100);
		expect(line).toMatch(/^analysing █+░+ 100\/400 · 50\/s · ~6s left$/);
	});

	it('marks the total as an estimate while files are still read, and counts cached articles', () => {
		expect(progressLine({...base, phase: 'reading', fromCache: 80}, 100)).toMatch(/100\/~400.*80 cached/);
	});

	it('drops the least useful parts to fit a narrow width', () => {
		const line = progressLine({...base, eta: 4000}, 40);
		expect(line.length).toBeLessThanOrEqual(40);
		expect(line).toMatch(/^analysing/);
	});

	it('says what it does after analysis, when there is no count to show', () => {
		expect(progressLine({...base, phase: 'indexing', articlesAnalysed: 400}, 80)).toMatch(/^indexing/);
	});

	it('names the corpus-wide step running while indexing', () => {
		expect(progressLine({...base, phase: 'indexing', articlesAnalysed: 400, step: 'linking statements'}, 80)).toMatch(/^indexing: linking statements… · 400 articles analysed$/);
	});

	it('says that a saved index is being updated, with what changed, until it is done', () => {
		const update = {added: 3, changed: 1, removed: 0, kept: 116, filesRead: 2, filesGone: 0};
		expect(progressLine({...base, update}, 120)).toBe('updating the saved index: 3 new, 1 changed, 0 removed · 100/400 articles analysed');
		expect(progressLine({...base, phase: 'indexing', step: 'linking statements', update}, 120)).toMatch(/^updating the saved index: 3 new, 1 changed, 0 removed · linking statements…/);
		expect(progressLine({...base, phase: 'done', update}, 120)).toBe('400 articles');
	});

	it('fills the bar in proportion', () => {
		expect(progressBar(0.5, 10)).toBe('█████░░░░░');
		expect(progressBar(2, 4)).toBe('████');
	});
});
