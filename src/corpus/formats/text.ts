// Plain-text scrapes: a page flattened to lines, with the article somewhere among headers,
// metadata, banners, a run-on copy of the body and reader comments. We find the header fields,
// cut comments, drop boilerplate lines, group the rest into blocks of running text, keep one
// copy of duplicated blocks, and rejoin lines broken mid-sentence.
import {containment, shingles} from '../dedupe.js';
import type {ParsedRecord} from '../record.js';
import {pushAll} from '../../util/arrays.js';
import {
	BYLINE,
	classifyNoise,
	isCommentMarker,
	isHeadingLike,
	isNoise,
	isProse,
	isTimestampLine,
	stripLeadingStamp,
	teaserHead,
	wordCount,
} from './lines.js';

interface Line {
	n: number;
	text: string;
}

const DATE_HEADER = /^date\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:+.Z-]*)?\s*(.*)$/i;
const FIELD_HEADER = /^(title|headline|date|published|source|outlet|site|url|link|author|byline)\s*:\s*(.+)$/i;
/** Header fields are looked for in the first lines only. */
const FIELD_LINES = 12;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/;
const URL_LINE = /^https?:\/\/\S+$/i;
/** Share of a block's shingles found in another block above which it is a copy. */
const DUPLICATE_CONTAINMENT = 0.6;
/** A line this long without paragraph breaks is a run-on copy with paragraphs glued together. */
const RUN_ON_CHARS = 1500;

export function parseText(text: string): ParsedRecord {
	const record: ParsedRecord = {provenance: {}, paragraphs: [], boilerplate: [], warnings: []};
	let lines: Line[] = text.split('\n').map((t, n) => ({n, text: t.replace(/\s+$/, '').replace(/^\s+/, '')}));

	// Reader comments follow the comment widget; nothing after it is the article.
	const cut = lines.findIndex(l => isCommentMarker(l.text));
	if (cut !== -1) {
		pushAll(record.boilerplate, lines.slice(cut).map(l => l.text).filter(Boolean));
		lines = lines.slice(0, cut);
	}

	const setField = (field: 'title' | 'published' | 'url' | 'byline' | 'outlet', value: string) => {
		if (record[field] || !value.trim()) return;
		record[field] = value.trim();
		record.provenance[field] = 'metadata';
	};

	// Header fields: explicit "key: value" lines and "date YYYY-MM-DD <title or first sentence>".
	// A "key: value" line is a header even when its value reads as a sentence ("title: A story
	// (a large corpus)" ends like one): the header runs on past it.
	const firstProse = lines.findIndex((l, i) => !(i < FIELD_LINES && FIELD_HEADER.test(l.text)) && isProse(stripLeadingStamp(l.text).line) && !isNoise(l.text));
	const headerEnd = firstProse === -1 ? lines.length : firstProse + 1;
	for (let i = 0; i < headerEnd; i++) {
		const line = lines[i];
		const dated = DATE_HEADER.exec(line.text);
		if (dated) {
			setField('published', dated[1]);
			const rest = dated[2].trim();
			// The rest is a headline unless it reads as the first sentence of the body.
			if (rest && isHeadingLike(rest) && wordCount(rest) <= 25 && !/[.!?]["”’]?$/.test(rest)) {
				setField('title', rest);
				line.text = '';
			} else {
				line.text = rest;
			}
			continue;
		}
		const field = FIELD_HEADER.exec(line.text);
		if (field && i < FIELD_LINES) {
			const key = field[1].toLowerCase();
			const value = field[2];
			if (key === 'title' || key === 'headline') setField('title', value);
			else if (key === 'date' || key === 'published') setField('published', value);
			else if (key === 'url' || key === 'link') setField('url', value);
			else if (key === 'author' || key === 'byline') setField('byline', value);
			else setField('outlet', value);
			record.boilerplate.push(line.text);
			line.text = '';
		}
	}
	for (const line of lines.slice(0, headerEnd)) {
		if (URL_LINE.test(line.text)) setField('url', line.text);
		const by = BYLINE.exec(line.text);
		if (by) setField('byline', by[1]);
	}
	// Scrapes put the page's timestamps among the metadata, often after a teaser: the first one
	// standing alone on a line is the publication time.
	const stamp = lines.find(l => isTimestampLine(l.text));
	if (stamp) setField('published', ISO_DATE.exec(stamp.text)?.[1] ?? '');

	// The headline: the first heading-like line before the body, preferring one the page repeats.
	if (!record.title) {
		const head = lines.slice(0, Math.max(0, headerEnd - 1)).filter(l => l.text && !isNoise(l.text) && isHeadingLike(l.text) && !isProse(l.text));
		const repeated = head.find(l => lines.filter(o => o.text === l.text).length > 1);
		const pick = repeated ?? head[0];
		if (pick) {
			record.title = pick.text;
			record.provenance.title = 'inferred';
		}
	}

	// Blocks of running text, split wherever boilerplate interrupts.
	const blocks: Line[][] = [];
	let current: Line[] = [];
	const flush = () => {
		if (current.length) blocks.push(current);
		current = [];
	};
	for (const line of lines) {
		if (!line.text) continue;
		const {line: text, stamp} = stripLeadingStamp(line.text);
		if (stamp) record.boilerplate.push(stamp);
		const noise = classifyNoise(text);
		if (noise || text === record.title) {
			record.boilerplate.push(text);
			if (noise === 'meta') flush();
			continue;
		}
		current.push({n: line.n, text});
	}
	flush();

	// A block needs running text; short lines at its edges are headers or banners, not body.
	const bodies: Line[][] = [];
	for (const block of blocks) {
		let a = 0;
		let b = block.length;
		while (a < b && !isProse(block[a].text)) a++;
		while (b > a && !isProse(block[b - 1].text)) b--;
		pushAll(record.boilerplate, block.slice(0, a).map(l => l.text));
		pushAll(record.boilerplate, block.slice(b).map(l => l.text));
		if (a < b) bodies.push(block.slice(a, b));
	}

	// Duplicates: a block mostly contained in a more complete one is a copy (run-on duplicate,
	// truncated teaser). Compare the teaser's head only, as the rest is metadata glued on.
	const texts = bodies.map(block => block.map(l => teaserHead(l.text) ?? l.text).join(' '));
	const sets = texts.map(t => shingles(t));
	const keep = bodies.map((_, i) =>
		!sets.some((other, j) => j !== i && (other.size > sets[i].size || (other.size === sets[i].size && j < i)) && containment(sets[i], other) >= DUPLICATE_CONTAINMENT),
	);
	const kept = bodies.filter((_, i) => keep[i]);
	if (kept.length < bodies.length) record.warnings.push(`dropped ${bodies.length - kept.length} duplicated copy(ies) of body text`);

	record.paragraphs = kept.flatMap(block => rejoin(block.map(l => l.text))).flatMap(splitRunOn);
	return record;
}

/** Rejoins lines broken mid-sentence: no closing punctuation, and the next line starts lowercase. */
export function rejoin(lines: string[]): string[] {
	const out: string[] = [];
	for (const line of lines) {
		const prev = out[out.length - 1];
		if (prev !== undefined && !/[.!?:;…"”’)\]]$/.test(prev) && /^["“‘'(]?\p{Ll}/u.test(line) && wordCount(prev) > 3) {
			out[out.length - 1] = `${prev} ${line}`;
		} else {
			out.push(line);
		}
	}
	return out;
}

/** Splits a run-on line at sentence joins that lost their space ("has warned.“American"). */
function splitRunOn(paragraph: string): string[] {
	if (paragraph.length < RUN_ON_CHARS) return [paragraph];
	return paragraph.split(/(?<=[\p{Ll}\d)][.!?]["”’]?)(?=["“‘]?\p{Lu}\p{Ll})/u).map(p => p.trim()).filter(Boolean);
}
