// Linking when articles carry no date (common in scrapes), and unnamed sources of one body.
// Invented sentences; weights flat so that only the rules decide.
import {describe, expect, it} from 'vitest';
import {comparable, decide, evidence, type LinkContext} from '../../src/analysis/linking/similarity.js';
import {sourcesAgree} from '../../src/analysis/linking/speakers.js';
import {Vocabulary} from '../../src/analysis/linking/tokens.js';

const vocabulary = new Vocabulary();
const unit = (text: string) => comparable(text, vocabulary);
const undated: LinkContext = {speaker: 'same', farApart: false, sameDays: false};
const sameDays: LinkContext = {speaker: 'same', farApart: false, sameDays: true};
const farApart: LinkContext = {speaker: 'same', farApart: true, sameDays: false};
// Every word weighs little: plain words, as in "what do you do all the time".
const plain = () => 0.45;
const flat = () => 0.8;

describe('a remark in plain words', () => {
	const a = unit('What on earth, what do you do all the time?');
	const b = unit('What in the earth, what do you do all the time?');

	it('links word for word from the same speaker when no date tells the occasions apart', () => {
		expect(decide(evidence(a, b, plain), undated)).toBeGreaterThan(0);
		expect(decide(evidence(a, b, plain), sameDays)).toBeGreaterThan(0);
	});

	it('stays apart on other days, or from another or unknown speaker', () => {
		expect(decide(evidence(a, b, plain), farApart)).toBe(0);
		expect(decide(evidence(a, b, plain), {...undated, speaker: 'conflict'})).toBe(0);
		expect(decide(evidence(a, b, plain), {...undated, speaker: 'unattributed'})).toBe(0);
	});

	it('of twelve words or more is not a remark but needs words that say something', () => {
		const longA = unit('and what do you do all the time when you are not at home with us');
		const longB = unit('and what do you do all the time when you are not at home with them');
		expect(decide(evidence(longA, longB, plain), undated)).toBe(0);
	});
});

describe('an undated paraphrase', () => {
	const a = unit('the clip broke the platform’s rules on medical misinformation about masks');
	it('links when it shares enough wording with the same speaker', () => {
		const b = unit('on masks, the medical misinformation rules of the platform are what the clip defied');
		expect(decide(evidence(a, b, flat), undated)).toBeGreaterThan(0);
	});

	it('needs more shared wording than a dated one', () => {
		const thin = unit('masks are safe, the platform said, and the rules stand for every clip of the show');
		expect(decide(evidence(a, thin, flat), sameDays)).toBeGreaterThan(0);
		expect(decide(evidence(a, thin, flat), undated)).toBe(0);
	});
});

describe('sourcesAgree', () => {
	it.each([
		['a Harbour Board spokeswoman', 'A Harbour Board representative', 'same'],
		['a Harbour Board spokeswoman', 'a spokesperson', 'partial'],
		['a Harbour Board spokeswoman', 'a Dock Guild spokeswoman', 'conflict'],
		['Ada Obi', 'a Harbour Board spokeswoman', null],
		['the Harbour Board', 'a Harbour Board official', null],
	])('%s / %s: %s', (a, b, expected) => {
		expect(sourcesAgree(a, b)).toBe(expected);
	});
});
