import {expect, test} from 'vitest';
import {dateFromUrl, normalizeDate} from '../../src/corpus/dates.js';

test.each([
	['2021-12-10T18:53+0000', '2021-12-10'],
	['2019-02-03', '2019-02-03'],
	['2019/02/03', '2019-02-03'],
	['20190203', '2019-02-03'],
	['3/7/18', '2018-03-07'],
	['10.12.2021', '2021-12-10'],
	['10 December 2021', '2021-12-10'],
	['Dec 10, 2021', '2021-12-10'],
	['Friday, 10th December 2021', '2021-12-10'],
	['Fri, 10 Dec 2021 18:53:00 GMT', '2021-12-10'],
	['1639161180', '2021-12-10'],
])('normalizeDate(%j) = %s', (raw, want) => {
	expect(normalizeDate(raw)).toBe(want);
});

test.each(['', 'yesterday', '0001-01-01', '2050-01-01', '2021-02-30', '13/45/2020', null, undefined])('normalizeDate(%j) is null', raw => {
	expect(normalizeDate(raw)).toBeNull();
});

test('dateFromUrl reads common path dates', () => {
	expect(dateFromUrl('https://a.example/20211210/story-1091424961.html')).toBe('2021-12-10');
	expect(dateFromUrl('https://a.example/2020/03/07/story/')).toBe('2020-03-07');
	expect(dateFromUrl('https://a.example/story-123')).toBeNull();
	expect(dateFromUrl('not a url')).toBeNull();
});
