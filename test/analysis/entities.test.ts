import {describe, expect, it} from 'vitest';
import {EntityConfigError} from '../../src/analysis/entities.js';
import {article, entitiesOf, holder} from './entities-helpers.js';

describe('mergeEntities: merge rules', () => {
	it('merges a surname with the one full name it can mean, within and across articles', () => {
		const es = entitiesOf([
			article('Senator Marta Kowalczyk spoke on Monday. Kowalczyk said the bill would pass.'),
			article('Critics mocked Kowalczyk over the vote.'),
		]);
		const e = holder(es, 'Marta Kowalczyk');
		expect(e?.type).toBe('person');
		expect(e?.aliases).toContain('Kowalczyk');
		expect(Object.keys(e?.mentions ?? {})).toHaveLength(2);
	});

	it('keeps two people who share a surname apart and resolves the surname per article', () => {
		const es = entitiesOf([
			article('Trade minister Lena Dorvald met reporters. Dorvald said exports were rising.', {id: 'x1'}),
			article('Coach Piet Dorvald was fired. Dorvald declined to comment.', {id: 'x2'}),
		]);
		const lena = holder(es, 'Lena Dorvald')!;
		const piet = holder(es, 'Piet Dorvald')!;
		expect(lena.id).not.toBe(piet.id);
		expect(lena.mentions.x1).toBe(2);
		expect(lena.mentions.x2).toBeUndefined();
		expect(piet.mentions.x2).toBe(2);
	});

	it('leaves an ambiguous surname alone when the article names neither person', () => {
		const es = entitiesOf([
			article('Lena Dorvald spoke first.'),
			article('Piet Dorvald spoke second.'),
			article('Later, Dorvald left the room.', {id: 'amb'}),
		]);
		expect(holder(es, 'Lena Dorvald')?.mentions.amb).toBeUndefined();
		expect(holder(es, 'Piet Dorvald')?.mentions.amb).toBeUndefined();
	});

	it('merges transliteration variants of one Arabic name (al-/Al-, dh/z, doubled letters, vowels)', () => {
		const es = entitiesOf([
			article('Prime Minister Khalid al-Radhimi arrived. Minister Yusuf al-Tammari said the talks went well.'),
			article('The visit by Khalid Al-Razemi was short, and Yusuf al-Tamari joined him.'),
		]);
		expect(holder(es, 'Khalid al-Radhimi')?.aliases).toContain('Khalid Al-Razemi');
		expect(holder(es, 'Yusuf al-Tammari')?.aliases).toContain('Yusuf al-Tamari');
		expect(holder(es, 'Khalid al-Radhimi')?.id).not.toBe(holder(es, 'Yusuf al-Tammari')?.id);
	});

	it('does not merge different given names with a similar surname', () => {
		const es = entitiesOf([article('Governor Samir al-Haddad and Governor Tariq al-Hadad met in Velmora.')]);
		expect(holder(es, 'Samir al-Haddad')?.id).not.toBe(holder(es, 'Tariq al-Hadad')?.id);
	});

	it('links an organisation to its acronym and to a parenthesised alias', () => {
		const es = entitiesOf([
			article('The Northern Rivers Alliance (NRA) rejected the plan. Fighters of the Sable Front (Jabhat Sawda) attacked.'),
			article('The NRA spokesman said more. Jabhat Sawda claimed the attack.'),
		]);
		expect(holder(es, 'Northern Rivers Alliance')?.aliases).toContain('NRA');
		expect(holder(es, 'Sable Front')?.aliases).toContain('Jabhat Sawda');
	});

	it('links an acronym to the expansion it spells when the corpus holds only one', () => {
		const es = entitiesOf([article('The Coastal Defence League met.'), article('Later the CDL said it would vote.')]);
		expect(holder(es, 'Coastal Defence League')?.aliases).toContain('CDL');
	});

	it('follows "better known as" and "also known as" phrases', () => {
		const es = entitiesOf([article('The Harbour Guard Units [HGU], better known by the local name as Haras al-Mina, patrolled.')]);
		const e = holder(es, 'Harbour Guard Units');
		expect(e?.aliases).toEqual(expect.arrayContaining(['HGU', 'Haras al-Mina']));
	});

	it('merges organisation names that differ only in generic words', () => {
		const es = entitiesOf([
			article('The Harakat al-Sabil said it was ready. A spokesman for al-Sabil Movement spoke.'),
			article('Leaders of the Kestrel Mobilization Forces and the Kestrel Mobilization Units met.'),
		]);
		expect(holder(es, 'Harakat al-Sabil')?.aliases).toContain('al-Sabil Movement');
		expect(holder(es, 'Kestrel Mobilization Forces')?.aliases).toContain('Kestrel Mobilization Units');
	});

	it('links an organisation short form that ends a longer name but not one that starts it', () => {
		const es = entitiesOf([
			article('The Hizb Tarvan al-Qamar militia spoke. Al-Qamar warned the army. Hizb Tarvan, a separate party, disagreed.'),
		]);
		const long = holder(es, 'Hizb Tarvan al-Qamar');
		expect(long?.aliases).toContain('Al-Qamar');
		expect(long?.aliases).not.toContain('Hizb Tarvan');
	});

	it('keeps "Air Force Magazine"-like names apart from the force they mention', () => {
		const es = entitiesOf([article('The Ostland Air Force struck. According to Air Force Weekly, the planes returned.')]);
		expect(holder(es, 'Ostland Air Force')?.id).not.toBe(holder(es, 'Air Force Weekly')?.id);
	});

	it('merges the short form of an "X of Y" organisation', () => {
		const es = entitiesOf([article('The Steering Council of the Lowland Farmers met. The Steering Council said prices must rise.')]);
		expect(holder(es, 'Steering Council of the Lowland Farmers')?.aliases).toContain('Steering Council');
	});

	it('gives stable, unique ids', () => {
		const docs = [article('Ana Lind met Ana Lindh. Ana Lind spoke.'), article('Ana Lind left.')];
		const a = entitiesOf(docs).map((e) => e.id);
		const b = entitiesOf(docs).map((e) => e.id);
		expect(a).toEqual(b);
		expect(new Set(a).size).toBe(a.length);
	});
});

describe('mergeEntities: types, mentions and descriptors', () => {
	it('types people, organisations and places', () => {
		const es = entitiesOf([
			article('President Olek Varan visited France on Tuesday. The Varan administration and the Brelin Times disagreed. The Ministry of Water spoke.'),
		]);
		expect(holder(es, 'Olek Varan')?.type).toBe('person');
		expect(holder(es, 'France')?.type).toBe('place');
		expect(holder(es, 'Brelin Times')?.type).toBe('organization');
		expect(holder(es, 'Ministry of Water')?.type).toBe('organization');
	});

	it('counts mentions per article and keeps offsets into the body', () => {
		const doc = article('Tomas Greer arrived. Greer left early.');
		const e = holder(entitiesOf([doc]), 'Tomas Greer')!;
		expect(e.mentions[doc.id]).toBe(2);
		for (const s of e.spans) expect(doc.body.slice(s.start, s.end)).toBe(s.text);
	});

	it('records descriptors with article and outlet', () => {
		const doc = article('Lina Osk, a spokeswoman for the Veld Party, said no.', {outlet: 'Daily Example'});
		const e = holder(entitiesOf([doc]), 'Lina Osk')!;
		expect(e.descriptors).toContainEqual(expect.objectContaining({article: doc.id, outlet: 'Daily Example', text: 'a spokeswoman for the Veld Party'}));
	});
});

describe('mergeEntities: the user config', () => {
	const docs = () => [
		article('Ravel announced new tariffs. The Ravel Republic objected. Officials in Ravel City waited.'),
		article('Hanne Vos met Ivo Vos. Vos said little.'),
	];

	it('merges, renames and retypes', () => {
		const es = entitiesOf(docs(), {
			merge: [['Ravel Republic', 'Ravel']],
			rename: {'Ravel Republic': 'Republic of Ravel'},
			retype: {'Ravel City': 'place'},
		});
		const e = holder(es, 'Ravel')!;
		expect(e.aliases).toContain('Ravel Republic');
		expect(e.name).toBe('Republic of Ravel');
		expect(holder(es, 'Ravel City')?.type).toBe('place');
	});

	it('splits what the rules would merge and ignores names', () => {
		const base = entitiesOf([article('The Kestrel Mobilization Forces and the Kestrel Mobilization Units met.')]);
		expect(holder(base, 'Kestrel Mobilization Forces')?.aliases).toContain('Kestrel Mobilization Units');
		const es = entitiesOf([article('The Kestrel Mobilization Forces and the Kestrel Mobilization Units met. Click Here now.')], {
			split: [['Kestrel Mobilization Forces', 'Kestrel Mobilization Units']],
			ignore: ['Click Here'],
		});
		expect(holder(es, 'Kestrel Mobilization Forces')?.id).not.toBe(holder(es, 'Kestrel Mobilization Units')?.id);
		expect(holder(es, 'Click Here')).toBeUndefined();
	});

	it('rejects a malformed section with every problem named', () => {
		const bad = {merge: [['only one']], retype: {X: 'country'}, colour: 'red'};
		expect(() => entitiesOf([article('Text.')], bad)).toThrow(EntityConfigError);
		try {
			entitiesOf([article('Text.')], bad);
		} catch (error) {
			const message = String((error as Error).message);
			expect(message).toContain('entities.merge[0]');
			expect(message).toContain('entities.retype["X"]');
			expect(message).toContain('entities.colour is not a known setting');
		}
	});
});

describe('mergeEntities: order', () => {
	it('lists the most mentioned first, then by name with case and accents ignored', () => {
		const es = entitiesOf([
			article('Zed Ammar met Émile Roux and Eva Stone in Lisbon. Later Zed Ammar left.'),
		]);
		const names = es.map((e) => e.name).filter((n) => ['Zed Ammar', 'Émile Roux', 'Eva Stone'].includes(n));
		// By code units "Émile" would come after "Eva" (and after "Zed").
		expect(names).toEqual(['Zed Ammar', 'Émile Roux', 'Eva Stone']);
		const totals = es.map((e) => Object.values(e.mentions).reduce((a, b) => a + b, 0));
		expect(totals).toEqual([...totals].sort((a, b) => b - a));
	});
});
