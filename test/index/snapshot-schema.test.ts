// Every record the real pipeline makes is described by the saved index's schema: a field added to
// an article, entity, statement or rendering without its line in snapshot-schema.ts fails here
// (it would otherwise be stored, slowly and at length, as JSON).
import {describe, expect, it} from 'vitest';
import {openIndex} from '../../src/index/open.js';
import {recordsStoredAsJson} from '../../src/index/snapshot-schema.js';
import {ROOT} from '../helpers.js';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Entity} from '../../src/analysis/types.js';
import {readSnapshot, writeSnapshot} from '../../src/index/snapshot.js';

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

	it('packs an optional field whether an entity has it or not, and reads it back only where it was', async () => {
		const index = await openIndex([join(ROOT, 'data')], {threads: 0});
		const entities = index.entities.map(({ambiguous: _, ...e}) => e as Entity);
		entities[1] = {...entities[1], ambiguous: [entities[0].id, 'someone-else']};
		expect(recordsStoredAsJson({...index, entities})).toEqual({});
		const path = join(mkdtempSync(join(tmpdir(), 'presslens-schema-')), 'x.idx');
		writeSnapshot(path, 'print', {...index, entities}, 'v');
		const back = readSnapshot(path, 'print', {}, 'v')!.entities;
		expect(back[1].ambiguous).toEqual([entities[0].id, 'someone-else']);
		expect('ambiguous' in back[0]).toBe(false);
		expect(Object.keys(back[1])).toEqual(Object.keys(entities[1]));
	});
});
