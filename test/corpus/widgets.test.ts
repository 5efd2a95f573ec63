import {expect, test} from 'vitest';
import {stripNameCards} from '../../src/corpus/widgets.js';

test('removes a flattened name card and keeps the sentence around it', () => {
	const text = 'Mayor Ulla Brandt Ulla Marie BrandtCouncil approves budget after ‘long night’ Port strike ends MORE said on Monday that the plan would pass.';
	expect(stripNameCards(text)).toBe('Mayor Ulla Brandt said on Monday that the plan would pass.');
});

test('handles nicknames in brackets, possessives and several cards', () => {
	const text = 'Rep. Jo Kell Joanna (Jo) KellKell: ‘we will win’ MORE’s bill and Sen. Ivo Lind Ivo Per LindLind quits MORE (I-Nev.) agreed.';
	expect(stripNameCards(text)).toBe('Rep. Jo Kell’s bill and Sen. Ivo Lind (I-Nev.) agreed.');
});

test('finds the glue after a surname with an inner capital', () => {
	const text = 'Leader Ana McAllister Ana Rose McAllisterGOP balks at deal MORE [R-Ky.] backed it.';
	expect(stripNameCards(text)).toBe('Leader Ana McAllister [R-Ky.] backed it.');
});

test('leaves text alone when the card does not repeat the name', () => {
	for (const text of [
		'The iPhoneMaker said MORE than once that sales fell.',
		'READ MORE: a story about something else',
		'Sales of the McLaren grew MORE slowly this year than last.',
	]) {
		expect(stripNameCards(text)).toBe(text);
	}
});
