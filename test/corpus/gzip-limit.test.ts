// The size limit handed to gunzip: a limit of 4 GB or more (over Node's largest Buffer) must not make
// every .gz look "too large", and only real overflow is reported as such.
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {decodeBytes} from '../../src/corpus/read.js';

const text = 'The ferry to Olmsby runs again on Monday, the harbour office said.\n';

describe('gzip and the size limit', () => {
	it.each([4 * 1024 ** 3, 4 * 1024 ** 3 + 1, 10 * 1024 ** 3])('reads a small .gz under a limit of %d bytes', (maxBytes) => {
		expect(decodeBytes(gzipSync(text), {gzip: true, maxBytes})).toEqual({text, warnings: []});
	});

	it('skips a .gz that inflates past the limit as too large', () => {
		const out = decodeBytes(gzipSync(text.repeat(100)), {gzip: true, maxBytes: 1000});
		expect(out).toEqual({skipped: expect.stringMatching(/decompressed size over the limit/)});
	});
});
