// The hostile corpus through the real loader and the built CLI: every fault gives a warning naming
// the file and the reason, and every good file still loads with its title.
import {execFile, execFileSync} from 'node:child_process';
import {closeSync, constants, existsSync, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/corpus/load.js';
import type {Corpus, LoadWarning} from '../../src/corpus/types.js';
import {makeHostileCorpus, unlockHostileCorpus, type HostileCorpus} from '../fixtures/hostile.js';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/;

// Every fault the generator can make; the generator's manifest is checked against this list.
const FAULTS = [
	'empty.txt', 'whitespace.txt', 'binary.txt', 'nul-bytes.txt', 'image.png', 'invalid-utf8.txt', 'latin1.txt', 'too-big.txt',
	'bomb.txt.gz', 'truncated.jsonl.gz', 'not-gzip.txt.gz', 'gz-header-only.jsonl.gz', 'broken.jsonl', 'truncated.json',
	'script-only.html', 'abyss/', 'loop/inner/back-to-loop', 'self.txt', 'dangling.txt', 'pipe.txt', 'locked.txt', 'locked-dir',
];

const GOOD = [
	'plain.txt', 'invalid-utf8.txt', 'latin1.txt', 'utf16le.txt', 'utf16be.txt', 'utf8-bom.txt', 'crlf.txt', 'lone-cr.txt',
	'long-line.txt', 'truncated.jsonl.gz', 'broken.jsonl', 'broken.html', 'escapes.txt', 'entities.html', 'yaml-escape.md', 'deep/',
	'loop/inner/looped.txt', 'locked.txt', 'locked-dir/',
];

let temp: string;
let hostile: HostileCorpus;
let corpus: Corpus;
let vanished = false;

beforeAll(async () => {
	temp = mkdtempSync(join(tmpdir(), 'presslens-hostile-'));
	hostile = makeHostileCorpus(join(temp, 'corpus'));
	corpus = await loadCorpus([hostile.root], {
		maxBytes: hostile.maxBytes,
		// The walk has listed every file by the first progress report: remove one before it is read.
		onProgress: () => {
			if (vanished) return;
			unlinkSync(join(hostile.root, 'zz-vanishing.txt'));
			vanished = true;
		},
	});
}, 60_000);

afterAll(() => {
	if (!temp) return;
	unlockHostileCorpus(hostile.root);
	rmSync(temp, {recursive: true, force: true});
});

const rel = (w: LoadWarning) => relative(hostile.root, w.file).split('\\').join('/');
const warningsFor = (file: string) => corpus.warnings.filter(w => rel(w) === file.replace(/\/$/, '') || rel(w).startsWith(file.endsWith('/') ? file : `${file}/`));

describe('loading the hostile corpus', () => {
	// The manifest is only known once the generator has run, so good files are checked by name.
	for (const file of GOOD) {
		it(`loads ${file} with its title and clean text`, () => {
			const goods = hostile.good.filter(g => g.file === file || (file.endsWith('/') && g.file.startsWith(file)));
			if (goods.length === 0) {
				// Unreadable files are faults where permissions are enforced (not as root).
				expect(hostile.faults.some(f => file.startsWith(f.file))).toBe(true);
				return;
			}
			for (const good of goods) {
				const fromFile = corpus.articles.filter(a => a.id === good.file || a.id.startsWith(`${good.file}#`));
				expect(fromFile.length, `${good.file} should load; warnings: ${JSON.stringify(warningsFor(good.file))}`).toBeGreaterThan(0);
				// Records of a multi-record file are matched by title: their numbering is the parser's.
				const article = good.record ? fromFile.find(a => a.title === good.title) : fromFile[0];
				expect(article?.title, `${good.file}: titles ${JSON.stringify(fromFile.map(a => a.title))}`).toBe(good.title);
				if (good.contains) expect(article!.body, good.file).toContain(good.contains);
				for (const a of fromFile) {
					for (const field of [a.title, a.outlet, a.byline, a.url, a.body, ...a.warnings]) {
						if (field) expect(field, a.id).not.toMatch(TERMINAL_UNSAFE);
					}
				}
			}
		});
	}

	it('checks every good file the generator declares', () => {
		for (const g of hostile.good) expect(GOOD.some(f => g.file === f || (f.endsWith('/') && g.file.startsWith(f))), g.file).toBe(true);
	});

	for (const fault of FAULTS) {
		it(`warns about ${fault}, naming it and the reason`, () => {
			const expected = hostile.faults.find(f => f.file === fault);
			if (!expected) {
				// Only when the environment cannot make this fault (root ignores chmod 000; no mkfifo).
				expect(hostile.notes.some(n => n.startsWith(fault.replace(/\/$/, '')))).toBe(true);
				return;
			}
			const found = warningsFor(fault);
			expect(found.length, `no warning for ${fault}; all: ${JSON.stringify(corpus.warnings.map(w => [rel(w), w.message]))}`).toBeGreaterThan(0);
			expect(found.some(w => expected.reason.test(w.message)), `${fault}: ${JSON.stringify(found)}`).toBe(true);
			if (expected.skipped) {
				expect(found.some(w => w.skipped)).toBe(true);
				expect(corpus.articles.some(a => a.id === fault || a.id.startsWith(`${fault}#`))).toBe(false);
			}
		});
	}

	it('warns about a file that vanished during the load', () => {
		expect(vanished).toBe(true);
		const found = warningsFor('zz-vanishing.txt');
		expect(found.map(w => w.message).join()).toMatch(/vanished|no such file/);
		expect(corpus.articles.some(a => a.id === 'zz-vanishing.txt')).toBe(false);
	});

	it('loads the good lines of a broken JSON Lines file and names each bad line', () => {
		const lines = corpus.warnings.filter(w => rel(w) === 'broken.jsonl');
		expect(lines.length).toBeGreaterThanOrEqual(3);
		expect(corpus.articles.filter(a => a.id.startsWith('broken.jsonl#')).length).toBe(3);
	});

	it('keeps every fault the generator declares covered by a test above', () => {
		// A fault added to the generator without a check here would silently go untested.
		for (const f of hostile.faults) expect(FAULTS, f.file).toContain(f.file);
		expect(hostile.faults.length).toBeGreaterThanOrEqual(18);
	});

	it('lets no control character, escape or bidi override into titles, bodies or warnings', () => {
		for (const a of corpus.articles) {
			for (const field of [a.title, a.outlet, a.byline, a.url, a.body, ...a.warnings]) {
				if (field) expect(field, a.id).not.toMatch(TERMINAL_UNSAFE);
			}
		}
		const escaped = corpus.articles.find(a => a.id === 'escapes.txt')!;
		expect(escaped.body).toContain('Overwritten line');
		expect(escaped.body).toContain('A progress bar');
		expect(escaped.body).toContain('hidden text');
	});

	it('has articles in a stable order', async () => {
		const again = await loadCorpus([hostile.root], {maxBytes: hostile.maxBytes});
		expect(again.articles.map(a => a.id)).toEqual(corpus.articles.map(a => a.id));
		expect(again.warnings.filter(w => rel(w) !== 'zz-vanishing.txt').map(w => [rel(w), w.message])).toEqual(
			corpus.warnings.filter(w => rel(w) !== 'zz-vanishing.txt').map(w => [rel(w), w.message]),
		);
	}, 60_000);
});

describe('a file swapped for a named pipe during the load', () => {
	// readFile on a named pipe would wait for a writer forever: read.ts's readFileBytes opens
	// non-blocking and checks on the handle that it is a regular file.
	it('does not hang the load, and is named', async () => {
		const root = mkdtempSync(join(tmpdir(), 'presslens-pipe-'));
		const story = (t: string) => `title: ${t}\n\nThe Veltmoor council said on Tuesday that the ferry would run again by May, and fares would not rise.\n`;
		writeFileSync(join(root, 'a.txt'), story('First Veltmoor story'));
		writeFileSync(join(root, 'b.txt'), story('Second Veltmoor story'));
		const pipe = join(root, 'b.txt');
		let swapped = false;
		const load = loadCorpus([root], {
			onProgress: () => {
				if (swapped) return;
				unlinkSync(pipe);
				execFileSync('mkfifo', [pipe]);
				swapped = true;
			},
		});
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<'hung'>(resolve => (timer = setTimeout(() => resolve('hung'), 3000)));
		const result = await Promise.race([load, deadline]);
		clearTimeout(timer);
		// Release a reader blocked on the pipe, so nothing is left waiting after the test.
		try {
			closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
		} catch {
			// no reader: nothing to release
		}
		await load.catch(() => undefined);
		rmSync(root, {recursive: true, force: true});
		expect(result).not.toBe('hung');
		const corpus = result as Corpus;
		expect(corpus.articles.map(a => a.title)).toEqual(['First Veltmoor story']);
		expect(corpus.warnings.find(w => w.file === pipe)?.message).toMatch(/not a regular file \(named pipe\)/);
	}, 20_000);
});

describe('the built CLI on the hostile corpus', () => {
	const cli = join(projectRoot, 'bin/presslens.js');
	const built = existsSync(join(projectRoot, 'dist/src/cli.js'));

	it('is built (npm test builds first)', () => {
		expect(built, 'run `npm run build` before this test').toBe(true);
	});

	it.runIf(built)('prints articles as JSON Lines with warnings, and one stderr line per skipped file', async () => {
		const {stdout, stderr} = await run(process.execPath, [cli, 'articles', hostile.root, '--json', '--max-size', String(hostile.maxBytes)], {
			cwd: projectRoot,
			maxBuffer: 64 * 1024 * 1024,
		});
		const rows = stdout.trim().split('\n').map(line => JSON.parse(line));
		for (const row of rows) expect(Array.isArray(row.warnings)).toBe(true);
		const byId = new Map(rows.map(r => [r.id, r]));
		const titles = new Set(rows.map(r => `${r.id.replace(/#\d+$/, '')}\t${r.title}`));
		for (const good of hostile.good) expect(titles.has(`${good.file}\t${good.title}`), good.file).toBe(true);
		// A file that loads with a problem carries it in its articles' warnings.
		expect(byId.get('latin1.txt').warnings.join()).toMatch(/Windows-1252/);
		expect(rows.find(r => r.id.startsWith('truncated.jsonl.gz#')).warnings.join()).toMatch(/truncated/);
		// Skipped files: one line each on stderr naming the file.
		for (const fault of hostile.faults.filter(f => f.skipped)) {
			expect(stderr, fault.file).toContain(join(hostile.root, fault.file.replace(/\/$/, '')));
		}
		expect(stderr).not.toMatch(/\u001b/);
		for (const row of rows) expect(JSON.stringify(row), row.id).not.toMatch(/\\u001b|\\u009b|\u202e/);
	}, 60_000);

	it.runIf(built)('prints every warning with `warnings --json`', async () => {
		const {stdout} = await run(process.execPath, [cli, 'warnings', hostile.root, '--json', '--max-size', String(hostile.maxBytes)], {cwd: projectRoot});
		const rows = stdout.trim().split('\n').map(line => JSON.parse(line));
		for (const fault of hostile.faults) {
			expect(rows.some(r => r.file.startsWith(join(hostile.root, fault.file.replace(/\/$/, ''))) && fault.reason.test(r.message)), fault.file).toBe(true);
		}
	}, 60_000);

	it.runIf(built)('prints the article table with no escape byte', async () => {
		const {stdout} = await run(process.execPath, [cli, 'articles', hostile.root, '--max-size', String(hostile.maxBytes)], {cwd: projectRoot});
		expect(stdout).toContain('Veltmoor mayor resigns after audit');
		expect(stdout).not.toMatch(TERMINAL_UNSAFE);
	}, 60_000);
});
