// The app over a corpus that is being indexed: with merging and linking on a worker thread
// (src/index/build-thread.ts), keys are answered while they run. The build is held at a step by the
// test's gate (no sleeps): keys are pressed and their frames read while it waits, then it goes on.
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {IndexSource} from '../../src/index/source.js';
import {LiveApp} from '../../src/tui/run.js';
import {makeCorpus, removeCorpus} from '../helpers.js';
import {KEYS, waitFor} from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
	cleanup();
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

const ANSI = /\u001B\[[0-9;]*m/g;

describe('the app while a corpus is indexed', () => {
	it('answers keys, scrolls and searches the articles read while entities are merged and statements linked', async () => {
		const files: Record<string, string> = {};
		let i = 0;
		for (const a of generateArticles({articles: 10, seed: 41, meanWords: 120})) files[`story-${++i}.json`] = JSON.stringify(a);
		const corpus = makeCorpus(files);
		dirs.push(corpus);

		let release!: () => void;
		const linking = new Promise<void>((resolve) => (release = resolve));
		const gate = (step: string) => (step === 'linking statements' ? linking : Promise.resolve());
		const source = IndexSource.open([corpus], {threads: 0, buildThread: 'worker', buildGate: gate}, 20);
		const instance = render(<LiveApp source={source} size={{columns: 100, rows: 30}} writeRaw={null} color={false} />);
		const frame = () => (instance.lastFrame() ?? '').replace(ANSI, '');
		const press = async (keys: string, until: (f: string) => boolean, what: string) => {
			instance.stdin.write(keys);
			await waitFor(() => until(frame()), what);
		};
		try {
			await waitFor(() => frame().includes('indexing: linking statements'), 'the linking step in the header');
			const titles = source.current.index.articles.map((a) => a.title ?? '');
			expect(titles).toHaveLength(10);
			// useInput subscribes in an effect after the first frame.
			await new Promise((resolve) => setImmediate(resolve));

			// Moving down the list selects the next article (its title shows in the preview pane).
			const before = frame();
			await press('j', (f) => f !== before, 'a frame after j');

			// A search over the articles read: the prompt shows each letter, the list is filtered.
			const word = titles[3].split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w))!;
			await press('/', (f) => f.includes('/▏'), 'the search prompt');
			for (let n = 1; n <= word.length; n++) await press(word[n - 1], (f) => f.includes(`/${word.slice(0, n)}▏`), `the query ${word.slice(0, n)}`);
			await press(KEYS.enter, (f) => !f.includes('▏'), 'the search kept');
			const matching = titles.filter((t) => t.toLowerCase().includes(word.toLowerCase()));
			expect(matching.length).toBeGreaterThan(0);
			// As much of the title as the list's title column shows.
			expect(frame()).toContain(matching[0].slice(0, 20));
			// All of it while the build was still held at linking.
			expect(frame()).toContain('indexing: linking statements');
			expect(source.current.done).toBe(false);

			release();
			await waitFor(() => /\d+ entit/.test(frame()) && !frame().includes('indexing'), 'the whole index shown');
			await source.done;
			expect(source.current.index.entities.length).toBeGreaterThan(0);
			expect(frame()).toMatch(/[1-9]\d* entit/);
		} finally {
			release();
			await source.done.catch(() => undefined);
		}
	});
});
