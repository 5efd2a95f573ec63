import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {checkUtf8, decodeBytes, decodeMixed, readFileBytes} from '../../src/corpus/read.js';

const ok = (r: ReturnType<typeof decodeBytes>) => {
	if ('skipped' in r) throw new Error(`skipped: ${r.skipped}`);
	return r;
};
const skipped = (r: ReturnType<typeof decodeBytes>) => ('skipped' in r ? r.skipped : `loaded: ${JSON.stringify(r.text.slice(0, 40))}`);

const SENTENCE = 'The Veltmoor council said the bridge would reopen in spring. ';

describe('decodeBytes', () => {
	it('decodes UTF-8 and drops its byte-order mark', () => {
		const r = ok(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zoë said “yes”.')])));
		expect(r.text).toBe('Zoë said “yes”.');
		expect(r.warnings).toEqual([]);
	});

	it('skips empty and whitespace-only files', () => {
		expect(skipped(decodeBytes(Buffer.alloc(0)))).toMatch(/empty/);
		expect(skipped(decodeBytes(Buffer.from(' \n\t\r\n\u00a0 ')))).toMatch(/whitespace/);
	});

	it('skips binary content', () => {
		const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR text-like rest of the file')]);
		expect(skipped(decodeBytes(png))).toMatch(/binary/);
		expect(skipped(decodeBytes(Buffer.concat([Buffer.from('title\n'), Buffer.alloc(500)])))).toMatch(/binary/);
		expect(skipped(decodeBytes(Buffer.from(Array.from({length: 400}, (_, i) => (i % 3 === 0 ? 1 : 65)))))).toMatch(/binary/);
	});

	it('removes a stray NUL from real text with a warning', () => {
		const r = ok(decodeBytes(Buffer.from(SENTENCE.repeat(20) + '\u0000' + SENTENCE)));
		expect(r.text).not.toContain('\u0000');
		expect(r.warnings.join()).toMatch(/NUL/);
	});

	it('decodes UTF-16 with a byte-order mark', () => {
		const text = 'Ünal said: “قال”';
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const be = Buffer.from(le);
		be.swap16();
		expect(ok(decodeBytes(le)).text).toBe(text);
		expect(ok(decodeBytes(le)).warnings.join()).toMatch(/UTF-16LE/);
		expect(ok(decodeBytes(be)).text).toBe(text);
		expect(ok(decodeBytes(be)).warnings.join()).toMatch(/UTF-16BE/);
	});

	it('detects UTF-16 without a byte-order mark from its zero bytes', () => {
		const le = Buffer.from(SENTENCE.repeat(3), 'utf16le');
		const r = ok(decodeBytes(le));
		expect(r.text).toBe(SENTENCE.repeat(3));
		expect(r.warnings.join()).toMatch(/UTF-16LE.*no byte-order mark/);
		const be = Buffer.from(le);
		be.swap16();
		expect(ok(decodeBytes(be)).text).toBe(SENTENCE.repeat(3));
	});

	it('drops the odd last byte of UTF-16 with a warning', () => {
		const r = ok(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le'), Buffer.from([0x41])])));
		expect(r.text).toBe('abc');
		expect(r.warnings.join()).toMatch(/odd number of bytes/);
	});

	it('keeps UTF-8 with a few bad bytes as UTF-8, reading only the bad bytes as Windows-1252', () => {
		const latinFragment = Buffer.from('Zürich', 'latin1');
		const buf = Buffer.concat([Buffer.from('Café Élan: '), latinFragment, Buffer.from(' – ok '), Buffer.from([0xe2, 0x80]), Buffer.from(' end')]);
		const r = ok(decodeBytes(buf));
		expect(r.text).toBe('Café Élan: Zürich – ok â€ end');
		expect(r.warnings).toEqual(['not valid UTF-8: 2 invalid byte sequence(s) read as Windows-1252']);
	});

	it('decodes legacy single-byte text as Windows-1252', () => {
		const buf = Buffer.from('Zürich façade costs 5 000 X, said the mayor.', 'latin1');
		buf[buf.indexOf('X')] = 0x80; // € in Windows-1252
		const r = ok(decodeBytes(buf));
		expect(r.text).toBe('Zürich façade costs 5 000 €, said the mayor.');
		expect(r.warnings.join()).toMatch(/Windows-1252/);
		const quotes = Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0x85]); // “hi” – … in Windows-1252
		expect(ok(decodeBytes(quotes)).text).toBe('“hi” – …');
	});

	it('inflates gzip, by name or by magic number', () => {
		const gz = gzipSync(Buffer.from(SENTENCE));
		expect(ok(decodeBytes(gz, {gzip: true})).text).toBe(SENTENCE);
		expect(ok(decodeBytes(gz)).text).toBe(SENTENCE);
	});

	it('keeps what a truncated gzip holds, with a warning', () => {
		let seed = 1;
		const noise = () => Array.from({length: 2000}, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join('');
		const lines = Array.from({length: 5}, (_, i) => `line ${i} ${noise()}`).join('\n');
		const gz = gzipSync(Buffer.from(lines));
		const r = ok(decodeBytes(gz.subarray(0, Math.floor(gz.length * 0.6)), {gzip: true}));
		expect(lines.startsWith(r.text)).toBe(true);
		expect(r.text.length).toBeGreaterThan(2000);
		expect(r.warnings.join()).toMatch(/truncated or corrupt gzip/);
	});

	it('skips a gzip with nothing readable and a .gz that is not gzip', () => {
		const gz = gzipSync(Buffer.from(SENTENCE));
		expect(skipped(decodeBytes(gz.subarray(0, 10), {gzip: true}))).toMatch(/truncated or corrupt gzip with no readable data/);
		expect(skipped(decodeBytes(Buffer.from('plain text'), {gzip: true}))).toMatch(/not a gzip file/);
	});

	it('enforces the size limit after inflating', () => {
		const bomb = gzipSync(Buffer.alloc(1_000_000, 0x41));
		expect(bomb.length).toBeLessThan(10_000);
		expect(skipped(decodeBytes(bomb, {maxBytes: 100_000}))).toMatch(/decompressed size over the limit of 97.7 KB/);
		expect(skipped(decodeBytes(Buffer.alloc(2000, 0x41), {maxBytes: 1000}))).toMatch(/over the limit/);
	});

	it('never throws on arbitrary bytes and never returns NUL or an empty text', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 300}), fc.boolean(), (bytes, gzip) => {
				const r = decodeBytes(Buffer.from(bytes), {gzip, maxBytes: 200});
				if ('skipped' in r) expect(r.skipped.length).toBeGreaterThan(0);
				else {
					expect(r.text).not.toContain('\u0000');
					expect(r.text.trim().length).toBeGreaterThan(0);
				}
			}),
			{numRuns: 3000},
		);
	});

	it('never throws on gzip streams cut anywhere', () => {
		const gz = gzipSync(Buffer.from(SENTENCE.repeat(50)));
		fc.assert(
			fc.property(fc.integer({min: 0, max: gz.length}), fc.integer({min: 0, max: gz.length}), fc.integer({min: 0, max: 255}), (cut, at, byte) => {
				const buf = Buffer.from(gz.subarray(0, cut));
				if (at < buf.length) buf[at] = byte;
				const r = decodeBytes(buf, {gzip: true});
				// Cut but not corrupted: whatever inflates is the start of the original.
				if (!('skipped' in r) && at >= cut) expect(SENTENCE.repeat(50).startsWith(r.text)).toBe(true);
			}),
			{numRuns: 2000},
		);
	});
});

describe('checkUtf8', () => {
	it('counts good multi-byte sequences and broken ones', () => {
		expect(checkUtf8(Buffer.from('aé€😀'))).toEqual({multibyte: 3, invalid: 0});
		expect(checkUtf8(Buffer.from([0xc0, 0xaf]))).toEqual({multibyte: 0, invalid: 1}); // overlong
		expect(checkUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({multibyte: 0, invalid: 1}); // surrogate
		expect(checkUtf8(Buffer.from([0xe2, 0x82]))).toEqual({multibyte: 0, invalid: 1}); // cut off at the end
		expect(checkUtf8(Buffer.from([0xfc, 0x41]))).toEqual({multibyte: 0, invalid: 1});
	});
	it('decodes valid UTF-8 exactly as the WHATWG decoder does', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 40}), s => {
				expect(decodeMixed(Buffer.from(s))).toBe(s);
			}),
			{numRuns: 3000},
		);
	});
	it('agrees with the WHATWG decoder on validity', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 40}), bytes => {
				let valid = true;
				try {
					new TextDecoder('utf-8', {fatal: true}).decode(bytes);
				} catch {
					valid = false;
				}
				expect(checkUtf8(bytes).invalid === 0).toBe(valid);
			}),
			{numRuns: 5000},
		);
	});
});

describe('readFileBytes', () => {
	const dir = mkdtempSync(join(tmpdir(), 'presslens-read-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('reads a file within the limit', async () => {
		writeFileSync(join(dir, 'a.txt'), 'hello');
		expect(await readFileBytes(join(dir, 'a.txt'), 10)).toEqual({bytes: Buffer.from('hello')});
	});
	it('skips a file over the limit without reading it', async () => {
		writeFileSync(join(dir, 'big.txt'), 'x'.repeat(11));
		expect(await readFileBytes(join(dir, 'big.txt'), 10)).toEqual({skipped: expect.stringMatching(/size 11 B over the limit of 10 B/)});
	});
	it('reports a file that vanished', async () => {
		expect(await readFileBytes(join(dir, 'gone.txt'), 10)).toEqual({skipped: expect.stringMatching(/vanished/)});
	});
	it('skips a folder', async () => {
		mkdirSync(join(dir, 'sub.txt'));
		expect(await readFileBytes(join(dir, 'sub.txt'), 10)).toEqual({skipped: 'not a regular file (folder)'});
	});
	it('never blocks on a named pipe', async () => {
		execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
		expect(await readFileBytes(join(dir, 'pipe.txt'), 10)).toEqual({skipped: 'not a regular file (named pipe)'});
	});
});
