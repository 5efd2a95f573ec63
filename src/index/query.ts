// What a search query says, parsed once per keystroke: words that must all match (in any order),
// "quoted phrases" that must appear as written, and field terms (`outlet:`, `speaker:`, `group:`,
// `type:`, `date:`) that narrow the list. Pure: no index, no terminal.
import {foldText} from '../text/fold.js';

export const FIELD_NAMES = ['outlet', 'speaker', 'group', 'type', 'date'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Dates compared as text: `from` and `to` are prefixes of YYYY-MM-DD ('' = open). */
export interface DateRange {
	from: string;
	to: string;
}

export interface Query {
	/** Folded words, each of which must match (AND). */
	words: string[];
	/** Folded phrases, each of which must appear whole. */
	phrases: string[];
	/** Folded values per field; several values of one field are alternatives (OR). */
	fields: Partial<Record<Exclude<FieldName, 'date'>, string[]>>;
	/** Date ranges (alternatives). */
	dates: DateRange[];
	/** What could not be read (a malformed date), for the status bar. */
	problems: string[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isEmptyQuery(q: Query): boolean {
	return q.words.length === 0 && q.phrases.length === 0 && q.dates.length === 0 && Object.keys(q.fields).length === 0;
}

/** Splits raw text into terms: quoted runs stay whole (a quote left open runs to the end). */
function terms(text: string): {field: string | null; value: string; quoted: boolean}[] {
	const out: {field: string | null; value: string; quoted: boolean}[] = [];
	let k = 0;
	while (k < text.length) {
		while (k < text.length && /\s/.test(text[k])) k++;
		if (k >= text.length) break;
		// An optional `name:` before the value.
		const head = /^([a-z]+):/i.exec(text.slice(k));
		let field: string | null = null;
		if (head && (FIELD_NAMES as readonly string[]).includes(head[1].toLowerCase())) {
			field = head[1].toLowerCase();
			k += head[0].length;
		}
		if (text[k] === '"' || text[k] === '“') {
			const close = text.slice(k + 1).search(/["”]/);
			const end = close < 0 ? text.length : k + 1 + close;
			out.push({field, value: text.slice(k + 1, end), quoted: true});
			k = end + 1;
		} else {
			let end = k;
			while (end < text.length && !/\s/.test(text[end])) end++;
			out.push({field, value: text.slice(k, end), quoted: false});
			k = end;
		}
	}
	return out;
}

/** A `date:` value: one date prefix (2021, 2021-12, 2021-12-03) or a range `a..b` (either side open). */
function dateRange(value: string): DateRange | null {
	const [from, to, ...rest] = value.includes('..') ? value.split('..') : [value, value];
	if (rest.length > 0 || (from === '' && to === '')) return null;
	if ((from && !DATE.test(from)) || (to && !DATE.test(to))) return null;
	return {from, to};
}

export function parseQuery(text: string): Query {
	const query: Query = {words: [], phrases: [], fields: {}, dates: [], problems: []};
	for (const term of terms(text)) {
		const value = foldText(term.value).trim();
		if (!value) continue;
		if (term.field === 'date') {
			const range = dateRange(value);
			if (range) query.dates.push(range);
			else query.problems.push(`date:${term.value} is not a date (2021-12, or a range 2021-07..2021-09)`);
		} else if (term.field) {
			const name = term.field as Exclude<FieldName, 'date'>;
			(query.fields[name] ??= []).push(value);
		} else if (term.quoted) {
			// One word in quotes is a word: nothing to keep in order.
			if (/\s/.test(value)) query.phrases.push(value.replace(/\s+/g, ' '));
			else query.words.push(value);
		} else {
			query.words.push(value);
		}
	}
	return query;
}

/** Whether a YYYY-MM-DD date (or a prefix of one) lies in the range, both ends included. */
export function inRange(date: string | null | undefined, range: DateRange): boolean {
	if (!date) return false;
	if (range.from && date.slice(0, range.from.length) < range.from) return false;
	if (range.to && date.slice(0, range.to.length) > range.to) return false;
	return true;
}

/** The query written back in its normal form (for the pane title). */
export function describeQuery(q: Query): string {
	const parts = [...q.words, ...q.phrases.map((p) => `"${p}"`)];
	for (const [name, values] of Object.entries(q.fields)) for (const v of values) parts.push(`${name}:${/\s/.test(v) ? `"${v}"` : v}`);
	for (const d of q.dates) parts.push(`date:${d.from === d.to ? d.from : `${d.from}..${d.to}`}`);
	return parts.join(' ');
}
