// A role noun ("the spokesman", "the Front spokesman") after others spoke is the person the article
// introduced with that role, of the group the role names; never a person whose label holds the
// role only in a complement ("an adviser to the president") or qualified ("former president").
// Invented names, groups and places.
import {describe, expect, it} from 'vitest';
import {article as plainArticle} from './statements-helpers.js';
import {extractMentions} from '../../src/analysis/mentions.js';
import {extractQuotes} from '../../src/analysis/quotes.js';

describe('a role noun ("the spokesman") after others spoke', () => {
	const speakerOf = (body: string, quote: string): string | null => {
		const a = plainArticle('r', body);
		const q = extractQuotes(a, extractMentions(a)).find((x) => x.text.includes(quote));
		return q ? q.speakerName : 'no quote';
	};

	it('is the person the article introduced with that role, not whoever spoke last', () => {
		const body =
			'Nasr Okafor, a spokesman for the Harbour Front, said “the port will stay closed until the strike is over.” Senator Ada Lindqvist said “nobody in this town wants the port closed for long.” The spokesman added that “the workers will not go back without a contract.”';
		expect(speakerOf(body, 'workers will not go back')).toBe('Nasr Okafor');
	});

	it('naming a group, is that group\'s spokesman, never another group\'s', () => {
		const body =
			'Harbour Front spokesman Nasr Okafor said “the port will stay closed until the strike is over.” Dock Union spokesman Piet Varga said “the union will talk to anyone who wants to talk.” The Harbour Front spokesman added that “the workers will not go back without a contract.”';
		expect(speakerOf(body, 'workers will not go back')).toBe('Nasr Okafor');
		const other = body.replace('Harbour Front spokesman Nasr Okafor', 'Senator Nasr Okafor');
		// A Harbour Front spokesman was never named: not the Dock Union's.
		expect(speakerOf(other, 'workers will not go back')).toBeNull();
	});

	it('is not a person whose label holds the role only after a possessive or a preposition, or qualified', () => {
		const body =
			'Ada Lindqvist, an adviser to the president, said “the port will stay closed until the strike is over.” Former president Tomas Brandt said “nobody in this town wants the port closed for long.” Piet Varga said “we will see.” The president said “the workers will not go back without a contract.”';
		expect(speakerOf(body, 'workers will not go back')).not.toBe('Ada Lindqvist');
		expect(speakerOf(body, 'workers will not go back')).not.toBe('Tomas Brandt');
	});
});
