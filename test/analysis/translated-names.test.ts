// Names in translated wire copy and state media (issue 12): one person in several transliterations
// of Arabic and Persian, in capitals in a transcript, behind an honorific, by a kin name ("Abu
// X", "bin Y"); and the guards that keep two people apart whose keys come close (Hassan and
// Hussein, Ali and Alaa, a father and his son). Invented people, groups and outlets throughout.
import {describe, expect, it} from 'vitest';
import {article, entitiesOf, holder} from './entities-helpers.js';
import {extractMentions} from '../../src/analysis/mentions.js';
import {sameNameKey, sameTokenKey, translitKey, translitToken} from '../../src/analysis/names.js';

const same = (a: string, b: string): boolean => sameNameKey(translitKey(a), translitKey(b));
const names = (body: string): string[] => extractMentions(article(body)).mentions.map((m) => m.name);

describe('transliteration keys', () => {
	it('agree across the conventions of one name', () => {
		for (const [a, b] of [
			['al-Radhimi', 'Al-Razemi'],
			['Qasim', 'Qassim'],
			['Qasem', 'Ghasem'],
			['Nasr', 'Nasser'],
			['Hashd', 'Hashed'],
			["Ja'afari", 'Jaafari'],
			['Hussein', 'Husayn'],
			['Hossein', 'Hussain'],
			['Qays', 'Qais'],
			['Nouri', 'Nuri'],
			['Kareem', 'Karim'],
			['Esmail', 'Ismail'],
			['Rouhani', 'Rowhani'],
			['Mousavi', 'Musawi'],
			['Mohammed', 'Muhammad'],
			['Fayyadh', 'Fayad'],
			['Abdul-Mahdi', 'Abdulmahdi'],
			['Abdel Aziz', 'Abdulaziz'],
			['ibn Rashid', 'bin Rashid'],
		]) expect(same(a, b), `${a} / ${b}`).toBe(true);
	});

	it('keep apart names that share their consonants but not their vowels', () => {
		for (const [a, b] of [
			['Hassan', 'Hussein'],
			['Omar', 'Amir'],
			['Ali', 'Alaa'],
			['Saad', 'Saeed'],
			['Mohammed', 'Mahmoud'],
			['Omar', 'Amr'],
		]) expect(same(a, b), `${a} / ${b}`).toBe(false);
	});

	it('add at most one vowel, and only between consonants', () => {
		expect(sameTokenKey(translitToken('Nasr'), translitToken('Nasser'))).toBe(true);
		expect(sameTokenKey(translitToken('Brittany'), translitToken('Bretton'))).toBe(false);
		expect(sameTokenKey(translitToken('Kadr'), translitToken('Kadara'))).toBe(false);
	});
});

describe('one person in several transliterations', () => {
	it('is one entity across outlets, and a transcript shouting the surname is that person', () => {
		const es = entitiesOf([
			article('Iraqi Prime Minister Jawad al-Bahadhili received the delegation on Tuesday. Al-Bahadhili stressed the role of the state.'),
			article('Iraqi Premier Jawad Al-Bahazeli met the envoy in Baghdad. Al-Bahazeli said the talks were useful.'),
			article('HOST: Welcome back.\n\nAL-BAHADHILI: We will not allow any group to drag the country into a war.\n\nHOST: And the factions?\n\nAL-BAHADHILI: The state decides.'),
		]);
		const pm = holder(es, 'Jawad al-Bahadhili');
		expect(pm?.type).toBe('person');
		expect(pm?.aliases).toEqual(expect.arrayContaining(['Jawad Al-Bahazeli', 'AL-BAHADHILI', 'Al-Bahazeli']));
		expect(pm?.name).toBe('Jawad al-Bahadhili');
	});

	it('a transcript’s shouted speaker label is a person: the one named in full elsewhere, else shown folded', () => {
		const es = entitiesOf([
			article('Sheikh Qais al-Marwani said on Friday that the movement would respond. Al-Marwani spoke in the city.'),
			article('INTERVIEWER: Thank you for joining us.\n\nMARWANI: The occupation must end.\n\nINTERVIEWER: And the talks?\n\nMARWANI: We are ready.'),
			article('HOST: Welcome.\n\nDARRAJI: We will not allow it.\n\nHOST: Thanks.\n\nDARRAJI: The state decides.'),
		]);
		expect(holder(es, 'Qais al-Marwani')?.aliases).toContain('MARWANI');
		const darraji = holder(es, 'DARRAJI');
		expect(darraji?.type).toBe('person');
		expect(darraji?.name).toBe('Darraji');
		expect(holder(es, 'INTERVIEWER')?.type ?? 'none').not.toBe('person');
	});

	it('merges a Persian and an Arabic spelling of one commander (e/i, q/gh)', () => {
		const es = entitiesOf([
			article('Brigadier General Esmail Qarbani vowed revenge on Friday.'),
			article('General Ismail Gharbani spoke at the funeral in the city.'),
		]);
		expect(holder(es, 'Esmail Qarbani')?.aliases).toContain('Ismail Gharbani');
	});

	it('merges a compound name written with a hyphen, with a space and as one word', () => {
		const es = entitiesOf([
			article('Prime Minister Adil Abdul-Rahim resigned on Friday. Abdul-Rahim said he had listened.'),
			article('Adel Abdul Rahim, the outgoing premier, met protesters. Adel Abdulrahim had taken office in 2018.'),
		]);
		expect(holder(es, 'Adil Abdul-Rahim')?.aliases).toEqual(expect.arrayContaining(['Adel Abdul Rahim', 'Adel Abdulrahim']));
	});

	it('merges the spellings of one group written in Arabic', () => {
		const es = entitiesOf([
			article('The Hashd al-Watani said its units would stay. Officials of the Hashd al-Watani met on Monday.'),
			article('The Hashed al-Watani forces were deployed to the border, and the Hashed al-Watani group agreed.'),
		]);
		const group = holder(es, 'Hashd al-Watani');
		expect(group?.type).toBe('organization');
		expect(group?.aliases).toContain('Hashed al-Watani');
	});
});

describe('honorifics and titles glued to a name', () => {
	it('are stripped from the name and kept as descriptors', () => {
		const es = entitiesOf([
			article('Sayyed Hamza al-Mousawi called for calm. Hajj Abu Turab al-Darraji said the forces were ready. Hojatoleslam Karim Rowhani spoke later.'),
			article('Hamza al-Musawi rejected the call. Abu Turab al-Darraji told the agency the units would stay. Karim Rouhani said sanctions had failed.'),
		]);
		expect(holder(es, 'Hamza al-Mousawi')?.aliases).toContain('Hamza al-Musawi');
		expect(holder(es, 'Abu Turab al-Darraji')?.descriptors.map((d) => d.text)).toContain('Hajj Abu Turab al-Darraji');
		expect(holder(es, 'Karim Rouhani')?.aliases).toContain('Karim Rowhani');
		for (const e of es) expect(e.name).not.toMatch(/^(?:Sayyed|Hajj|Hojatoleslam) /);
	});

	it('an honorific inside a group’s name stays in it', () => {
		expect(names('The Secretary-General of the “Sayyid al-Najaf” Brigades, Abu Ala al-Tamimi, spoke.')).toContain('“Sayyid al-Najaf” Brigades');
		expect(names('Fighters of Kataib Sayyid al-Najaf were deployed.')).toContain('Kataib Sayyid al-Najaf');
	});

	it('a Persian given name that is also a title elsewhere ("Amir") stays in the name', () => {
		expect(names('Foreign Minister Hossein Amir Bakhtiari met the envoy.')).toContain('Hossein Amir Bakhtiari');
	});
});

describe('a group’s name, then the person it introduces', () => {
	it('are two names, and the person is never inside the organisation', () => {
		const ns = names('The premier received the head of the Popular Defence Commission Falih al-Marsoumi on Tuesday.');
		expect(ns).toContain('Popular Defence Commission');
		expect(ns).toContain('Falih al-Marsoumi');
		expect(names('The Secretary-General of the Badr Organization Hadi al-Nasrawi spoke.')).toEqual(expect.arrayContaining(['Badr Organization', 'Hadi al-Nasrawi']));
	});
});

describe('a capitalised role noun inside a run, before a given name', () => {
	it('labels the person and is no part of their name or of the group before it', () => {
		expect(names('He met Tahrir Council Counsel Maria Okafor on Monday.')).toEqual(expect.arrayContaining(['Tahrir Council', 'Maria Okafor']));
		expect(names('She backed Northshire Democrat John Velmar in the vote.')).toEqual(expect.arrayContaining(['Northshire', 'John Velmar']));
		expect(names('It was PM David Arkwright who spoke.')).toContain('David Arkwright');
		expect(names('The Democrat Party said no.')).toContain('Democrat Party');
	});
});

describe('kin names ("Abu X", "bin Y") as short forms', () => {
	it('mean the one person whose full name holds them', () => {
		const es = entitiesOf([
			article('Crown Prince Khalid bin Rashid received the delegation. Bin Rashid thanked the guests.'),
			article('Hajj Abu Turab al-Darraji, the chief of staff of the units, said the forces were ready. Abu Turab said more would come.'),
		]);
		expect(holder(es, 'Khalid bin Rashid')?.aliases).toContain('Bin Rashid');
		expect(holder(es, 'Abu Turab al-Darraji')?.aliases).toContain('Abu Turab');
	});

	it('stay apart, and ambiguous, where two people have them', () => {
		const es = entitiesOf([
			article('Abu Turab al-Darraji, a commander, and Abu Turab al-Maysani, a cleric, met on Monday. Later, Abu Turab left the city.'),
		]);
		expect(holder(es, 'Abu Turab al-Darraji')?.id).not.toBe(holder(es, 'Abu Turab al-Maysani')?.id);
		expect(holder(es, 'Abu Turab')?.ambiguous?.length).toBe(2);
	});

	it('"Abu Ali" is not "Abu Alaa"', () => {
		const es = entitiesOf([
			article('Abu Ali al-Maysani, a security official of the brigades, threatened the region. Abu Alaa al-Maysani, the leader of another faction, said his fighters were ready.'),
			article('Abu Ali al-Maysani posted a statement. Abu Ali said the fight would go on.'),
		]);
		expect(holder(es, 'Abu Ali al-Maysani')?.id).not.toBe(holder(es, 'Abu Alaa al-Maysani')?.id);
		expect(holder(es, 'Abu Ali al-Maysani')?.aliases).toContain('Abu Ali');
		expect(holder(es, 'Abu Alaa al-Maysani')?.aliases).not.toContain('Abu Ali');
	});
});

describe('people whose keys come close stay apart', () => {
	it('namesake spokesmen of two groups (Hassan and Hussein) in one article', () => {
		const es = entitiesOf([
			article('Hassan al-Ghurabi, the spokesman of the Nujuba movement, said the attack would not go unanswered. Hussein al-Ghurabi, a spokesman for the government, said the state would investigate.'),
		]);
		const hassan = holder(es, 'Hassan al-Ghurabi');
		const hussein = holder(es, 'Hussein al-Ghurabi');
		expect(hassan?.id).not.toBe(hussein?.id);
		expect(hassan?.descriptors.map((d) => d.text).join(' | ')).toContain('Nujuba');
		expect(hussein?.descriptors.map((d) => d.text).join(' | ')).not.toContain('Nujuba');
	});

	it('a bare surname beside the name of one namesake’s group is that namesake', () => {
		const body = 'Hassan al-Ghurabi, the spokesman of the Nujuba movement, said the attack would not go unanswered. Hussein al-Ghurabi, a spokesman for the government, said the state would investigate. Al-Ghurabi of Nujuba repeated the warning.';
		const es = entitiesOf([article(body, {id: 'ns1'})]);
		const at = body.indexOf('Al-Ghurabi of');
		const owner = es.find((e) => e.spans.some((s) => s.article === 'ns1' && s.start === at));
		expect(owner?.name).toBe('Hassan al-Ghurabi');
	});

	it('a bare surname whose sentence names both groups stays ambiguous', () => {
		const body = 'Hassan al-Ghurabi, the spokesman of the Nujuba movement, spoke first. Hussein al-Ghurabi, a spokesman for the Tahrir Council, spoke next. The crowd waited. Al-Ghurabi said the Nujuba movement and the Tahrir Council had met.';
		const es = entitiesOf([article(body, {id: 'ns2'})]);
		const at = body.indexOf('Al-Ghurabi said');
		const owner = es.find((e) => e.spans.some((s) => s.article === 'ns2' && s.start === at));
		expect(owner?.ambiguous?.length).toBe(2);
	});

	it('a father and his son who carries his name', () => {
		const es = entitiesOf([
			article('Falih al-Marsoumi and his son Ahmad Falih al-Marsoumi appeared at the event. Ahmad Falih al-Marsoumi is a member of parliament.'),
		]);
		expect(holder(es, 'Falih al-Marsoumi')?.id).not.toBe(holder(es, 'Ahmad Falih al-Marsoumi')?.id);
	});

	it('two brothers whose given names share their consonants (Omar and Amir)', () => {
		const es = entitiesOf([article('Omar al-Haddawi and Amir al-Haddawi, two brothers, fled the city. Omar al-Haddawi later returned.')]);
		expect(holder(es, 'Omar al-Haddawi')?.id).not.toBe(holder(es, 'Amir al-Haddawi')?.id);
	});
});
