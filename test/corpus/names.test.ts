// File names are untrusted too: bytes that are not UTF-8 must not lose the article, and escape
// sequences or bidi overrides in a name must never reach stdout or stderr raw.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/corpus/load.js';
import {displayName} from '../../src/corpus/names.js';
import {UsageError} from '../../src/corpus/walk.js';
import {fingerprint} from '../../src/index/snapshot-fingerprint.js';
import {escapeUnsafe} from '../../src/text/sanitize.js';
import {BIN, jsonLines} from '../helpers.js';

const ARTICLE = 'title: A harbour story\ndate: 2023-03-14\n\nThe invented harbour board met again on Tuesday, and officials said nothing new about the plan.\n';
// Anything a terminal acts on, or that reorders or hides what is shown.
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'presslens-names-'));
	const at = (name: string | Buffer) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name)]);
	writeFileSync(at(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.txt')])), ARTICLE); // Latin-1 é
	writeFileSync(at('evil\u001b]0;owned\u0007\u001b[2J.txt'), ARTICLE);
	writeFileSync(at('bidi\u202etxt.exe\u009b.txt'), ARTICLE);
	writeFileSync(at('plain.txt'), ARTICLE);
	writeFileSync(at('records\u001b[31m.jsonl'), `${JSON.stringify({title: 'A record', text: 'The invented harbour board met again on Tuesday, and officials said nothing.'})}\n{broken\n`);
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('file names that are not valid UTF-8', () => {
	it('keep their article, named with the bad byte escaped', async () => {
		const loaded = await loadCorpus([dir]);
		expect(loaded.warnings.filter((w) => w.skipped && !w.file.includes('records'))).toEqual([]);
		const cafe = loaded.articles.find((a) => a.id.startsWith('caf'));
		expect(cafe?.id).toBe('caf\\xe9.txt');
		expect(cafe?.title).toBe('A harbour story');
		expect(loaded.articles).toHaveLength(5);
	});

	it('are looked at by their raw name when the saved index checks the corpus, so a change to one is seen', async () => {
		const before = await fingerprint([dir]);
		expect(await fingerprint([dir])).toBe(before);
		const cafe = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]);
		writeFileSync(cafe, `${ARTICLE}One more invented line.\n`);
		expect(await fingerprint([dir])).not.toBe(before);
	});
});

describe('file names with escape sequences and bidi overrides', () => {
	it('are escaped, not removed, in ids, files and warnings, so each still names its file', async () => {
		const loaded = await loadCorpus([dir]);
		for (const a of loaded.articles) {
			expect(a.id).not.toMatch(RAW);
			expect(a.file).not.toMatch(RAW);
		}
		for (const w of loaded.warnings) expect(w.file).not.toMatch(RAW);
		expect(loaded.articles.map((a) => a.id)).toContain('evil\\x1b]0;owned\\x07\\x1b[2J.txt');
		expect(loaded.articles.map((a) => a.id)).toContain('bidi\\u202etxt.exe\\x9b.txt');
		expect(loaded.warnings.map((w) => w.file)).toContain(join(dir, 'records\\x1b[31m.jsonl'));
	});

	it('never reach the output of the built CLI raw', () => {
		const run = (args: string[]) => {
			try {
				return execFileSync(process.execPath, [BIN, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
			} catch (error) {
				return `${(error as {stdout: string}).stdout}${(error as {stderr: string}).stderr}`;
			}
		};
		const articles = run(['articles', dir, '--json', '--no-cache']);
		expect(jsonLines(articles)).toHaveLength(5);
		for (const row of jsonLines<{id: string; file: string; warnings: string[]}>(articles)) {
			expect(row.id).not.toMatch(RAW);
			expect(row.file).not.toMatch(RAW);
		}
		expect(run(['entities', dir, '--json', '--no-cache'])).not.toMatch(RAW);
		expect(run(['articles', dir, '--no-cache'])).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
		// A path argument echoed in an error.
		expect(run(['articles', join(dir, 'missing\u001b[2J\u202e')])).toMatch(/missing\\x1b\[2J\\u202e/);
	}, 60_000);
});

describe('escaping exact text', () => {
	it('turns unsafe characters into visible escapes and leaves everything else alone', () => {
		expect(escapeUnsafe('a\u001bb\u009bc\u202ed\u2066e\u{e0041}')).toBe('a\\x1bb\\x9bc\\u202ed\\u2066e\\u{e0041}');
		for (const safe of ['plain/path.txt', 'مرحبا‌ها.txt', '日本語.md', 'famille 👨‍👩‍👧.txt', 'naïve e\u0301.txt']) expect(escapeUnsafe(safe)).toBe(safe);
		expect(displayName(Buffer.from([0x61, 0xff, 0x1b, 0xc3, 0xa9]))).toBe('a\\xff\\x1bé');
	});

	it('applies to every usage error, which often quotes a path or a config snippet', () => {
		expect(new UsageError('cannot read /tmp/x\u001b]52;c;aGk=\u0007').message).toBe('cannot read /tmp/x\\x1b]52;c;aGk=\\x07');
	});
});
