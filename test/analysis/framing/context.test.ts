// The corpus side of label reading: compound nouns by corpus count, other entities' names.
import {describe, expect, it} from 'vitest';
import {corpusCompounds, entityNames, namesOtherThan} from '../../../src/analysis/framing/context.js';
import type {Entity} from '../../../src/analysis/types.js';

describe('corpusCompounds', () => {
	const bodies = [
		'The real estate market fell. A real estate agent said so.',
		'Real estate prices and the estate tax. He owns real estate.',
		'The real reason is the border militia, a real threat.',
		'A border militia crossed. The militia left.',
	];
	const words = new Map<string, number[]>();
	bodies.forEach((b, k) => {
		for (const w of new Set(b.toLowerCase().match(/\p{L}+/gu))) words.set(w, [...(words.get(w) ?? []), k]);
	});
	const compound = corpusCompounds((w) => words.get(w) ?? null, (k) => bodies[k]);

	it('joins a pair written together in most uses of its second word', () => {
		expect(compound('real', 'estate')).toBe(true);
	});

	it('tells a name of its own by its first word, followed by the second in nearly all its uses', () => {
		const texts = ['The tea party rallied. The tea party won.', 'A tea party caucus, the party leaders, a party and the party.', 'The tea party and the party, a party, one party.'];
		const index = new Map<string, number[]>();
		texts.forEach((b, k) => {
			for (const w of new Set(b.toLowerCase().match(/\p{L}+/gu))) index.set(w, [...(index.get(w) ?? []), k]);
		});
		const fixed = corpusCompounds((w) => index.get(w) ?? null, (k) => texts[k], true);
		expect(fixed('tea', 'party')).toBe(true);
		expect(corpusCompounds((w) => index.get(w) ?? null, (k) => texts[k])('tea', 'party')).toBe(false);
		expect(fixed('real', 'estate')).toBe(false);
	});

	it('keeps apart words that are only sometimes together, or seldom', () => {
		expect(compound('border', 'militia')).toBe(false);
		expect(compound('real', 'threat')).toBe(false);
		expect(compound('real', 'unknown')).toBe(false);
	});
});

describe('namesOtherThan', () => {
	const entity = (id: string, name: string, aliases: string[], type: Entity['type'] = 'person'): Entity => ({id, type, name, aliases, mentions: {}, spans: [], descriptors: []});
	const a = entity('a', 'Jane Roe', ['Jane Roe', 'Roe']);
	const b = entity('b', 'North Post', ['North Post'], 'organization');
	const c = entity('c', 'Velmar', ['Velmar'], 'place');
	const names = entityNames([a, b, c]);

	it('tells another entity’s names from the entity’s own, leaving places out', () => {
		const other = namesOtherThan(names, a);
		expect(other('north post')).toBe(true);
		expect(other('jane roe')).toBe(false);
		expect(other('velmar')).toBe(false);
	});
});
