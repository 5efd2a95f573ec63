import {describe, expect, it} from 'vitest';
import {extractMentions} from '../../src/analysis/mentions.js';
import {article} from './entities-helpers.js';

const names = (body: string, title?: string): string[] => extractMentions(article(body, {title})).mentions.map((m) => m.name);

describe('extractMentions: names', () => {
	it('finds transliterated names with particles and strips titles and possessives', () => {
		const got = names('Sheikh Hamid al-Zuhairi met Abu Karim al-Fadhli and Omar bin Rashed in Velmora’s capital.');
		expect(got).toEqual(expect.arrayContaining(['Hamid al-Zuhairi', 'Abu Karim al-Fadhli', 'Omar bin Rashed', 'Velmora']));
		expect(got).not.toContain('Sheikh Hamid al-Zuhairi');
		expect(got).not.toContain('Velmora’s');
	});

	it('keeps a capitalised "Al-" name at a sentence start and drops sentence-opening words', () => {
		const got = names('Al-Fadhli spoke first. Meanwhile, the crowd grew. However Tarsen disagreed. Surprisingly, nobody left.');
		expect(got).toContain('Al-Fadhli');
		expect(got).toContain('Tarsen');
		for (const w of ['Meanwhile', 'However', 'Surprisingly']) expect(got).not.toContain(w);
	});

	it('splits a title phrase from the name and keeps names inside it', () => {
		const got = names('Brelish Foreign Minister Anja Toller and Secretary-General of the Harbour League Sheikh Omar Vell met.');
		expect(got).toEqual(expect.arrayContaining(['Anja Toller', 'Omar Vell', 'Harbour League']));
		expect(got.some((n) => /Minister|Secretary/.test(n))).toBe(false);
	});

	it('drops demonyms, days, months and bare titles', () => {
		const got = names('Iraqi and Brazilian officials met on Thursday in December. The President spoke.');
		expect(got).toEqual([]);
	});

	it('splits words fused by a scraper', () => {
		const got = names('The weekly Tellurian (TellurianMarek Oss, a columnist, wrote) agreed.');
		expect(got).toEqual(expect.arrayContaining(['Tellurian', 'Marek Oss']));
	});

	it('keeps a name that quotes part of itself', () => {
		const got = names('Volunteers joined the “Sayf al-Hadi” Brigades last year.');
		expect(got).toContain('“Sayf al-Hadi” Brigades');
	});

	it('does not take compound adjectives for names', () => {
		const got = names('The Velmora-based broadcaster and the Ostland-led coalition spoke.');
		expect(got).not.toContain('Velmora-based');
		expect(got).not.toContain('Ostland-led');
	});

	it('trusts headline capitals only for names confirmed by the body', () => {
		const m = extractMentions(article('Tomas Greer said prices will rise.', {title: 'Prices Will Rise, Warns Tomas Greer In Interview'}));
		const title = m.mentions.filter((x) => x.field === 'title').map((x) => x.name);
		expect(title).toEqual(['Tomas Greer']);
		for (const x of m.mentions) {
			const text = x.field === 'title' ? 'Prices Will Rise, Warns Tomas Greer In Interview' : 'Tomas Greer said prices will rise.';
			expect(text.slice(x.start, x.end)).toBe(x.text);
		}
	});

	it('returns plain JSON', () => {
		const m = extractMentions(article('Lina Osk (LO) spoke.'));
		expect(JSON.parse(JSON.stringify(m))).toEqual(m);
	});
});

describe('extractMentions: alias evidence', () => {
	it('reads brackets, glosses, "known as" phrases and slashes', () => {
		const m = extractMentions(
			article(
				'The Sable Front (SF) spoke. Rahwa [the local acronym for ‘SLM/SLA’ rebels] attacked. The Coastal Units, also known as Jaysh al-Sahil, retreated.',
			),
		);
		expect(m.aliasPairs).toEqual(
			expect.arrayContaining([
				['Sable Front', 'SF'],
				['Rahwa', 'SLM'],
				['Rahwa', 'SLA'],
				['Coastal Units', 'Jaysh al-Sahil'],
			]),
		);
	});

	it('does not pair a name with a bracketed place or a photo credit', () => {
		const m = extractMentions(article('Mayor Ilse Varga (Velmora) spoke. The market reopened (Example Images).'));
		expect(m.aliasPairs).toEqual([]);
	});
});

describe('extractMentions: descriptors', () => {
	const descs = (body: string): string[] => extractMentions(article(body)).descriptors.map((d) => d.text);

	it('finds appositives after and before a name', () => {
		expect(descs('Jon Arvel, a spokesman for the Veld Party, said no.')).toContain('a spokesman for the Veld Party');
		expect(descs('The Secretary-General of the Veld Party, Jon Arvel, said no.')).toContain('The Secretary-General of the Veld Party');
		expect(descs('Marta Quill, Velmora’s deputy finance minister, resigned.')).toContain('Velmora’s deputy finance minister');
	});

	it('finds premodifiers, bracketed editor labels and group phrases', () => {
		expect(descs('Talks began after former Velmoran President Aldo Brinn arrived.')).toContain('former Velmoran President Aldo Brinn');
		expect(descs('Militia spokesman Ravi Tal said no.')).toContain('Militia spokesman Ravi Tal');
		expect(descs('They killed [Sable Front commander] Omar Vell.')).toContain('[Sable Front commander] Omar Vell');
		expect(descs('It came from Velmora’s Kestrel television network on Monday.')).toContain('Velmora’s Kestrel television network');
		expect(descs('He blamed the Ostrava (OSF)* terrorist group for it.')).toContain('the Ostrava (OSF)* terrorist group');
	});

	it('leaves a word that opens the sentence out of a premodifier', () => {
		const found = descs('As Velmoran President Aldo Brinn arrived, the talks began.');
		expect(found).toContain('Velmoran President Aldo Brinn');
		expect(found.some((d) => /^As\b/.test(d))).toBe(false);
	});

	it('finds copular characterisations', () => {
		expect(descs('Harakat al-Sabil is one of the militias that joined the alliance, officials said.')).toContain(
			'one of the militias that joined the alliance',
		);
	});

	it('does not take a following clause for an appositive', () => {
		expect(descs('According to Tellurian Weekly, the troops were moved to the border.')).toEqual([]);
		expect(descs('The march must include the army, Jon Arvel said.')).toEqual([]);
	});
});
