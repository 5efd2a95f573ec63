// Whose words a descriptor is: a quotation's speaker, a reporting verb's subject, nobody's when the
// view is denied, the outlet's otherwise (made-up sentences).
import {describe, expect, it} from 'vitest';
import {quotations, quotedBy, reportedBy} from '../../../src/analysis/framing/attribution.js';

const at = (paragraph: string, word: string) => quotedBy(paragraph, quotations(paragraph), paragraph.indexOf(word));

describe('quotedBy', () => {
	it('names the speaker beside the quotation, after or before it', () => {
		expect(at('“Zarqan is a criminal gang,” Ada Obi said on Monday.', 'a criminal')).toBe('Ada Obi');
		expect(at('“Zarqan is a criminal gang,” said Ada Obi.', 'a criminal')).toBe('Ada Obi');
		expect(at('Ada Obi told reporters: “Zarqan is a criminal gang.”', 'a criminal')).toBe('Ada Obi');
		expect(at('Ada Obi: “Zarqan is a criminal gang, and we will say so.', 'a criminal')).toBe('Ada Obi');
	});

	it('names a speaker described beside the name: an apposition before the verb, a description after it', () => {
		expect(at('“Zarqan is a criminal gang,” Ada Obi, the chair of the harbour board, told reporters.', 'a criminal')).toBe('Ada Obi');
		expect(at('Ada Obi, chair of the Harbour Board, said: “Zarqan is a criminal gang.”', 'a criminal')).toBe('Ada Obi');
		expect(at('“Zarqan is a criminal gang,” tweeted former board chair and long-time Velmar ally Ada Obi.', 'a criminal')).toBe('Ada Obi');
		// The name after "said" is still the one right after it when more words follow.
		expect(at('“Zarqan is a criminal gang,” said Ada Obi on Monday.', 'a criminal')).toBe('Ada Obi');
		// A capitalised modifier of a role noun after the verb is not the speaker.
		expect(at('“Zarqan is a criminal gang,” said Velmari candidate Ada Obi.', 'a criminal')).toBe('Ada Obi');
		expect(at('“Zarqan is a criminal gang,” the minister, who chairs the board, said.', 'a criminal')).toBe('unnamed');
	});

	it('gives "unnamed" for a quotation whose speaker is a pronoun, a description or not named beside it', () => {
		expect(at('“Zarqan is a criminal gang,” the minister said.', 'a criminal')).toBe('unnamed');
		expect(at('“Zarqan is a criminal gang,” she said.', 'a criminal')).toBe('unnamed');
		expect(at('“Zarqan is a criminal gang.”', 'a criminal')).toBe('unnamed');
	});

	it('gives undefined outside quotations', () => {
		expect(at('Zarqan, a criminal gang, held the bridge, “for now,” Obi said.', 'a criminal')).toBeUndefined();
		expect(at('Zarqan is a criminal gang.', 'a criminal')).toBeUndefined();
	});
});

describe('reportedBy', () => {
	it('names the subject of a verb of saying or believing before the entity', () => {
		expect(reportedBy('Ada Obi says Zarqan is ')).toBe('Ada Obi');
		expect(reportedBy('The Velmari Senate has long argued that the Zarqan Brigade is ')).toBe('Velmari Senate');
		expect(reportedBy('Critics believe Veller is ')).toBe('Critics');
		expect(reportedBy('According to Ada Obi, Zarqan is ')).toBe('Ada Obi');
		expect(reportedBy('Officials said on Monday that Zarqan was ')).toBe('Officials');
		expect(reportedBy('He says Veller is ')).toBe('unnamed');
	});

	it('denies a negated view and leaves the outlet’s and its writer’s own words alone', () => {
		expect(reportedBy('I don’t believe Veller is ')).toBe('denied');
		expect(reportedBy('Ada Obi does not think Veller is ')).toBe('denied');
		expect(reportedBy('I think Veller is ')).toBeNull();
		expect(reportedBy('Veller is ')).toBeNull();
		expect(reportedBy('In the end, Veller was ')).toBeNull();
		expect(reportedBy('Ada Obi met Veller, who is ')).toBeNull();
	});
});
