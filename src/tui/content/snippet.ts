// The sentence of an article body where a search hit stands, for the line under its row: the
// earliest word of the body that a query word (or a phrase's first word) begins, with the hit marked
// and the sentence cut around it to fit one line.
import {splitSentences} from '../../analysis/sentences.js';
import type {Query} from '../../index/query.js';
import {forEachWord, wordsOf} from '../../index/words.js';
import {safeInline} from '../text/safe.js';
import type {Line} from '../text/segments.js';
import {cellWidth, truncate} from '../text/width.js';

/** Farthest a sentence is followed from its hit each way (a body without full stops has no sentences). */
const REACH = 400;

/**
 * Where the hit's sentence starts and ends in `body`: the sentence splitter of the analysis over the
 * text around the hit, so "Mr. Smith" and "the U.S. envoy" are not cut at their full stops.
 */
function sentenceAround(body: string, start: number, end: number): [number, number] {
	const from = Math.max(0, start - REACH);
	const to = Math.min(body.length, end + REACH);
	for (const sentence of splitSentences(body.slice(from, to))) if (from + sentence.end > start) return [Math.min(start, from + sentence.start), Math.max(end, from + sentence.end)];
	return [from, to];
}

/** The hit's sentence as one line of `width` cells, or null when the body holds no query word. */
export function hitSentence(body: string, query: Query, width: number): Line | null {
	const wanted = [...query.words.flatMap((w) => wordsOf(w).slice(0, 1)), ...query.phrases.flatMap((p) => wordsOf(p).slice(0, 1))];
	if (wanted.length === 0 || width < 8) return null;
	let hit = null as [number, number] | null;
	forEachWord(body, (word, start, end) => {
		if (!wanted.some((w) => word.startsWith(w))) return false;
		hit = [start, end];
		return true;
	});
	if (!hit) return null;
	const [start, end] = hit;
	const [begin, stop] = sentenceAround(body, start, end);
	const indent = '  ';
	const word = truncate(safeInline(body.slice(start, end)), Math.max(1, width - indent.length));
	let before = safeInline(body.slice(begin, start));
	// The hit stays in view: what comes before it gets at most a third of the line.
	const room = Math.floor((width - indent.length) / 3);
	if (cellWidth(before) > room) before = `…${Array.from(before).slice(-Math.max(0, room - 1)).join('')}`;
	while (before && cellWidth(before) > room) before = `…${Array.from(before).slice(2).join('')}`;
	const left = width - indent.length - cellWidth(before) - cellWidth(word);
	const after = left > 0 ? truncate(safeInline(body.slice(end, stop)), left) : '';
	return [{text: indent + before, mark: 'dim'}, {text: word, mark: 'match'}, {text: after, mark: 'dim'}];
}
