// Linking precision on invented sentences: chains, fragments, far-apart dates, names-only overlap,
// spokesman ~ organisation.
import {describe, expect, it} from 'vitest';
import {extractQuotes} from '../../src/analysis/quotes.js';
import {linkStatements} from '../../src/analysis/statements.js';
import {clusterUnits} from '../../src/analysis/linking/cluster.js';
import {comparable, decide, evidence, type LinkContext} from '../../src/analysis/linking/similarity.js';
import {affiliated} from '../../src/analysis/linking/speakers.js';
import {Vocabulary} from '../../src/analysis/linking/tokens.js';
import type {Article} from '../../src/corpus/types.js';
import type {Entity, Statement} from '../../src/analysis/types.js';
import {article, noMentions} from './statements-helpers.js';

function link(articles: Article[], entities: Entity[] = []): Statement[] {
	const analyses = articles.map(a => ({article: a.id, mentions: noMentions, quotes: extractQuotes(a, noMentions)}));
	return linkStatements(articles, analyses, entities);
}

const linked = (s: Statement[]): Statement[] => s.filter(x => new Set(x.renderings.map(r => r.article)).size > 1);
const vocabulary = new Vocabulary();
const unit = (text: string) => comparable(text, vocabulary);
const ctx = (over: Partial<LinkContext> = {}): LinkContext => ({speaker: 'same', farApart: false, sameDays: true, ...over});
const flat = () => 0.8;

describe('cluster coherence', () => {
	it('a chain A~B~C where A and C have nothing in common does not become one statement', () => {
		// B (index 1) links to both, A and C (0 and 2) are unrelated: B may join one of them only.
		const units = [0, 1, 2].map(i => ({article: i, group: 0, part: 0}));
		const links = [
			{a: 0, b: 1, score: 0.9},
			{a: 1, b: 2, score: 0.8},
		];
		const related = new Set(['0:1', '1:2']);
		const compatible = (a: number, b: number) => related.has(`${Math.min(a, b)}:${Math.max(a, b)}`);
		expect(clusterUnits(units, links).map(c => c.length)).toEqual([3]);
		const clusters = clusterUnits(units, links, {compatible});
		expect(clusters.map(c => c.length).sort()).toEqual([1, 2]);
		expect(clusters.find(c => c.length === 2)).toEqual([0, 1]);
	});

	it('still joins clusters whose members agree with each other', () => {
		const units = [0, 1, 2, 3].map(i => ({article: i, group: 0, part: 0}));
		const links = [
			{a: 0, b: 1, score: 0.9},
			{a: 2, b: 3, score: 0.9},
			{a: 1, b: 2, score: 0.7},
		];
		expect(clusterUnits(units, links, {compatible: () => true}).map(c => c.length)).toEqual([4]);
	});

	it('keeps two statements of one prolific speaker on one story apart in a real corpus run', () => {
		const day = '2024-06-03';
		const a = article('a', 'Mayor Ilse Varga said the ferry fares will stay frozen until the harbour tunnel opens next spring.', 'A', day);
		const b = article('b', 'Varga said the ferry fares will stay frozen until the harbour tunnel opens, and that the tunnel budget is safe.', 'B', day);
		const c = article('c', 'Varga said the harbour tunnel budget is safe despite the council audit of the tunnel contractors.', 'C', day);
		const s = linked(link([a, b, c]));
		for (const st of s) {
			const arts = new Set(st.renderings.map(r => r.article));
			expect(arts.has('a') && arts.has('c')).toBe(false);
		}
	});
});

describe('decide', () => {
	it('a short fragment needs the same speaker: "there was a deal" fits anyone', () => {
		const short = unit('there was a secret deal');
		const long = unit('Nobody in this chamber believes there was a secret deal with the contractors');
		const e = evidence(short, long, flat);
		expect(e.shorter).toBeLessThan(8);
		expect(decide(e, ctx({speaker: 'conflict'}))).toBe(0);
		expect(decide(e, ctx({speaker: 'unknown'}))).toBe(0);
	});

	it('a short fragment in the same words by the same speaker links', () => {
		const e = evidence(unit('a complete closure of the northern mines'), unit('We demand a complete closure of the northern mines,'), flat);
		expect(decide(e, ctx({speaker: 'same'}))).toBeGreaterThan(0);
		expect(decide(e, ctx({speaker: 'affiliated'}))).toBeGreaterThan(0);
	});

	it('dates far apart: a reworded point is another occasion, a long common run is a recap', () => {
		const a = unit('The reservoir will remain closed to swimmers until the algae bloom is gone from the water');
		const reworded = unit('Swimmers will continue to be kept out of the reservoir while algae bloom in the water');
		const recap = unit('the reservoir will remain closed to swimmers until the algae bloom is gone from the lake');
		expect(decide(evidence(a, reworded, flat), ctx({farApart: true, sameDays: false}))).toBe(0);
		expect(decide(evidence(a, recap, flat), ctx({farApart: true, sameDays: false}))).toBeGreaterThan(0);
	});

	it('a paraphrase must share wording, not only the names of the story', () => {
		const a = unit('the Velmora Bridge Authority should publish the Korrin Report before Friday');
		const b = unit('on Tuesday he met the Korrin Report authors and the Velmora Bridge Authority');
		expect(decide(evidence(a, b, flat), ctx())).toBe(0);
		const c = unit('the report on the bridge must be published before Friday, he insisted');
		expect(decide(evidence(a, c, flat), ctx())).toBeGreaterThan(0);
	});

	it('identical common idioms from two different people need a long run of words', () => {
		const a = unit('And we’re going to get to the bottom of it.');
		const b = unit('There is something troubling here, and we’re going to get to the bottom of it.');
		expect(decide(evidence(a, b, flat), ctx({speaker: 'conflict'}))).toBe(0);
	});
});

describe('affiliated', () => {
	it('a person speaks for the group their labels name', () => {
		expect(affiliated(['a spokesman for the Harbour Union'], ['Harbour Union'])).toBe(true);
		expect(affiliated(['Harbour Union spokesman'], ['The Harbour Union Movement'])).toBe(true);
		expect(affiliated(['a spokesman for the Harbour Union'], ['Dock Owners Guild'])).toBe(false);
		expect(affiliated([], ['Harbour Union'])).toBe(false);
	});

	it('links a fragment credited to the group with the spokesman\'s full quote, only when labels tie them', () => {
		const day = '2024-02-10';
		const full = 'We reject the port plan, and demand a complete closure of the northern mines,';
		const part = 'a complete closure of the northern mines';
		const a = article('a', `Tomas Okafor said: “${full}” he added.`, 'A', day);
		const b = article('b', `The Harbour Union wants “${part}” soon.`, 'B', day);
		const quote = (x: Article, text: string, speakerName: string, speakerKind: string, speakerLabel: string | null) => {
			const start = x.body.indexOf(text);
			return {text, start, end: start + text.length, kind: 'direct' as const, verb: 'said', speakerName, speakerKind, speakerLabel, group: 0, part: 0};
		};
		const union: Entity = {id: 'harbour-union', type: 'organization', name: 'Harbour Union', aliases: ['Harbour Union'], mentions: {b: 1}, spans: [], descriptors: []};
		const okafor: Entity = {id: 'okafor', type: 'person', name: 'Tomas Okafor', aliases: ['Tomas Okafor'], mentions: {a: 1}, spans: [], descriptors: []};
		const run = (label: string | null) =>
			linked(
				linkStatements(
					[a, b],
					[
						{article: 'a', mentions: noMentions, quotes: [quote(a, full, 'Tomas Okafor', 'person', label)]},
						{article: 'b', mentions: noMentions, quotes: [quote(b, part, 'Harbour Union', 'organization', null)]},
					],
					[union, okafor],
				),
			);
		expect(run('a spokesman for the Harbour Union')).toHaveLength(1);
		expect(run(null)).toHaveLength(0);
		expect(run('a spokesman for the Dock Owners Guild')).toHaveLength(0);
	});
});
