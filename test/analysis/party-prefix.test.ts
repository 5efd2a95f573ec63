// A party written before a person's name ("Republican Dhu Okafor") is a label, not part of the name,
// though the lexicon knows no given name there; names of organisations that open with a party or
// a group ("Republican National Committee", "Hezbollah al-Nujaba") stay whole. Invented names.
import {describe, expect, it} from 'vitest';
import {article} from './entities-helpers.js';
import {extractMentions} from '../../src/analysis/mentions.js';

const mentionsOf = (body: string) => extractMentions(article(body));
const names = (body: string): string[] => mentionsOf(body).mentions.map((m) => m.name);

describe('a party before a name the lexicon does not know as a given name', () => {
	it('is split off the name and kept as its label', () => {
		const body = 'On Monday, Republican Dhu Okafor won the seat, and Democrat E.W. Brandt conceded.';
		const found = names(body);
		expect(found).toContain('Dhu Okafor');
		expect(found).toContain('E.W. Brandt');
		expect(found.some((n) => /^(?:Republican|Democrat) /.test(n))).toBe(false);
		expect(mentionsOf(body).descriptors.some((d) => d.name === 'Dhu Okafor' && /Republican/.test(d.text))).toBe(true);
	});

	it('leaves names of organisations whole', () => {
		const found = names('On Monday the Republican National Committee met, and Hezbollah al-Nujaba answered. Democrats Abroad and the Republican Political Bureau spoke.');
		expect(found).toContain('Republican National Committee');
		expect(found).toContain('Hezbollah al-Nujaba');
		expect(found).not.toContain('Political Bureau');
	});
});
