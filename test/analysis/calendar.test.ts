// The weekdays an article's event fell on: named in its text, else implied by its date.
import {describe, expect, it} from 'vitest';
import {articleWeekdays, weekdayAgreement, weekdaysNamed} from '../../src/analysis/stories/calendar.js';

const SUN = 1;
const MON = 2;
const TUE = 4;
const THU = 16;
const FRI = 32;
const SAT = 64;

describe('weekdays named', () => {
	it('reads weekday names in any case, each once', () => {
		expect(weekdaysNamed('The council voted Tuesday; on TUESDAY night it adjourned until friday.')).toBe(TUE | FRI);
	});

	it('reads whole words only, and only the opening of a long text', () => {
		expect(weekdaysNamed('Mondays are quiet. A sundaymarket opened.')).toBe(0);
		expect(weekdaysNamed(`${'x '.repeat(1000)} on Monday`)).toBe(0);
	});

	it('takes an article’s named weekdays over its date, and its date (that day and the day before) when it names none', () => {
		// 2031-03-07 is a Friday.
		expect(articleWeekdays({title: 'Port reopens', body: 'The port reopened on Sunday.', published: '2031-03-07'})).toBe(SUN);
		expect(articleWeekdays({title: 'Port reopens', body: 'The port reopened.', published: '2031-03-07'})).toBe(FRI | THU);
		expect(articleWeekdays({title: 'Port reopens', body: 'The port reopened.', published: null})).toBe(0);
	});
});

describe('weekday agreement', () => {
	it('is unknown without a weekday on either side', () => {
		expect(weekdayAgreement(0, MON)).toBe('unknown');
		expect(weekdayAgreement(MON, 0)).toBe('unknown');
	});

	it('is the same with a weekday in common, adjacent a day apart (across the week’s end too), else apart', () => {
		expect(weekdayAgreement(MON | THU, THU)).toBe('same');
		expect(weekdayAgreement(THU, FRI)).toBe('adjacent');
		expect(weekdayAgreement(SAT, SUN)).toBe('adjacent');
		expect(weekdayAgreement(MON, THU)).toBe('apart');
	});
});
