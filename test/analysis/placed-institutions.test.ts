// A place before an institution's name ("New York Federal Reserve") is that institution, never a
// person, whatever "said" voted; and so is the institution's own name. Invented names and places.
import {describe, expect, it} from 'vitest';
import {article, entitiesOf} from './entities-helpers.js';

describe('a place before an institution', () => {
	it('is an organisation, though it "said" things and names capitalise its head more than prose does', () => {
		const filler = Array.from({length: 4}, (_, i) => article(`The bank kept a cash reserve, and each reserve grew. A reserve of ${i + 2} million was enough.`));
		const es = entitiesOf([
			...filler,
			article('Yesterday the Northshire Harbour Reserve said rates would rise.'),
			article('On Monday the Northshire Harbour Reserve said no, and the Harbour Reserve said it again.'),
			article('Yesterday the Central Reserve met, and the Central Reserve voted; the Central Reserve agreed, and then the Central Reserve left. The Central Reserve said so.'),
			article('In Northshire, people met. Northshire is a county. In Northshire, it rained. We drove to Northshire.'),
		]);
		expect(es.find((e) => e.name === 'Northshire Harbour Reserve')?.type).toBe('organization');
		// The institution without its place is one too.
		expect(es.find((e) => e.name === 'Harbour Reserve')?.type).toBe('organization');
	});

	it('is an organisation when the rest is an organisation the corpus names on its own', () => {
		const es = entitiesOf([
			article('The Harbour Trust said it would sell. The Harbour Trust met, and the Harbour Trust agreed.'),
			article('In Velmora, the Velmora Harbour Trust said rates would rise. The Velmora Harbour Trust said no.'),
		]);
		expect(es.find((e) => e.name === 'Velmora Harbour Trust')?.type).toBe('organization');
	});

	it('leaves a person whose given name comes after the place a person', () => {
		const es = entitiesOf([article('Northshire is a county. In Northshire, Ada Okafor spoke. Ada Okafor said it went well, and Okafor left.')]);
		expect(es.find((e) => e.name === 'Ada Okafor')?.type).toBe('person');
	});
});
