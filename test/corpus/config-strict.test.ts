// presslens.json is validated strictly, and nothing in it can hang or crash the load.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadConfig, parseConfig} from '../../src/corpus/config.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {patternRisk} from '../../src/corpus/pattern.js';
import {UsageError} from '../../src/corpus/walk.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const parse = (json: unknown) => () => parseConfig(json, 'presslens.json');
const signature = (pattern: string, extra: Record<string, unknown> = {}) => ({outlets: {signatures: [{pattern, outlet: 'Veltmoor Courier', ...extra}]}});

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) removeCorpus(dir);
	dirs = [];
});

describe('unknown keys', () => {
	it('are errors inside outlets and inside a signature, not only at the top', () => {
		expect(parse({outlets: {domain: {'a.example': 'A'}}})).toThrow(/unknown key "outlets\.domain"/);
		expect(parse(signature('^By Staff$', {flags: 'i'}))).toThrow(/unknown key "outlets\.signatures\[0\]\.flags"/);
		expect(parse(signature('^By Staff$'))).not.toThrow();
	});
});

describe('catastrophic signature patterns', () => {
	it('are refused with a config error naming the pattern', () => {
		for (const pattern of ['^(a+)+$', '(a*)*b', '^(\\w+\\s?)+$', '(a|ab)*c', '(?:x|y)+z', '^(a?){5,}$', '(a)\\1', '(?<w>a)\\k<w>', '.*.*.*.*x']) {
			expect(parse(signature(pattern)), pattern).toThrow(UsageError);
			expect(parse(signature(pattern)), pattern).toThrow(/outlets\.signatures\[0\]\.pattern is refused/);
		}
	});

	it('lets ordinary signature patterns through', () => {
		for (const pattern of ['^By Staff, Agencies$', '^© \\d{4} ([A-Z][\\p{L} ]+)$', '^(?:Copyright|©)\\s*(\\d{4})?\\s+(.+)$', '^Support (\\w+)$', '^(\\d{4}-\\d{2})+$', '[(|)*+]', '^\\(c\\) Foo$']) {
			expect(patternRisk(pattern), pattern).toBeNull();
			expect(parse(signature(pattern)), pattern).not.toThrow();
		}
	});

	it('never see a line longer than a signature line, so a load with one finishes', async () => {
		const dir = makeCorpus({
			'presslens.json': JSON.stringify(signature('^a+a+b$')),
			'one.txt': `title: A story\n\nThe invented harbour board met again on Tuesday, and officials said nothing new about it.\n\n${'a'.repeat(50_000)}\n`,
		});
		dirs.push(dir);
		const loaded = await loadCorpus([dir]);
		expect(loaded.articles).toHaveLength(1);
	});
});

describe('a config nested very deep', () => {
	it('is a config error, not a stack overflow', () => {
		const deep = `{"entities": {"merge": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
		const dir = makeCorpus({'presslens.json': deep});
		dirs.push(dir);
		expect(() => loadConfig(dir)).toThrow(UsageError);
		expect(() => loadConfig(dir)).toThrow(/nested more than 32 levels/);
	});
});

describe('a config saved with a byte-order mark', () => {
	it('is read', () => {
		const dir = makeCorpus({});
		dirs.push(dir);
		writeFileSync(join(dir, 'presslens.json'), `\uFEFF${JSON.stringify({outlets: {rename: {A: 'B'}}})}`);
		expect(loadConfig(dir).outletRename).toEqual({A: 'B'});
	});
});

describe('strings from the config', () => {
	it('are cleaned of escapes before they can name an outlet', () => {
		const config = parseConfig({outlets: {rename: {A: 'B\u001b[2J\u202e'}, domains: {'a.example': 'A\u009b31m'}}, files: {'*.txt': {outlet: 'C\u001b]0;x\u0007'}}}, 'presslens.json');
		expect(config.outletRename.A).toBe('B');
		expect(config.outlets.domains['a.example']).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
		expect(config.files[0].meta.outlet).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	});
});
