// Entity spans kept as numbers and analyses sharing repeated values: both must read back exactly
// what went in.
import {describe, expect, it} from 'vitest';
import {AnalysisInterner, type ArticleAnalysis} from '../../src/analysis/article.js';
import {SpanList} from '../../src/analysis/entities/spans.js';

describe('SpanList', () => {
	const list = () => {
		const spans = new SpanList();
		spans.add(1, {start: 4, end: 9, field: 'body', text: 'Okafo'});
		spans.add(0, {start: 0, end: 6, field: 'title', text: 'Okafor'});
		return spans;
	};

	it('reads back every span with its article id, and prints it in JSON', () => {
		const entity = list().attach({id: 'okafor', type: 'person', name: 'Okafor', aliases: ['Okafor'], mentions: {a: 1, b: 1}, spans: [], descriptors: []}, ['a', 'b']);
		const expected = [
			{article: 'b', start: 4, end: 9, field: 'body', text: 'Okafo'},
			{article: 'a', start: 0, end: 6, field: 'title', text: 'Okafor'},
		];
		expect(entity.spans).toEqual(expected);
		expect(JSON.parse(JSON.stringify(entity)).spans).toEqual(expected);
		expect({...entity}.spans).toEqual(expected);
		expect(Object.keys(entity)).toEqual(['id', 'type', 'name', 'aliases', 'mentions', 'spans', 'descriptors']);
	});

	it('gives way to spans set later', () => {
		const entity = list().attach({id: 'x', type: 'person', name: 'X', aliases: [], mentions: {}, spans: [], descriptors: []}, ['a', 'b']);
		entity.spans = [];
		expect(entity.spans).toEqual([]);
	});
});

describe('AnalysisInterner', () => {
	const analysis = (): ArticleAnalysis => ({
		article: 'a',
		mentions: {
			mentions: [{name: 'Mara Okafor', type: 'person', field: 'body', start: 0, end: 11, text: 'Mara Okafor', votes: {person: 2}}],
			aliasPairs: [['Harbour Union', 'HU']],
			descriptors: [{name: 'Mara Okafor', text: 'a union spokeswoman', kind: 'appositive'}],
		},
		quotes: [{text: 'We will not go back.', start: 20, end: 40, kind: 'direct', verb: 'said', speakerName: 'Mara Okafor', speakerLabel: null}],
	});

	it('changes no value, and equal vote tables become one', () => {
		const interner = new AnalysisInterner();
		const first = interner.share(analysis());
		const second = interner.share(analysis());
		expect(first).toEqual(analysis());
		expect(second).toEqual(analysis());
		expect(second.mentions.mentions[0].votes).toBe(first.mentions.mentions[0].votes);
	});
});
