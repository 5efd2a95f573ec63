// Words glued before a full name, names made of common words, epithets on given names: made-up sentences.
import {describe, expect, it} from 'vitest';
import {lowercaseWordIn} from '../../src/analysis/entities/common-words.js';
import {article, entitiesOf, holder} from './entities-helpers.js';

describe('mergeEntities: a full name with words before it', () => {
	it('merges an epithet before a full name into that person, shown by the bare full name', () => {
		const es = entitiesOf([
			article('Senator Hilda Varnum spoke on Monday. Hilda Varnum said the bill would pass. Hilda Varnum left.'),
			article('He called her Crooked Hilda Varnum at the rally. Hilda Varnum did not answer.'),
		]);
		const e = holder(es, 'Crooked Hilda Varnum');
		expect(e?.aliases).toContain('Hilda Varnum');
		expect(e?.name).toBe('Hilda Varnum');
		expect(e?.type).toBe('person');
	});

	it('merges a title the mention step left on into the person', () => {
		const es = entitiesOf([
			article('Hilda Varnum said the bill would pass. Hilda Varnum spoke.'),
			article('Then Warden Hilda Varnum spoke. Hilda Varnum spoke again.'),
		]);
		const e = holder(es, 'Warden Hilda Varnum');
		expect(e?.aliases).toContain('Hilda Varnum');
		expect(e?.name).toBe('Hilda Varnum');
	});

	it('merges the tail of a title the corpus took for a given name ("General" of "Attorney General")', () => {
		const es = entitiesOf([
			article('Jeff Tolland said the bill would pass. Jeff Tolland spoke. Jeff Tolland left.'),
			article('Attorney General Jeff Tolland spoke. Jeff Tolland again.'),
			article('The agency answers to Attorney General Jeff Tolland.'),
		]);
		const e = holder(es, 'General Jeff Tolland');
		expect(e?.aliases).toContain('Jeff Tolland');
		expect(e?.name).toBe('Jeff Tolland');
	});

	it('keeps a longer name whose extra word is a given name as another person', () => {
		const es = entitiesOf([
			article('Anne Corrow said the vote was close. Anne Corrow spoke twice. Anne Corrow left.'),
			article('Mary Anne Corrow, her aunt, said nothing.'),
		]);
		expect(holder(es, 'Mary Anne Corrow')?.id).not.toBe(holder(es, 'Anne Corrow')?.id);
	});
});

describe('mergeEntities: names made of common words', () => {
	it('does not type a name whose words the articles also use in lower case as a person', () => {
		const es = entitiesOf([
			article('Rising Tide Matter said the tide was rising. Rising Tide Matter said it would matter.'),
			article('Rising Tide Matter said the tide of opinion turned; rising anger would matter. Rising Tide Matter said so.'),
		]);
		expect(holder(es, 'Rising Tide Matter')?.type).not.toBe('person');
	});

	it('still types a name with a word prose never writes in lower case as a person', () => {
		const es = entitiesOf([
			article('Rising Okafor said the tide was rising. Rising Okafor spoke. Rising Okafor said more.'),
			article('Rising Okafor said again that it was rising. Rising Okafor left.'),
		]);
		expect(holder(es, 'Rising Okafor')?.type).toBe('person');
	});

	it('finds a lower-case word only as a word of its own', () => {
		expect(lowercaseWordIn('the tide was rising', 'tide')).toBe(true);
		expect(lowercaseWordIn('the tides were rising', 'tide')).toBe(false);
		expect(lowercaseWordIn('the Tide was rising', 'tide')).toBe(false);
		expect(lowercaseWordIn('the tide.', 'tide')).toBe(true);
		expect(lowercaseWordIn('write to ada.okafor@example.com', 'okafor')).toBe(false);
		expect(lowercaseWordIn('see example.com/okafor.html', 'okafor')).toBe(false);
	});
});

describe('mergeEntities: an epithet on a given name', () => {
	it('means the person with that given name, not one with it as a surname', () => {
		const es = entitiesOf([
			article('Hilda Varnum said the bill would pass. Hilda Varnum spoke. Hilda Varnum spoke again. Hilda Varnum left.'),
			article('The climber Edwin Hilda said the peak was high.'),
			article('At the rally he mocked Crooked Hilda again. Crooked Hilda, he said, would lose.'),
		]);
		expect(holder(es, 'Crooked Hilda')?.name).toBe('Hilda Varnum');
	});
});
