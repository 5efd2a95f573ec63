// Every record the real pipeline makes is described by the saved index's schema: a field added to
// an article, entity, statement or rendering without its line in snapshot-schema.ts fails here
// (it would otherwise be stored, slowly and at length, as JSON).
import {describe, expect, it} from 'vitest';
import {openIndex} from '../../src/index/open.js';
import {recordsStoredAsJson} from '../../src/index/snapshot-schema.js';
import {ROOT} from '../helpers.js';
import {join} from 'node:path';

describe('saved index schema', () => {
	it('packs every record of a real index (the bundled corpus) without falling back to JSON', async () => {
		const index = await openIndex([join(ROOT, 'data')], {threads: 0});
		expect(index.entities.length).toBeGreaterThan(0);
		expect(index.statements.some((s) => s.renderings.length > 1)).toBe(true);
		expect(recordsStoredAsJson(index)).toEqual({});
	});

	it('notices a record with a field the schema does not know', async () => {
		const index = await openIndex([join(ROOT, 'data')], {threads: 0});
		const [first, ...rest] = index.statements;
		expect(recordsStoredAsJson({...index, statements: [{...first, confidence: 0.5} as typeof first, ...rest]})).toEqual({statement: 1});
	});
});
