import {describe, expect, it} from 'vitest';
import {analyzeArticle} from '../../src/analysis/article.js';
import {extractQuotes} from '../../src/analysis/quotes.js';
import {linkStatements} from '../../src/analysis/statements.js';
import {candidatePairs} from '../../src/analysis/linking/candidates.js';
import type {Article} from '../../src/corpus/types.js';
import type {Statement} from '../../src/analysis/types.js';
import {article, noMentions} from './statements-helpers.js';

function link(articles: Article[]): Statement[] {
	const analyses = articles.map(a => ({article: a.id, mentions: noMentions, quotes: extractQuotes(a, noMentions)}));
	return linkStatements(articles, analyses, []);
}

function linked(statements: Statement[]): Statement[] {
	return statements.filter(s => new Set(s.renderings.map(r => r.article)).size > 1);
}

const gazette = article(
	'gazette',
	'Union leader Maro Kessel spoke on Monday.\n\n' +
		'“The deadline for an agreement is nearing, and it must be respected. The crews will never again accept the conditions of 2015. The union is stronger than ever,” Kessel warned.\n\n' +
		'“We have asked the owners to raise wages for all the crews,” he said.',
	'Harbour Gazette',
	'2024-03-04',
);
const courier = article(
	'courier',
	'Dockers’ spokesman Maro Kessel addressed the crowd.\n\n' +
		'“The deadline for an agreement is winding up, and it must be respected. The crews will never accept again the conditions of 2015. The union is stronger than ever,” Kessel pointed out.\n\n' +
		'“The owners are hiding behind the shipping crisis to avoid paying the crews,” Kessel added.',
	'Coast Courier',
	'2024-03-04',
);

describe('linkStatements', () => {
	it('links a translation that differs in a few words, as one whole quotation', () => {
		const s = linked(link([gazette, courier]));
		expect(s).toHaveLength(1);
		const a = s[0].renderings.find(r => r.article === 'gazette')!;
		const b = s[0].renderings.find(r => r.article === 'courier')!;
		expect(a.text.startsWith('The deadline for an agreement is nearing')).toBe(true);
		expect(a.text.endsWith('stronger than ever,')).toBe(true);
		expect(b.text.startsWith('The deadline for an agreement is winding up')).toBe(true);
		expect(s[0].speakerName).toBe('Kessel');
		expect(s[0].outlets).toBe(2);
		expect(new Set(s[0].renderings.map(r => r.verb))).toEqual(new Set(['warned', 'pointed out']));
	});

	it('keeps a near miss apart: same speaker and topic, a different utterance', () => {
		const s = link([gazette, courier]);
		const wages = s.find(x => x.renderings.some(r => r.text.includes('raise wages')))!;
		expect(wages.renderings).toHaveLength(1);
	});

	it('keeps identical words from two different named people apart unless verbatim and long', () => {
		const a = article('a', '“We will rebuild the bridge before winter,” said Ilse Varga.', 'A', '2024-01-01');
		const b = article('b', '“We will rebuild the road before winter,” said Tomas Brandt.', 'B', '2024-01-01');
		const pa = {...analyzeArticle(a), quotes: extractQuotes(a, noMentions)};
		const pb = {...analyzeArticle(b), quotes: extractQuotes(b, noMentions)};
		pa.quotes[0].speakerKind = 'person';
		pb.quotes[0].speakerKind = 'person';
		expect(linked(linkStatements([a, b], [pa, pb], []))).toHaveLength(0);
	});

	it('outputs single renderings too, with exact offsets', () => {
		const s = link([gazette, courier]);
		expect(s.length).toBeGreaterThan(1);
		const bodies = new Map([gazette, courier].map(a => [a.id, a.body]));
		for (const st of s) for (const r of st.renderings) expect(bodies.get(r.article)!.slice(r.start, r.end)).toBe(r.text);
	});

	it('gives ids that do not depend on input order', () => {
		const one = link([gazette, courier]).map(s => s.id).sort();
		const two = link([courier, gazette]).map(s => s.id).sort();
		expect(one).toEqual(two);
	});

	it('maps the speaker to an entity id through its aliases', () => {
		const analyses = [gazette, courier].map(a => ({article: a.id, mentions: noMentions, quotes: extractQuotes(a, noMentions)}));
		const entity = {
			id: 'maro-kessel',
			type: 'person' as const,
			name: 'Maro Kessel',
			aliases: ['Maro Kessel', 'Kessel'],
			mentions: {gazette: 2, courier: 3},
			spans: [],
			descriptors: [{article: 'courier', outlet: 'Coast Courier', text: 'Dockers’ spokesman', kind: 'premodifier' as const}],
		};
		const s = linked(linkStatements([gazette, courier], analyses, [entity]));
		expect(s[0].speaker).toBe('maro-kessel');
		expect(s[0].renderings.every(r => r.speaker === 'maro-kessel')).toBe(true);
		expect(s[0].renderings.find(r => r.article === 'courier')!.speakerLabel).toBe('Dockers’ spokesman');
	});

	it('links reworded text when the speakers agree, not when two named people differ', () => {
		const a = article('a', 'Ilse Varga said the levy would remain a burden for farmers.', 'A', '2024-05-02');
		const b = article('b', 'Varga stressed that the levy will continue to weigh on farmers like a burden.', 'B', '2024-05-02');
		const c = article('c', 'Tomas Brandt stressed that the levy will continue to weigh on farmers like a burden.', 'C', '2024-05-02');
		expect(linked(link([a, b]))).toHaveLength(1);
		expect(linked(link([a, c]))).toHaveLength(0);
	});
});

describe('candidatePairs', () => {
	it('pairs only units that share a key, never two of one article', () => {
		const pairs = candidatePairs([
			{index: 0, article: 0, keys: [1, 2]},
			{index: 1, article: 1, keys: [2]},
			{index: 2, article: 2, keys: [3]},
			{index: 3, article: 0, keys: [1]},
		]);
		expect(pairs).toEqual([[0, 1]]);
	});

	it('drops keys too common to mean anything', () => {
		const units = Array.from({length: 10}, (_, i) => ({index: i, article: i, keys: [-7]}));
		expect(candidatePairs(units, {maxBucket: 5})).toEqual([]);
	});
});

describe('linkStatements: order', () => {
	it('lists statements reported by the most outlets first, then those in the most articles', () => {
		const statements = link([gazette, courier]);
		expect(statements.length).toBeGreaterThan(2);
		for (let i = 1; i < statements.length; i++) {
			const [a, b] = [statements[i - 1], statements[i]];
			expect(a.outlets > b.outlets || (a.outlets === b.outlets && a.renderings.length >= b.renderings.length)).toBe(true);
		}
		expect(statements[0].outlets).toBe(2);
	});
});
