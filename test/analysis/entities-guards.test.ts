// Issue 12's entity mechanisms, each on made-up sentences: guards, compounds, epithets, typing from
// corpus evidence, titles, spelling and order variants, shouted names, ambiguous surnames.
import {describe, expect, it} from 'vitest';
import {extractMentions} from '../../src/analysis/mentions.js';
import {article, entitiesOf, holder} from './entities-helpers.js';

const names = (body: string): string[] => extractMentions(article(body)).mentions.map((m) => m.name);

describe('mergeEntities: a person never inside an organisation, a place or a compound', () => {
	it('does not take a bracketed person for another name of a party', () => {
		const es = entitiesOf([article('The top Democrat (Nancy Velloway) and the top Republican (Kevin Marrow) joined forces. Velloway said so.')]);
		const party = holder(es, 'Democrat');
		expect(party?.type).toBe('organization');
		expect(party?.aliases).not.toContain('Nancy Velloway');
		expect(holder(es, 'Republican')?.aliases).not.toContain('Kevin Marrow');
		expect(holder(es, 'Nancy Velloway')?.type).toBe('person');
	});

	it('keeps a compound of several names apart from each of them', () => {
		const es = entitiesOf([
			article('Senator Anna Velloway spoke. Velloway said no. The Velloway-Marrow deal collapsed.'),
			article('Governor Tom Marrow agreed. Marrow said yes, and the Velloway-Marrow plan died.'),
		]);
		const compound = holder(es, 'Velloway-Marrow');
		expect(compound?.type).toBe('other');
		expect(compound?.aliases).toEqual(['Velloway-Marrow']);
		expect(holder(es, 'Tom Marrow')?.aliases).toContain('Marrow');
		expect(holder(es, 'Tom Marrow')?.aliases).not.toContain('Velloway-Marrow');
	});

	it('keeps a double-barrelled surname as one person', () => {
		const es = entitiesOf([article('Senator Lucia Brandt-Ovey spoke. Brandt-Ovey said the vote was close.')]);
		expect(holder(es, 'Lucia Brandt-Ovey')?.aliases).toContain('Brandt-Ovey');
	});

	it('does not take an adjective made of a name for a name', () => {
		expect(names('The Anti-Marrow protesters and the pro-Velloway crowd met.')).not.toContain('Anti-Marrow');
	});
});

describe('mergeEntities: epithets', () => {
	it('merges an epithet into the person it names and never shows it as the name', () => {
		const docs = [
			article('Senator Hilda Varnum spoke on Monday. Varnum said the bill would pass.'),
			article('At the rally he mocked Crooked Hilda again. Crooked Hilda, he said, would lose. Crooked Hilda!'),
			article('Hilda Varnum answered: Crooked Hilda is a slogan, Hilda Varnum said.'),
		];
		const e = holder(entitiesOf(docs), 'Hilda Varnum');
		expect(e?.aliases).toContain('Crooked Hilda');
		expect(e?.name).toBe('Hilda Varnum');
	});

	it('prefers the given name and surname over a more frequent shouted form', () => {
		const doc = article('TOMAS GREER: Thank you. TOMAS GREER: We will vote. TOMAS GREER: No. Later Tomas Greer said more.');
		expect(holder(entitiesOf([doc]), 'Tomas Greer')?.name).toBe('Tomas Greer');
	});
});

describe('mergeEntities: typing from corpus evidence', () => {
	it('types wars, laws and holidays as other, whatever first name they start with', () => {
		const es = entitiesOf([article('After the Velmoran War, the Marshall Plan and the Clean Rivers Act passed before Election Day.')]);
		expect(holder(es, 'Velmoran War')?.type).toBe('other');
		expect(holder(es, 'Marshall Plan')?.type).toBe('other');
		expect(holder(es, 'Clean Rivers Act')?.type).toBe('other');
	});

	it('does not type a name that is never a speaker, titled or given-named as a person', () => {
		const day = 'Ballots must arrive by Founders Night. Lines were long on Founders Night. ';
		const es = entitiesOf([article(day.repeat(3))]);
		expect(holder(es, 'Founders Night')?.type).not.toBe('person');
	});

	it('types plural -s names as no person', () => {
		const text = 'Troops found Hidden Roadside Devices. Hidden Roadside Devices killed two. ';
		expect(holder(entitiesOf([article(text.repeat(2))]), 'Hidden Roadside Devices')?.type).not.toBe('person');
	});

	it('types a name the lexicon takes for a given name as a place when the corpus uses it as one', () => {
		const es = entitiesOf([
			article('Voters in Virginia went to the polls. Turnout in Virginia was high.'),
			article('The governor of Virginia spoke in northern Virginia, and Virginia Gov. Ralph Sorn said more.'),
		]);
		expect(holder(es, 'Virginia')?.type).toBe('place');
	});

	it('types a town followed by its state as a place and a compass region of a place as a place', () => {
		const es = entitiesOf([article('The Vellow Springs, Ohio, resident moved. Voters in North Texas chose Ann Koll.')]);
		expect(holder(es, 'Vellow Springs')?.type).toBe('place');
		expect(holder(es, 'North Texas')?.type).toBe('place');
	});

	it('types the corpus outlets as organisations', () => {
		const docs = [article('Nothing here.', {outlet: 'Kestrel Wire'}), article('Officials told Kestrel Wire it was over. Kestrel Wire reported more.')];
		expect(holder(entitiesOf(docs), 'Kestrel Wire')?.type).toBe('organization');
	});
});

describe('extractMentions: titles stripped but kept as descriptors', () => {
	it('strips abbreviated titles with their dot', () => {
		const m = extractMentions(article('Sen. Ada Moravec and Dr. Ivo Brannigan met Rep. Lisa Tamm.'));
		const got = m.mentions.map((x) => x.name);
		expect(got).toEqual(expect.arrayContaining(['Ada Moravec', 'Ivo Brannigan', 'Lisa Tamm']));
		expect(got.some((n) => /^(?:Sen|Dr|Rep)\b/.test(n))).toBe(false);
		expect(m.mentions.find((x) => x.name === 'Ada Moravec')?.titled).toBe(true);
		expect(m.descriptors.map((d) => d.text)).toContain('Sen. Ada Moravec');
	});

	it('strips long titles, honorifics and party labels', () => {
		const got = names(
			'National Security Adviser Jon Berrow, Secretary of State Mia Kolb, Shaykh Omar Vell, Manhattan DA Cy Varn and Democrat Bernie Salk met.',
		);
		expect(got).toEqual(expect.arrayContaining(['Jon Berrow', 'Mia Kolb', 'Omar Vell', 'Cy Varn', 'Bernie Salk']));
		expect(got.some((n) => /Adviser|Secretary|Shaykh|DA |Democrat /.test(n))).toBe(false);
	});

	it('does not take a qualifier like "Former" for a title of the next name', () => {
		const m = extractMentions(article('Former Velmora police officer Derek Chaun was sentenced.'));
		expect(m.mentions.find((x) => x.name === 'Velmora')?.titled).toBeUndefined();
	});
});

describe('mergeEntities: spelling and order variants', () => {
	it('merges transliterations that differ by one vowel and keeps names that differ more apart', () => {
		const es = entitiesOf([
			article('Spokesman Nasr al-Shammari said the group would stay. Nasser al-Shammari added that it would fight.'),
			article('Governor Samir al-Haddad and Governor Tariq al-Haddad met.'),
		]);
		expect(holder(es, 'Nasr al-Shammari')?.aliases).toContain('Nasser al-Shammari');
		expect(holder(es, 'Samir al-Haddad')?.id).not.toBe(holder(es, 'Tariq al-Haddad')?.id);
	});

	it('merges a name written family name first, but not two given-name-first names in reverse', () => {
		const es = entitiesOf([
			article('President Xu Lianfeng arrived. Lianfeng Xu said the talks were good. Xu Lianfeng left.'),
			article('Thomas Marshall met Marshall Thomas; Thomas Marshall said hello.'),
		]);
		expect(holder(es, 'Xu Lianfeng')?.aliases).toContain('Lianfeng Xu');
		expect(holder(es, 'Thomas Marshall')?.id).not.toBe(holder(es, 'Marshall Thomas')?.id);
	});

	it('merges a short given name with the full one of the same surname', () => {
		const es = entitiesOf([article('Mayor Michael Trevane spoke. Mike Trevane said the budget was fine.')]);
		expect(holder(es, 'Michael Trevane')?.aliases).toContain('Mike Trevane');
	});

	it('resolves a family name written first to its person', () => {
		const es = entitiesOf([article('President Xu Lianfeng arrived.'), article('President Xu said the talks went well.')]);
		expect(holder(es, 'Xu Lianfeng')?.aliases).toContain('Xu');
	});
});

describe('mergeEntities: bare surnames', () => {
	it('names the people an unresolved surname may mean', () => {
		const es = entitiesOf([
			article('Senator Hanna Dorvald spoke. Tomas Dorvald said no. Later, Dorvald left.', {id: 'both'}),
			article('Hanna Dorvald left. Dorvald spoke.', {id: 'one'}),
		]);
		const hanna = holder(es, 'Hanna Dorvald')!;
		const tomas = holder(es, 'Tomas Dorvald')!;
		expect(hanna.mentions.one).toBe(2);
		expect(hanna.mentions.both).toBe(1);
		const bare = es.find((e) => e.name === 'Dorvald');
		expect(bare?.mentions.both).toBe(1);
		expect(bare?.ambiguous?.sort()).toEqual([hanna.id, tomas.id].sort());
	});

	it('resolves a surname where the article names one of several people three times as often', () => {
		const es = entitiesOf([
			article('Hanna Dorvald, Hanna Dorvald and again Hanna Dorvald met Tomas Dorvald. Dorvald said yes.', {id: 'lead'}),
		]);
		expect(holder(es, 'Hanna Dorvald')?.mentions.lead).toBe(4);
	});

	it('does not resolve a surname to an organisation of that name outside the articles naming the person', () => {
		const es = entitiesOf([
			article('Judge Karin Vossberg said the case was closed. Vossberg left.', {id: 'judge'}),
			article('The Vossberg Group reported profits. Vossberg shares rose at Vossberg, a company based in Ostland.', {id: 'firm'}),
		]);
		expect(holder(es, 'Karin Vossberg')?.mentions.firm).toBeUndefined();
		expect(holder(es, 'Karin Vossberg')?.mentions.judge).toBe(2);
	});
});

describe('extractMentions: names the running text gives whole', () => {
	it('keeps ordinals before a head, drops weekdays after a name, reads "and" inside an organisation', () => {
		const got = names('The truck stopped on First Street. Ostland recalled ambassador Pierre Lavelle Friday. The Bill and Melinda Orr Foundation paid.');
		expect(got).toEqual(expect.arrayContaining(['First Street', 'Pierre Lavelle', 'Bill and Melinda Orr Foundation']));
	});

	it('does not join two names with "and" before a head noun', () => {
		expect(names('They mourned commander Qasem Tavani and Popular Defence Forces fighters.')).not.toContain('Qasem Tavani and Popular Defence Forces');
	});

	it('takes capitalised institutions mid-sentence and headline surnames of people the text names', () => {
		const m = extractMentions(article('The bill passed the Senate. Critics of Jack Orlin spoke.', {title: 'Senate passes bill as Orlin objects'}));
		expect(m.mentions.map((x) => x.name)).toContain('Senate');
		expect(m.mentions.filter((x) => x.field === 'title').map((x) => x.name)).toContain('Orlin');
	});
});

describe('a role noun that opens a sentence', () => {
	it('is a label before a given name, not part of the name, so the person meets their surname', () => {
		const body = 'Journalist Nikola Brandvik-Ovey on Tuesday turned down the offer. Brandvik-Ovey said the choice was hard.';
		expect(names(body)).toContain('Nikola Brandvik-Ovey');
		expect(names(body)).not.toContain('Journalist Nikola Brandvik-Ovey');
		expect(holder(entitiesOf([article(body)]), 'Nikola Brandvik-Ovey')?.aliases).toContain('Brandvik-Ovey');
	});

	it('is a label before a given name no list knows', () => {
		const body = 'Activist Zorvane Quillety-Marsh on Monday left the board. Quillety-Marsh said the vote was rigged.';
		expect(names(body)).toContain('Zorvane Quillety-Marsh');
		expect(names(body)).not.toContain('Activist Zorvane Quillety-Marsh');
	});

	it('stays in a name that ends as an organisation does', () => {
		expect(names('Founder Harbour Trading Company said sales rose.')).not.toContain('Harbour Trading Company');
	});

	it('leaves a name that only starts with such a word alone when no given name follows', () => {
		expect(names('General Motors said sales rose.')).toContain('General Motors');
	});
});

describe('mergeEntities: article ids that are names of object properties', () => {
	it('counts the mentions of articles called "__proto__", "toString" and "constructor" as its own keys', () => {
		const body = 'Ada Okafor spoke in Lagos. Ada Okafor left.';
		const entities = entitiesOf(['__proto__', 'toString', 'constructor', 'a-plain-id'].map((id) => article(body, {id})));
		const ada = holder(entities, 'Ada Okafor')!;
		expect(Object.getPrototypeOf(ada.mentions)).toBe(Object.prototype);
		expect(Object.entries(ada.mentions)).toEqual([
			['__proto__', 2],
			['toString', 2],
			['constructor', 2],
			['a-plain-id', 2],
		]);
	});
});
