// The comparison of one statement: every rendering side by side, a word-level diff of each against
// the first, and a short list of what changed ("nearing → winding up", "moved: again").
import {timeline, type Timeline} from './stories/timeline.js';
import {diffWords} from 'diff';
import {groupOf} from '../corpus/groups.js';
import type {Article} from '../corpus/types.js';
import type {RenderingKind, Statement} from './types.js';
import {pushAll} from '../util/arrays.js';

export interface ComparisonColumn {
	article: string;
	outlet: string | null;
	published: string | null;
	title: string | null;
	/** The article's URL as the loader found it (untrusted: check it before linking to it). */
	url: string | null;
	/** The outlet's group (presslens.json's outlets), or null. */
	group: string | null;
	/** The article this one is a copy of, when its rendering is that article's again (Rendering.reprintOf). */
	reprintOf?: string;
	kind: RenderingKind;
	verb: string | null;
	speakerName: string | null;
	speakerLabel: string | null;
	text: string;
	start: number;
	end: number;
}

/** One run of words: common to both renderings, only in the base (removed) or only in the other (added). */
export interface DiffPart {
	value: string;
	type: 'same' | 'removed' | 'added';
}

export interface Change {
	type: 'replaced' | 'removed' | 'added' | 'moved';
	from: string;
	to: string;
}

export interface ColumnDiff {
	/** Index of the compared column; the base is column 0. */
	column: number;
	parts: DiffPart[];
	changes: Change[];
	/** Share of the base's words kept, 0..1. */
	similarity: number;
}

export interface Comparison {
	id: string;
	speaker: string | null;
	speakerName: string | null;
	columns: ComparisonColumn[];
	diffs: ColumnDiff[];
	/** Human-readable differences: wording changes, then verbs and speaker labels when they differ. */
	summary: string[];
	/** Who carried it first, and each other outlet's lag in days. */
	timeline: Timeline;
}

const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]*$/u;

function normaliseMarks(text: string): string {
	return text.replace(/[‘’‛′`]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/** Word diff of two renderings; quote-mark styles are not differences. */
export function diffRenderings(base: string, other: string): DiffPart[] {
	return diffWords(normaliseMarks(base), normaliseMarks(other)).map(p => ({
		value: p.value,
		type: p.added ? 'added' : p.removed ? 'removed' : 'same',
	}));
}

/** Replacements, insertions and deletions, with a word deleted in one place and inserted in another reported as moved. */
export function changesOf(parts: DiffPart[]): Change[] {
	const out: Change[] = [];
	for (let i = 0; i < parts.length; i++) {
		const p = parts[i];
		if (p.type === 'same') continue;
		if (p.type === 'removed' && parts[i + 1]?.type === 'added') {
			out.push({type: 'replaced', from: p.value.trim(), to: parts[i + 1].value.trim()});
			i++;
		} else if (p.type === 'removed') out.push({type: 'removed', from: p.value.trim(), to: ''});
		else out.push({type: 'added', from: '', to: p.value.trim()});
	}
	const meaningful = out.filter(c => !PUNCTUATION_ONLY.test(c.from) || !PUNCTUATION_ONLY.test(c.to));
	// A pure deletion matched by an identical pure insertion elsewhere: the words moved.
	const result: Change[] = [];
	const used = new Set<number>();
	meaningful.forEach((c, i) => {
		if (used.has(i)) return;
		if (c.type === 'removed' || c.type === 'added') {
			const j = meaningful.findIndex((d, k) => k !== i && !used.has(k) && d.type !== c.type && (d.type === 'removed' || d.type === 'added') && (d.from || d.to).toLowerCase() === (c.from || c.to).toLowerCase());
			if (j >= 0) {
				used.add(j);
				result.push({type: 'moved', from: c.from || c.to, to: c.from || c.to});
				return;
			}
		}
		result.push(c);
	});
	return result;
}

function similarity(parts: DiffPart[]): number {
	const count = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
	const same = parts.filter(p => p.type === 'same').reduce((n, p) => n + count(p.value), 0);
	const base = parts.filter(p => p.type !== 'added').reduce((n, p) => n + count(p.value), 0);
	return base === 0 ? 0 : same / base;
}

export function describeChange(c: Change): string {
	switch (c.type) {
		case 'replaced':
			return `${c.from} → ${c.to}`;
		case 'removed':
			return `− ${c.from}`;
		case 'added':
			return `+ ${c.to}`;
		case 'moved':
			return `moved: ${c.from}`;
	}
}

function distinct(values: Array<string | null>): string[] {
	return [...new Set(values.map(v => v ?? '—'))];
}

/** The verbs of attribution and the speaker's labels, when the renderings differ in them. */
export function attributionSummary(columns: ComparisonColumn[]): string[] {
	const out: string[] = [];
	const verbs = distinct(columns.map(c => c.verb));
	if (verbs.length > 1) out.push(`verb: ${verbs.join(' / ')}`);
	const labels = distinct(columns.map(c => c.speakerLabel ?? c.speakerName));
	if (labels.length > 1) out.push(`speaker: ${labels.join(' / ')}`);
	return out;
}

export function buildComparison(statement: Statement, articles: Article[]): Comparison {
	const byId = new Map(articles.map(a => [a.id, a]));
	const columns: ComparisonColumn[] = statement.renderings.map(r => {
		const a = byId.get(r.article);
		return {
			article: r.article,
			outlet: r.outlet,
			published: r.published,
			title: a?.title ?? null,
			url: a?.url ?? null,
			group: a ? groupOf(a) : null,
			...(r.reprintOf !== undefined ? {reprintOf: r.reprintOf} : {}),
			kind: r.kind,
			verb: r.verb,
			speakerName: r.speakerName,
			speakerLabel: r.speakerLabel,
			text: r.text,
			start: r.start,
			end: r.end,
		};
	});
	const diffs: ColumnDiff[] = columns.slice(1).map((c, i) => {
		const parts = diffRenderings(columns[0].text, c.text);
		return {column: i + 1, parts, changes: changesOf(parts), similarity: similarity(parts)};
	});
	const summary: string[] = [];
	for (const d of diffs) {
		const prefix = columns.length > 2 ? `${columns[d.column].outlet ?? columns[d.column].article}: ` : '';
		for (const c of d.changes) summary.push(prefix + describeChange(c));
	}
	pushAll(summary, attributionSummary(columns));
	// A copy reports nothing of its own: who was first, and how late the others, is the originals'.
	return {id: statement.id, speaker: statement.speaker, speakerName: statement.speakerName, columns, diffs, summary, timeline: timeline(columns.filter(c => c.reprintOf === undefined))};
}

/** A stretch of one column's text: shared with the others, or only in the base (removed) or in this rendering (added). */
export interface ColumnRun {
	text: string;
	type: DiffPart['type'];
}

/**
 * Each column's own text cut into runs by the comparison's diffs, so a view can highlight exactly
 * what the summary describes: the base column marks words some other rendering lacks, every other
 * column the words the base lacks. A word is marked whole when any of it differs, and blanks
 * between two changed words join them ("winding up," is one run).
 */
export function columnRuns(comparison: Comparison): ColumnRun[][] {
	return markRuns(
		comparison.columns.map(c => c.text),
		comparison.diffs,
	);
}

/** The words of `text` not in `base` marked as added, as the comparison marks a column (a story's headlines). */
export function wordsAdded(base: string, text: string): ColumnRun[] {
	return markRuns([base, text], [{column: 1, parts: diffRenderings(base, text)}])[1];
}

function markRuns(texts: string[], diffs: Pick<ColumnDiff, 'column' | 'parts'>[]): ColumnRun[][] {
	const comparison = {columns: texts.map(text => ({text}))};
	const marks = texts.map(t => new Array<DiffPart['type']>(t.length).fill('same'));
	for (const d of diffs) {
		let inBase = 0;
		let inOther = 0;
		for (const p of d.parts) {
			const n = p.value.length;
			if (p.type === 'same') {
				inBase += n;
				inOther += n;
			} else if (p.type === 'removed') {
				for (let k = inBase; k < inBase + n && k < marks[0].length; k++) if (/\S/.test(comparison.columns[0].text[k])) marks[0][k] = 'removed';
				inBase += n;
			} else {
				const text = comparison.columns[d.column].text;
				const m = marks[d.column];
				for (let k = inOther; k < inOther + n && k < m.length; k++) if (/\S/.test(text[k])) m[k] = 'added';
				inOther += n;
			}
		}
	}
	return comparison.columns.map((c, ci) => {
		const m = marks[ci];
		// Whole words, as `presslens compare` prints them: "nearing," is marked, not "nearing" and a bare comma.
		for (const word of c.text.matchAll(/\S+/g)) {
			const end = word.index + word[0].length;
			const mark = m.slice(word.index, end).find(x => x !== 'same');
			if (mark) m.fill(mark, word.index, end);
		}
		for (const blank of c.text.matchAll(/\s+/g)) {
			const before = m[blank.index - 1];
			const after = m[blank.index + blank[0].length];
			if (before !== undefined && before !== 'same' && before === after) m.fill(before, blank.index, blank.index + blank[0].length);
		}
		const runs: ColumnRun[] = [];
		let start = 0;
		for (let k = 1; k <= c.text.length; k++) {
			if (k === c.text.length || m[k] !== m[start]) {
				if (k > start) runs.push({text: c.text.slice(start, k), type: m[start]});
				start = k;
			}
		}
		return runs;
	});
}
