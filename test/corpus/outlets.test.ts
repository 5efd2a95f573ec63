import {expect, test} from 'vitest';
import {parseConfig} from '../../src/corpus/config.js';
import {defaultOutletTables, hostOf, outletFromSignatures, outletFromUrl} from '../../src/corpus/outlets.js';
import {UsageError} from '../../src/corpus/walk.js';

const tables = defaultOutletTables();

test('outlet from a known domain, its subdomains, else the domain itself', () => {
	expect(outletFromUrl('https://www.reuters.com/world/x', tables)).toBe('Reuters');
	expect(outletFromUrl('https://edition.cnn.com/x', tables)).toBe('CNN');
	expect(outletFromUrl('https://www.unknown-gazette.example/a', tables)).toBe('unknown-gazette.example');
	expect(outletFromUrl('::::', tables)).toBeNull();
	expect(hostOf('https://m.example.com/x')).toBe('example.com');
});

test('outlet from signature lines: banners, copyright', () => {
	expect(outletFromSignatures(['Click here', 'Support Harbour Times'], tables)).toBe('Harbour Times');
	expect(outletFromSignatures(['© 2022 The Valley Courier. All rights reserved.'], tables)).toBe('The Valley Courier');
	expect(outletFromSignatures(['nothing to see'], tables)).toBeNull();
});

test('user config extends the tables and declares per-file metadata', () => {
	const config = parseConfig(
		{
			outlets: {domains: {'valley.example': 'Valley Courier'}, signatures: [{pattern: '^— VC$', outlet: 'Valley Courier'}], rename: {'Harbour Times': 'The Harbour Times'}},
			files: {'scrapes/*.txt': {outlet: 'Scrape Desk', date: '2021-01-02'}, 'one.txt': {title: 'Declared'}},
			maxFileSize: '2MB',
		},
		'presslens.json',
	);
	expect(outletFromUrl('https://valley.example/a', config.outlets)).toBe('Valley Courier');
	expect(outletFromSignatures(['— VC'], config.outlets)).toBe('Valley Courier');
	expect(config.maxBytes).toBe(2 * 1024 * 1024);
	expect(config.files[0].match('scrapes/a.txt')).toBe(true);
	expect(config.files[0].match('other/a.txt')).toBe(false);
	expect(config.files[0].meta).toEqual({outlet: 'Scrape Desk', published: '2021-01-02'});
	expect(config.files[1].match('deep/folder/one.txt')).toBe(true);
});

test.each([
	[[], /JSON object/],
	[{outlet: {}}, /unknown key "outlet"/],
	[{files: {'*.txt': {colour: 'red'}}}, /unknown field "colour"/],
	[{outlets: {signatures: [{pattern: '(', outlet: 'x'}]}}, /signatures\[0\]\.pattern/],
	[{maxFileSize: 'huge'}, /size must be/],
])('invalid config %j is a clear usage error', (json, message) => {
	expect(() => parseConfig(json, 'presslens.json')).toThrow(UsageError);
	expect(() => parseConfig(json, 'presslens.json')).toThrow(message);
});
