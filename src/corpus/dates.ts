// Normalises the many date forms found in scrapes and metadata to YYYY-MM-DD.

const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar-valid date in a plausible range for news (1900 to next year), else null. */
function ymd(year: number, month: number, day: number): string | null {
	const maxYear = new Date().getUTCFullYear() + 1;
	if (year < 1900 || year > maxYear || month < 1 || month > 12 || day < 1) return null;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > days) return null;
	return `${year}-${pad(month)}-${pad(day)}`;
}

const monthOf = (name: string) => MONTHS[name.slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[name.slice(0, 3).toLowerCase()];

/**
 * Parses a date as found in metadata ("2021-12-10T18:53+0000", "12/10/21", "10 December 2021",
 * "Dec 10, 2021", "10.12.2021", "20211210"). Returns null for anything unparseable or implausible.
 * Dotted day-first forms follow the European convention; slashed forms the US one (M/D/Y).
 */
export function normalizeDate(raw: string | null | undefined): string | null {
	if (raw == null) return null;
	const s = String(raw).trim();
	if (!s) return null;
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
	if (m) return ymd(+m[1], +m[2], +m[3]);
	m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
	if (m) return ymd(+m[1], +m[2], +m[3]);
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(s);
	if (m) return ymd(m[3].length === 2 ? 2000 + +m[3] - (+m[3] >= 70 ? 100 : 0) : +m[3], +m[1], +m[2]);
	m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
	if (m) return ymd(+m[3], +m[2], +m[1]);
	m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
	if (m && monthOf(m[2])) return ymd(+m[3], monthOf(m[2])!, +m[1]);
	m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
	if (m && monthOf(m[1])) return ymd(+m[3], monthOf(m[1])!, +m[2]);
	if (/^\d{9,13}$/.test(s)) {
		// Unix time in seconds or milliseconds, as some scrapers store it.
		const ms = s.length > 11 ? Number(s) : Number(s) * 1000;
		const d = new Date(ms);
		return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
	}
	return null;
}

/** A date in a URL path (/2021/12/10/ or /20211210/), which many news sites use. */
export function dateFromUrl(url: string): string | null {
	let path: string;
	try {
		path = new URL(url).pathname;
	} catch {
		return null;
	}
	const m = /\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:\/|\d{0,4}-|$)/.exec(path);
	return m ? ymd(+m[1], +m[2], +m[3]) : null;
}
