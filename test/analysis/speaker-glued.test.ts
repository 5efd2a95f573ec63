// Speakers in wire copy: a ministry's name run into its spokesman's, and a scene-setting phrase
// before "he said, “…”" (made-up people and places).
import {describe, expect, it} from 'vitest';
import {extractMentions} from '../../src/analysis/mentions.js';
import {extractQuotes} from '../../src/analysis/quotes.js';
import {article} from './statements-helpers.js';

const quotesOf = (body: string) => {
	const a = article('q', body);
	return extractQuotes(a, extractMentions(a));
};

describe('a body’s name run into a person’s', () => {
	it('the person after the head noun speaks, and is carried by "he" and "the spokesman"', () => {
		const q = quotesOf(
			'Spokesman for the Northshire Foreign Ministry Qaraghuli Rad Hossein stressed that the crimes of the regime will not go unanswered.\n\n' +
				'Speaking to reporters in Eastport, he said, “The resistance will respond at the appropriate time and place.”\n\n' +
				'“Negotiations with the three neighbouring countries will continue next week in Westvale,” the spokesman said.',
		);
		expect(q.map(x => x.speakerName)).toEqual(['Qaraghuli Rad Hossein', 'Qaraghuli Rad Hossein', 'Qaraghuli Rad Hossein']);
	});

	it('the scene before "he said, “…”" is no reported clause', () => {
		const q = quotesOf('Ada Obi arrived on Monday.\n\nSpeaking to reporters in Eastport, she said, “The harbour will reopen to all fishing boats next week.”');
		expect(q.some(x => x.text.startsWith('Speaking to reporters'))).toBe(false);
		expect(q.find(x => x.kind === 'direct')?.speakerName).toBe('Ada Obi');
	});

	it('after "said", a title before a titled name is not the speaker: the person after its abbreviation is', () => {
		const q = quotesOf('The harbour board met on Monday.\n\n“You cannot trust this board to do the right thing, not for one minute,” said Oversight Manager Rep. Ada B. Obi, D-Northshire, during her closing remarks.');
		expect(q.find(x => x.kind === 'direct')?.speakerName).toBe('Ada B. Obi');
		// A sentence that ends on the speaker's name still ends the subject there.
		const r = quotesOf('“The port will reopen next week for all boats,” said Nasr Okafor. The Harbour Board did not comment.');
		expect(r.find(x => x.kind === 'direct')?.speakerName).toBe('Nasr Okafor');
	});

	it('a news outlet that reports what someone said is not its speaker; one that says it is', () => {
		const q = quotesOf(
			'The Northshire Daily News reported that the militia would withdraw from the port within two weeks.\n\n' +
				'According to the Eastport Times, “the talks between the two sides will resume next Tuesday in Westvale.”\n\n' +
				'The Northshire Daily News said in an editorial that the harbour board had failed the city again.',
		);
		const reported = q.find((x) => x.text.includes('withdraw'));
		const cited = q.find((x) => x.text.includes('talks between'));
		const editorial = q.find((x) => x.text.includes('failed the city'));
		expect(reported?.speakerName).toBeNull();
		expect(cited).toBeDefined();
		expect(cited?.speakerName).toBeNull();
		expect(editorial?.speakerName).toBe('Northshire Daily News');
	});
});
