// The idle preparation builds what a user meets first, first: the first pane's search, then the
// lookups and cards, the other searches, the article marks, and last the largest search.
import {describe, expect, it} from 'vitest';
import {STEP} from '../../src/tui/idle.js';
import {Model} from '../../src/tui/model/model.js';
import {preparation} from '../../src/tui/model/preparation.js';
import {join} from 'node:path';
import {filed} from '../../src/analysis/framing/anaphora.js';
import {readSnapshot, writeSnapshot} from '../../src/index/snapshot.js';
import {makeCorpus, removeCorpus} from '../helpers.js';
import {sampleIndex} from './fixtures.js';

describe('preparation', () => {
	it('runs in the order a user meets what it builds', () => {
		const model = new Model(sampleIndex());
		const built = (pane: string) => model.panes.search(pane).step(0);
		const events: string[] = [];
		const note = (what: string, done: boolean) => {
			if (done && !events.includes(what)) events.push(what);
		};
		const jobs = preparation(model);
		while (jobs.length > 0) {
			if (jobs[0].step(STEP)) jobs.shift();
			for (const pane of ['articles', 'entities', 'statements']) note(`${pane} search`, built(pane));
			note('article marks', model.lookups.linksReady);
		}
		expect(events).toEqual(['articles search', 'entities search', 'article marks', 'statements search']);
	});

	it('lists the first screens’ entities’ articles with their counts, before a card asks', () => {
		const index = sampleIndex();
		const model = new Model(index);
		const [entity] = index.entities;
		const listed = Object.keys(entity.mentions).length;
		expect(listed).toBeGreaterThan(0);
		model.lookups.jobs.firstCounts.finish();
		// Made by the job: the list stands for the mentions as they were then.
		entity.mentions = {};
		expect(model.lookups.entityArticles(entity)).toHaveLength(listed);
		expect(new Model(index).lookups.entityArticles(entity)).toHaveLength(0);
	});

	it('leaves a lookup a key needs to be finished by that key', () => {
		const index = sampleIndex();
		const model = new Model(index);
		// Nothing prepared: the entity's statements are gathered on the spot, in full.
		expect(model.lookups.entityStatements(index.entities[0]).map((s) => s.id)).toEqual(['s1', 's2']);
		expect(model.lookups.entityById.get(index.entities[1].id)).toBe(index.entities[1]);
	});
});

describe('framing preparation', () => {
	it('makes the first entities’ tables a piece at a time, and a table asked for meanwhile is the same', () => {
		const index = sampleIndex();
		const model = new Model(index);
		const first = index.entities.slice(0, 2);
		const job = model.framing.prepare(() => first);
		let steps = 0;
		while (!job.step(1)) steps++;
		expect(steps).toBeGreaterThan(1);
		for (const e of first) expect(model.framing.has(e)).toBe(true);
		const fresh = new Model(index);
		for (const e of first) expect(model.framing.of(e).rows).toEqual(fresh.framing.of(e).rows);
	});

	it('files organisations’ mentions and makes a saved index’s spans a few at a time, to the same tables', () => {
		const dir = makeCorpus({});
		try {
			const index = sampleIndex();
			// An organisation named many times (more than there are entities).
			const organisation = index.entities.find((e) => filed(e) && e.spans.length > 0)!;
			organisation.spans = Array.from({length: 40}, () => organisation.spans).flat();
			const path = join(dir, 'sample.idx');
			writeSnapshot(path, 'print', index, 'version');
			const saved = readSnapshot(path, 'print', {}, 'version')!;
			const model = new Model(saved);
			saved.readAhead?.finish();
			// A mention filed per step: no entity's mentions all at once, however many it has.
			let filing = 1;
			while (!model.framing.job.step(1)) filing++;
			const mentions = index.entities.filter(filed).map((e) => e.spans.length);
			expect(Math.max(...mentions)).toBeGreaterThan(index.entities.length);
			expect(filing).toBeGreaterThanOrEqual(mentions.reduce((a, b) => a + b, 0));
			const first = saved.entities.slice(0, 2);
			const job = model.framing.prepare(() => first);
			let steps = 0;
			while (!job.step(1)) steps++;
			expect(steps).toBeGreaterThan(first.reduce((n, e) => n + e.spans.length, 0));
			const fresh = new Model(index);
			for (const e of first) expect(model.framing.of(e).rows).toEqual(fresh.framing.of(index.entities.find((x) => x.id === e.id)!).rows);
		} finally {
			removeCorpus(dir);
		}
	});

	it('finishes a table begun in idle turns when its card opens', () => {
		const index = sampleIndex();
		const model = new Model(index);
		const entity = index.entities[0];
		const job = model.framing.prepare(() => [entity]);
		job.step(1);
		job.step(1);
		const table = model.framing.of(entity);
		expect(table.rows).toEqual(new Model(index).framing.of(entity).rows);
		expect(job.step(1)).toBe(true);
	});
});
