// A reader opened while the corpus is still loading (articles read, no entities or statements yet)
// shows its names and quotes once the complete index arrives: nothing drawn from the partial index
// is kept for the complete one.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {OpenProgress} from '../../src/index/open.js';
import {App} from '../../src/tui/App.js';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const loading: OpenProgress = {phase: 'analysing', filesRead: 4, filesTotal: 4, articlesRead: 4, articlesAnalysed: 2, fromCache: 0, total: 4, rate: 10, eta: 1, elapsed: 1};

describe('a reader opened while the corpus loads', () => {
	it('gets its entity and quote marks once the index is complete', async () => {
		const complete = sampleIndex();
		const partial = {...complete, articles: complete.articles.slice(), entities: [], statements: []};
		const size = {columns: 80, rows: 30};
		const app = await renderApp({index: partial, progress: loading, size, color: false});
		await app.press('j');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		expect(app.frame()).not.toContain('Names:');
		app.rerender(<App index={complete} size={size} color={false} writeRaw={null} />);
		await app.until((f) => f.includes('Names: Mara Okonkwo-Leiva 2'), 'the names of the complete index');
		expect(app.frame()).toContain('╭─ Article · Daily Beacon');
	});
});
