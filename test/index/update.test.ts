// Updating a saved index (src/index/update.ts): a corpus with files added, changed or removed since
// its index was saved is updated, not rebuilt, and the result is the whole index a rebuild makes.
// Each case checks the path taken (the open's update summary), so a silent rebuild fails it.
import {appendFileSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {generateArticles} from '../../bench/generate.js';
import {openIndexStreaming, type OpenOptions, type OpenProgress} from '../../src/index/open.js';
import type {BuildTimings} from '../../src/index/build.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {describeUpdate, planUpdate} from '../../src/index/update.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

const temp = (files: Record<string, string> = {}) => {
	const dir = makeCorpus(files);
	dirs.push(dir);
	return dir;
};

/** Invented articles with quotes shared across outlets (the bench's generator), as JSON records. */
const records = (count: number, seed: number) => [...generateArticles({articles: count, seed, meanWords: 120})].map((a) => JSON.stringify(a));

async function open(path: string, options: OpenOptions) {
	const progress: OpenProgress[] = [];
	const warnings: string[] = [];
	const timings: BuildTimings = {};
	const index = await openIndexStreaming([path], {threads: 0, cache: true, onWarning: (m) => warnings.push(m), timings, ...options}, (p) => progress.push(p));
	return {index, progress, warnings, timings};
}

/** The whole index, every field; its own keys in one order (a reopen lists them in the saved file's order). */
const whole = (index: CorpusIndex) => JSON.stringify(Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b))));

/** The index a full build of the corpus as it is now makes (a cache of its own), and the same read back from its saved file. */
async function rebuilt(path: string) {
	const cacheDir = temp();
	const built = await open(path, {cacheDir});
	expect(built.timings.update).toBeUndefined();
	const reread = await open(path, {cacheDir});
	expect(whole(reread.index)).toBe(whole(built.index));
	return built.index;
}

/** Opens after a change: an update with these counts, equal to a rebuild, and its saved file reads back the same. */
async function expectUpdate(path: string, cacheDir: string, counts: {added: number; changed: number; removed: number}, options: OpenOptions = {}) {
	const updated = await open(path, {cacheDir, ...options});
	expect(updated.timings.update).toMatchObject(counts);
	expect(updated.progress.some((p) => p.update !== undefined && describeUpdate(p.update) === describeUpdate(updated.timings.update!))).toBe(true);
	expect(updated.warnings).toEqual([]);
	const full = await rebuilt(path);
	expect(whole(updated.index)).toBe(whole(full));
	const reopened = await open(path, {cacheDir});
	expect(reopened.timings.update).toBeUndefined();
	expect(reopened.progress.at(-1)!.fromCache).toBe(full.articles.length);
	expect(whole(reopened.index)).toBe(whole(full));
	return updated;
}

/** A new modification time, so a rewrite is seen as a change whatever the clock's resolution. */
function touch(path: string, seconds: number) {
	utimesSync(path, seconds, seconds);
}

describe('updating a saved index', () => {
	it('takes files added, changed and removed in a folder, and equals a rebuild each time', async () => {
		const files: Record<string, string> = {};
		records(14, 41).forEach((r, i) => (files[`story-${String(i + 1).padStart(2, '0')}.json`] = r));
		const path = temp(files);
		const cacheDir = temp();
		const first = await open(path, {cacheDir});
		expect(first.index.statements.some((s) => s.renderings.length > 1)).toBe(true);

		// Two new files, quoting the same people as the old ones (their seed is another corpus's).
		const extra = records(2, 41);
		writeFileSync(join(path, 'story-20.json'), extra[0]);
		writeFileSync(join(path, 'story-21.json'), extra[1]);
		const added = await expectUpdate(path, cacheDir, {added: 2, changed: 0, removed: 0});
		expect(added.timings.update).toMatchObject({kept: 14, filesRead: 2});

		// One file rewritten with another article, one removed.
		writeFileSync(join(path, 'story-03.json'), records(1, 77)[0]);
		touch(join(path, 'story-03.json'), 1_700_000_000);
		rmSync(join(path, 'story-05.json'));
		const changed = await expectUpdate(path, cacheDir, {added: 0, changed: 1, removed: 1});
		expect(changed.timings.update).toMatchObject({kept: 14, filesRead: 1, filesGone: 1});
	});

	it('takes records appended to, changed in and removed from a JSON Lines file beside unchanged ones', async () => {
		const path = temp({'wire.jsonl': records(8, 5).join('\n') + '\n', 'desk.jsonl': records(6, 9).join('\n') + '\n', 'note.md': '---\ntitle: A note\nsource: Quay Weekly\n---\n\n“We will reopen the pier,” Maren Vantreek said.\n'});
		const cacheDir = temp();
		await open(path, {cacheDir});

		appendFileSync(join(path, 'wire.jsonl'), records(3, 6).join('\n') + '\n');
		await expectUpdate(path, cacheDir, {added: 3, changed: 0, removed: 0});

		// The second record rewritten, the last one dropped: ids are record positions.
		const lines = readFileSync(join(path, 'wire.jsonl'), 'utf8').trimEnd().split('\n');
		lines[1] = records(1, 99)[0];
		lines.pop();
		writeFileSync(join(path, 'wire.jsonl'), lines.join('\n') + '\n');
		touch(join(path, 'wire.jsonl'), 1_700_000_100);
		const changed = await expectUpdate(path, cacheDir, {added: 0, changed: 1, removed: 1});
		expect(changed.timings.update).toMatchObject({kept: 7, filesRead: 1});
	});

	it('keeps the warnings of the files it does not read again, in their place', async () => {
		const path = temp({
			'a.jsonl': `${records(1, 3)[0]}\n{"title": "no text"}\nnot json\n`,
			'b.json': records(1, 4)[0],
			'c.json': '{"content": ""}',
		});
		const cacheDir = temp();
		const first = await open(path, {cacheDir});
		expect(first.index.warnings.length).toBeGreaterThan(1);
		writeFileSync(join(path, 'b.json'), records(1, 8)[0]);
		touch(join(path, 'b.json'), 1_700_000_200);
		const updated = await expectUpdate(path, cacheDir, {added: 0, changed: 1, removed: 0});
		expect(updated.index.warnings).toEqual(first.index.warnings);
	});

	it('rebuilds, with a warning, when a body it would keep is damaged in the saved file', async () => {
		const files: Record<string, string> = {};
		records(4, 15).forEach((r, i) => (files[`s${i}.json`] = r));
		const path = temp(files);
		const cacheDir = temp();
		await open(path, {cacheDir});
		// The last byte but one of the bodies part: inside the last article's body.
		const [folder] = readdirSync(cacheDir).filter((n) => n.startsWith('index-'));
		const [name] = readdirSync(join(cacheDir, folder)).filter((n) => n.endsWith('.idx'));
		const file = join(cacheDir, folder, name);
		const bytes = readFileSync(file);
		const headerLength = bytes.indexOf(0x0a) + 1;
		const bodies = (JSON.parse(bytes.subarray(0, headerLength).toString('utf8')) as {parts: Array<{name: string; offset: number; length: number}>}).parts.find((p) => p.name === 'bodies')!;
		bytes[headerLength + bodies.offset + bodies.length - 2] ^= 0x20;
		writeFileSync(file, bytes);
		writeFileSync(join(path, 's9.json'), records(1, 16)[0]);
		const after = await open(path, {cacheDir});
		expect(after.timings.update).toBeUndefined();
		expect(after.warnings.join('\n')).toMatch(/damaged/);
		expect(whole(after.index)).toBe(whole(await rebuilt(path)));
	});

	it('updates through an index built on a worker thread', async () => {
		const files: Record<string, string> = {};
		records(6, 12).forEach((r, i) => (files[`s${i}.json`] = r));
		const path = temp(files);
		const cacheDir = temp();
		await open(path, {cacheDir, buildThread: 'worker'});
		writeFileSync(join(path, 's9.json'), records(1, 13)[0]);
		await expectUpdate(path, cacheDir, {added: 1, changed: 0, removed: 0}, {buildThread: 'worker'});
	});

	it('rebuilds when the settings changed; a corpus of one file that grew is updated, the file read again', async () => {
		const files: Record<string, string> = {'presslens.json': '{}'};
		records(4, 21).forEach((r, i) => (files[`s${i}.json`] = r));
		const path = temp(files);
		const cacheDir = temp();
		await open(path, {cacheDir});
		writeFileSync(join(path, 's7.json'), records(1, 22)[0]);
		writeFileSync(join(path, 'presslens.json'), JSON.stringify({outlets: {rename: {}}}));
		touch(join(path, 'presslens.json'), 1_700_000_300);
		const settings = await open(path, {cacheDir});
		expect(settings.timings.update).toBeUndefined();
		expect(whole(settings.index)).toBe(whole(await rebuilt(path)));

		const single = temp({'all.jsonl': records(3, 30).join('\n') + '\n'});
		await open(join(single, 'all.jsonl'), {cacheDir});
		appendFileSync(join(single, 'all.jsonl'), records(1, 31)[0] + '\n');
		const grown = await expectUpdate(join(single, 'all.jsonl'), cacheDir, {added: 1, changed: 0, removed: 0});
		expect(grown.timings.update).toMatchObject({kept: 0, filesRead: 1});
		expect(grown.index.articles).toHaveLength(4);
	});
});

describe('planUpdate', () => {
	const state = (settings: string, files: Array<[string, string]>) => ({settings, files});

	it('keeps the files whose path and identity are unchanged, and counts the others', () => {
		const before = state('s', [['a', '1'], ['b', '2'], ['c', '3']]);
		const plan = planUpdate(before, state('s', [['a', '1'], ['b', '9'], ['d', '4']]))!;
		expect([...plan.kept]).toEqual(['a']);
		expect(plan.read).toBe(2);
		expect(plan.gone).toBe(1);
	});

	it('plans nothing when the settings differ', () => {
		expect(planUpdate(state('s', [['a', '1']]), state('t', [['a', '1']]))).toBeUndefined();
		expect(planUpdate(state('s', [['a', '1']]), state('s', [['a', '2']]))?.kept.size).toBe(0);
	});
});
