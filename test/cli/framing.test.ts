// `presslens framing`: the JSON contract on the bundled corpus, the entity chosen by name, alias
// or id, and clear errors when the name matches nothing or several entities.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, test} from 'vitest';
import {readLabels} from '../../src/analysis/framing/labels.js';
import type {Entity} from '../../src/analysis/types.js';
import {findEntity} from '../../src/commands/framing.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {SHARED, runCli} from '../helpers.js';

interface Framing {
	entity: string;
	by: string;
	rows: {outlet: string | null; articles: number; labels: Record<string, number>; attributed?: Record<string, Record<string, number>>}[];
	evidence: {label: string; article: string; outlet: string | null; text: string; phrase: string; by: string | null}[];
}

function framing(args: string[]): Framing {
	const {status, stdout, stderr} = runCli(['framing', ...args, '--json']);
	expect(stderr).toBe('');
	expect(status).toBe(0);
	return JSON.parse(stdout) as Framing;
}

describe('presslens framing on data/', () => {
	it('follows the contract: rows by outlet with counts, evidence sentences behind them', () => {
		const out = framing(['al-Nujaba', 'data']);
		expect(out.entity).toBe('al-nujaba');
		expect(out.by).toBe('outlet');
		for (const row of out.rows) {
			expect(Object.keys(row)).toEqual(expect.arrayContaining(['outlet', 'articles', 'labels']));
			// Each count is the number of evidence items of that row and label.
			for (const [label, n] of Object.entries(row.labels)) expect(out.evidence.filter((e) => e.outlet === row.outlet && e.label === label && e.by === null)).toHaveLength(n);
		}
		// The evidence is the sentence the label was read in.
		for (const e of out.evidence) expect(e.text).toContain(e.phrase);
		// The body says the United States designates it a terrorist group: counted for the US, not the outlet.
		const sputnik = out.rows.find((r) => r.outlet === 'Sputnik International')!;
		expect(sputnik.labels.terrorist).toBeUndefined();
		expect(Object.keys(sputnik.attributed ?? {})).toContain('United States');
	});

	it('finds the entity by an alias or its id, case ignored', () => {
		expect(framing(['nujaba', 'data']).entity).toBe('al-nujaba');
		expect(framing(['nasr-al-shammari', 'data']).entity).toBe('nasr-al-shammari');
	});

	it('prints a Markdown table', () => {
		const {status, stdout} = runCli(['framing', 'al-Nujaba', 'data', '--format', 'markdown']);
		expect(status).toBe(0);
		expect(stdout).toMatch(/^# Framing of al-Nujaba by outlet/);
		expect(stdout).toMatch(/\| outlet \| articles \|/);
		expect(stdout).toContain('| Sputnik International | 2 |');
	});

	it('says so when the entity is not there, or when --by is unknown', () => {
		const missing = runCli(['framing', 'Nobody Atall', 'data']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(/^presslens: no entity "Nobody Atall" in data/);
		const by = runCli(['framing', 'al-Nujaba', 'data', '--by', 'planet']);
		expect(by.status).toBe(2);
		expect(by.stderr).toMatch(/^presslens: .*planet/);
	});

	// The hand annotation's descriptors of al-Nujaba, by outlet: each outlet's row holds labels those
	// descriptors give, holds no label that is not one of their words, and holds a label the outlet's
	// descriptors give and no other outlet's do (militia for Sputnik, anti-terror for Al-Ahed).
	const gold = join(SHARED, 'gold', 'seeds.gold.json');
	test.skipIf(!existsSync(gold))(`the rows match the gold descriptors (skipped when ${gold} is absent)`, () => {
		const annotation = JSON.parse(readFileSync(gold, 'utf8')) as {
			documents: {file: string; outlet_accept: string[]}[];
			entities: {id: string; aliases: string[]; descriptors: Record<string, string[]>}[];
		};
		const entity = annotation.entities.find((e) => e.id === 'al-nujaba')!;
		const out = framing(['al-Nujaba', 'data']);
		const rowOf = (doc: {outlet_accept: string[]}) => out.rows.find((r) => doc.outlet_accept.some((p) => new RegExp(p, 'i').test(r.outlet ?? '')));
		// Gold labels per row, read by the same reading of a phrase; and every word of the gold phrases.
		const goldLabels = new Map<string, Set<string>>();
		const goldWords = new Map<string, string>();
		for (const doc of annotation.documents) {
			const row = rowOf(doc);
			const phrases = entity.descriptors[doc.file] ?? [];
			if (!row || phrases.length === 0) continue;
			const key = row.outlet ?? '';
			const labels = goldLabels.get(key) ?? new Set<string>();
			for (const p of phrases) for (const l of readLabels(p, {names: entity.aliases, organisation: true}).labels) labels.add(l);
			goldLabels.set(key, labels);
			goldWords.set(key, `${goldWords.get(key) ?? ''} ${phrases.join(' ')}`.toLowerCase().replace(/[’']/g, ''));
		}
		expect(goldLabels.size).toBeGreaterThanOrEqual(3);
		let found = 0;
		let all = 0;
		for (const [key, labels] of goldLabels) {
			const row = out.rows.find((r) => (r.outlet ?? '') === key)!;
			const ours = Object.keys(row.labels);
			expect(ours.filter((l) => labels.has(l)).length, `${key}: ${ours.join(', ')} against ${[...labels].join(', ')}`).toBeGreaterThan(0);
			for (const l of ours) expect(goldWords.get(key), `${key}: "${l}" is not a word of its gold descriptors`).toContain(l.toLowerCase().replace(/[’']/g, ''));
			const others = new Set([...goldLabels].filter(([k]) => k !== key).flatMap(([, s]) => [...s]));
			const distinct = [...labels].filter((l) => !others.has(l));
			if (distinct.length > 0) expect(ours.some((l) => distinct.includes(l)), `${key}: none of ${distinct.join(', ')}`).toBe(true);
			found += distinct.filter((l) => ours.includes(l)).length;
			all += distinct.length;
		}
		// Half the labels that set one outlet apart in the gold are in its row: the words of its
		// references back to the entity ("the resistance group's readiness") too, not only of appositions.
		expect(found / all, `${found} of ${all} distinctive gold labels`).toBeGreaterThanOrEqual(0.5);
	});
});

describe('findEntity', () => {
	const entity = (id: string, name: string, aliases: string[]): Entity => ({id, type: 'person', name, aliases, mentions: {}, spans: [], descriptors: []});
	const index = {
		name: 'corpus',
		roots: ['corpus'],
		articles: [],
		warnings: [],
		statements: [],
		entities: [entity('ana-velo', 'Ana Velo', ['Ana Velo', 'Velo']), entity('rui-velo', 'Rui Velo', ['Rui Velo', 'Velo']), entity('zé-mar', 'Zé Mar', ['Zé Mar'])],
	} as CorpusIndex;

	it('takes an id, a name or a unique alias, accents and case ignored', () => {
		expect(findEntity(index, 'rui-velo').id).toBe('rui-velo');
		expect(findEntity(index, 'ana velo').id).toBe('ana-velo');
		expect(findEntity(index, 'ze mar').id).toBe('zé-mar');
	});

	it('refuses an alias several entities share, naming them', () => {
		expect(() => findEntity(index, 'Velo')).toThrow(/"Velo" names 2 entities: ana-velo \(Ana Velo, person\), rui-velo/);
		expect(() => findEntity(index, 'Nobody')).toThrow(/no entity "Nobody" in corpus/);
	});
});
