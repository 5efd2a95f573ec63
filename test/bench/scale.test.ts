import {describe, expect, it} from 'vitest';
import {scaleRecord} from '../../bench/generate.js';

const record = {
	id: 'a1',
	url: 'https://news.example/2024/05/02/levy',
	date: '2024-05-02',
	title: 'Minister says the levy plan is delayed',
	content: Array.from({length: 60}, (_, i) => `Ilse Varga said the new plan was delayed again and the vote is costly, paragraph ${i}.`).join('\n\n'),
	source: 'The Harbor Ledger',
};

describe('scaleRecord (bench --scale)', () => {
	it('keeps the record as it is for copy 0', () => {
		expect(scaleRecord(record, 0)).toBe(record);
	});

	it('gives each copy ids and links of its own and a later date, keeping the outlet', () => {
		const one = scaleRecord(record, 1);
		const two = scaleRecord(record, 2);
		expect(new Set([record.id, one.id, two.id]).size).toBe(3);
		expect(new Set([record.url, one.url, two.url]).size).toBe(3);
		expect(one.date).toBe('2024-05-05');
		expect(two.date).toBe('2024-05-08');
		expect(one.source).toBe(record.source);
	});

	it('changes a few words of the text, the same way every time', () => {
		const one = scaleRecord(record, 1);
		expect(scaleRecord(record, 1)).toEqual(one);
		const before = record.content.split(' ');
		const after = (one.content as string).split(' ');
		const changed = before.filter((w, i) => w !== after[i]).length;
		expect(changed).toBeGreaterThan(0);
		// Light changes: most of the words stay.
		expect(changed).toBeLessThan(before.length / 10);
		expect(scaleRecord(record, 2).content).not.toBe(one.content);
	});
});
