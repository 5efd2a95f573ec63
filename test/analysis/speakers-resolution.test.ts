// Who a speaker is: a capitalised common word opening a sentence is nobody; a bare surname that
// several entities carry is the one the article's own mentions give it to; a surname the article's
// entities missed is the one person in the corpus who has it. Invented names and sentences.
import {describe, expect, it} from 'vitest';
import {extractQuotes} from '../../src/analysis/quotes.js';
import {SpeakerResolver} from '../../src/analysis/linking/speakers.js';
import type {Entity} from '../../src/analysis/types.js';
import {article, noMentions} from './statements-helpers.js';

const speakerOf = (body: string): string | null => extractQuotes(article('a', body), noMentions)[0]?.speakerName ?? null;

describe('a capitalised common word before the cue', () => {
	it('is no speaker ("Critics said", "Though")', () => {
		expect(speakerOf('Critics said, "The plan will fail before the winter comes."')).toBeNull();
		expect(speakerOf('"The plan will fail before the winter comes," Economists said.')).toBeNull();
	});

	it('leaves a surname the lexicon does not know as a common word a speaker', () => {
		expect(speakerOf('Okafor said, "The plan will fail before the winter comes."')).toBe('Okafor');
	});
});

function person(id: string, name: string, aliases: string[], spans: Array<[string, string]>): Entity {
	const mentions: Record<string, number> = {};
	for (const [a] of spans) mentions[a] = (mentions[a] ?? 0) + 1;
	return {id, type: 'person', name, aliases: [name, ...aliases], mentions, spans: spans.map(([a, text]) => ({article: a, start: 0, end: text.length, field: 'body', text})), descriptors: []};
}

describe('SpeakerResolver.resolve', () => {
	const ada = person('ada-varnum', 'Ada Varnum', ['Varnum'], [['x', 'Ada Varnum'], ['x', 'Varnum'], ['y', 'Varnum']]);
	const tom = person('tom-varnum', 'Tom Varnum', ['Varnum'], [['x', 'Tom Varnum'], ['z', 'Varnum']]);
	const lone = person('tom-quillet', 'Tom Quillet', [], [['w', 'Tom Quillet']]);
	const early = person('ada-early', 'Ada Early', [], [['w', 'Ada Early']]);
	const speakers = new SpeakerResolver([ada, tom, lone, early]);

	it('gives a surname two entities carry to the one printed so in the article', () => {
		expect(speakers.resolve('Varnum', 'x')).toBe('ada-varnum');
	});

	it('gives a surname no entity of the article carries to the one person of the corpus who has it', () => {
		expect(speakers.resolve('Quillet', 'q')).toBe('tom-quillet');
	});

	it('gives a common word that opens a sentence ("Early") to nobody in the corpus', () => {
		expect(speakers.resolve('Early', 'q')).toBeNull();
	});

	it('leaves a surname two people of the corpus have, and none here, unresolved', () => {
		expect(speakers.resolve('Varnum', 'q')).toBeNull();
	});
});

describe('SpeakerResolver.resolve: namesakes of two groups in one article', () => {
	const withLabel = (e: Entity, article: string, text: string): Entity => ({...e, descriptors: [{article, outlet: null, text, kind: 'appositive'}]});
	const nasr = withLabel(person('nasr-okafor', 'Nasr Okafor', ['Okafor'], [['g', 'Nasr Okafor'], ['g', 'Okafor']]), 'g', 'a spokesman for the Harbour Front');
	const hadi = withLabel(person('hadi-okafor', 'Hadi Okafor', ['Okafor'], [['g', 'Hadi Okafor'], ['g', 'Okafor']]), 'g', 'the Dock Union leader');
	const speakers = new SpeakerResolver([nasr, hadi]);

	it('gives the surname to the one the article labels with the group the speaker label names', () => {
		expect(speakers.resolve('Okafor', 'g', -1, 'Harbour Front spokesman')).toBe('nasr-okafor');
		expect(speakers.resolve('Okafor', 'g', -1, 'the Dock Union chief')).toBe('hadi-okafor');
	});

	it('says nobody when the label names neither group, or no group', () => {
		expect(speakers.resolve('Okafor', 'g', -1, 'Northshire Council spokesman')).toBeNull();
		expect(speakers.resolve('Okafor', 'g', -1, 'the spokesman')).toBeNull();
	});
});
