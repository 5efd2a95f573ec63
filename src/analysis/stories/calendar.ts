// The weekdays an article's event happened on, as far as the article says. News writing dates the
// event by its weekday ("The Senate voted Thursday", "on Monday the court ruled"), so two reports
// of one event name the same day even when neither carries a date, while two articles that each
// name weekdays and share none most often tell two events of one running topic: the judge's
// order on Wednesday, the appeals court's on Friday. English weekday names only: other languages
// give no evidence from the text, only from their dates.

/** Characters read: the headline and the opening, where the event's day is told. */
const READ_CHARS = 1200;
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** Weekdays as a bit mask: bit 0 Sunday … bit 6 Saturday; 0 when none is known. */
export type Weekdays = number;

/** The weekdays a text names (in its first READ_CHARS characters). */
export function weekdaysNamed(text: string): Weekdays {
	let mask = 0;
	for (const [, day] of text.slice(0, READ_CHARS).matchAll(WEEKDAY)) mask |= 1 << WEEKDAYS.indexOf(day.toLowerCase());
	return mask;
}

/**
 * The weekdays of an article's event: those its headline and opening name; else, when it is dated,
 * the weekdays of its date and of the day before (news is published the day of the event or the
 * next); else none.
 */
export function articleWeekdays(article: {title: string | null; body: string; published: string | null}): Weekdays {
	const named = weekdaysNamed(`${article.title ?? ''}\n${article.body}`);
	if (named || !article.published) return named;
	const t = Date.parse(`${article.published}T00:00:00Z`);
	if (Number.isNaN(t)) return 0;
	const day = new Date(t).getUTCDay();
	return (1 << day) | (1 << ((day + 6) % 7));
}

/** The weekdays a day after those given. */
function nextDays(mask: Weekdays): Weekdays {
	return ((mask << 1) | (mask >> 6)) & 0x7f;
}

/**
 * How two articles' weekdays agree: 'unknown' when either has none, 'same' when they share one,
 * 'adjacent' when one's is the day after the other's (a vote late on Thursday, told on Friday),
 * else 'apart'.
 */
export function weekdayAgreement(a: Weekdays, b: Weekdays): 'unknown' | 'same' | 'adjacent' | 'apart' {
	if (!a || !b) return 'unknown';
	if (a & b) return 'same';
	return nextDays(a) & b || nextDays(b) & a ? 'adjacent' : 'apart';
}
