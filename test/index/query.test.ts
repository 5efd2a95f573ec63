import {describe, expect, it} from 'vitest';
import {describeQuery, inRange, isEmptyQuery, parseQuery} from '../../src/index/query.js';

describe('parseQuery', () => {
	it('splits words, folds them and keeps quoted phrases whole', () => {
		const q = parseQuery('Harbour  "Dock STRIKE looms"  Velmár');
		expect(q.words).toEqual(['harbour', 'velmar']);
		expect(q.phrases).toEqual(['dock strike looms']);
	});

	it('reads field terms, quoted values and alternatives of one field', () => {
		const q = parseQuery('outlet:beacon outlet:"coast times" speaker:Okon type:PER group:left strike');
		expect(q.fields).toEqual({outlet: ['beacon', 'coast times'], speaker: ['okon'], type: ['per'], group: ['left']});
		expect(q.words).toEqual(['strike']);
	});

	it('reads a month, a day and open or closed ranges of dates', () => {
		expect(parseQuery('date:2021-12').dates).toEqual([{from: '2021-12', to: '2021-12'}]);
		expect(parseQuery('date:2021-07..2021-09').dates).toEqual([{from: '2021-07', to: '2021-09'}]);
		expect(parseQuery('date:..2020').dates).toEqual([{from: '', to: '2020'}]);
		const bad = parseQuery('date:yesterday');
		expect(bad.dates).toEqual([]);
		expect(bad.problems[0]).toContain('date:yesterday');
	});

	it('treats an unknown name: as a word and an unfinished term as nothing yet', () => {
		expect(parseQuery('http:x').words).toEqual(['http:x']);
		expect(isEmptyQuery(parseQuery('outlet: '))).toBe(true);
		// A quote still open while typing is a phrase so far.
		expect(parseQuery('"port of vel').phrases).toEqual(['port of vel']);
	});

	it('writes the query back in a normal form', () => {
		expect(describeQuery(parseQuery('Strike  outlet:"coast times" date:2021-07..2021-09'))).toBe('strike outlet:"coast times" date:2021-07..2021-09');
	});
});

describe('inRange', () => {
	it('compares dates by their prefixes, both ends included', () => {
		const summer = {from: '2021-07', to: '2021-09'};
		expect(inRange('2021-07-01', summer)).toBe(true);
		expect(inRange('2021-09-30', summer)).toBe(true);
		expect(inRange('2021-10-01', summer)).toBe(false);
		expect(inRange('2021-06-30', summer)).toBe(false);
		expect(inRange(null, summer)).toBe(false);
		expect(inRange('2019-01-01', {from: '', to: '2020'})).toBe(true);
	});
});
