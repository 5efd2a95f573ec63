// The full-text index laid out a pause at a time (an idle job's steps) is the index laid out at
// once, and it is right: its words sorted, each listing exactly the articles holding it.
import {describe, expect, it} from 'vitest';
import {BodyIndexBuilder, buildBodyIndex} from '../../src/index/body-index.js';

/** A distinct lower-case word for each number ("ab", "ac", …). */
const word = (i: number) => {
	let s = '';
	for (let n = i + 26; n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
	return s;
};

describe('the full-text index layout', () => {
	it('sorts many words (several merged runs) and lists each word’s articles, stepped or at once', () => {
		// 9,000 distinct words over 300 articles: each article holds every 300th, and a few common ones.
		const bodies = Array.from({length: 300}, (_, a) => {
			const own = Array.from({length: 30}, (_, k) => word(a + 300 * k));
			return [...own, 'common', a % 2 ? 'odd' : 'even'].reverse().join(' ');
		});
		const articles = bodies.map((body) => ({body}));
		const whole = buildBodyIndex(articles).parts;

		const {text, wordStarts, listStarts, postings} = whole;
		const words = Array.from({length: wordStarts.length - 1}, (_, k) => text.slice(wordStarts[k], wordStarts[k + 1]));
		expect(words.length).toBe(9_003);
		expect(words).toEqual([...words].sort());
		const holding = (w: string) => [...postings.subarray(listStarts[words.indexOf(w)], listStarts[words.indexOf(w) + 1])];
		expect(holding('common')).toEqual(bodies.map((_, a) => a));
		expect(holding('odd')).toEqual(bodies.map((_, a) => a).filter((a) => a % 2));
		expect(holding(word(4_321))).toEqual([4_321 % 300]);

		// A step at a time: more steps than the bodies alone take, and the same parts.
		const builder = new BodyIndexBuilder(articles.length, (i) => bodies[i]);
		let steps = 1;
		while (!builder.scan(1)) steps++;
		const scanning = steps;
		while (!builder.step(1)) steps++;
		expect(steps - scanning).toBeGreaterThan(5);
		expect(builder.result.parts).toEqual(whole);
	});
});
