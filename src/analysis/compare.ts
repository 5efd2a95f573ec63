// The comparison of one statement: every rendering side by side, a word-level diff of each against
// the first, and a short list of what changed ("nearing → winding up", "moved: again").
import {diffWords} from 'diff';
import type {Article} from '../corpus/types.js';
import type {RenderingKind, Statement} from './types.js';

export interface ComparisonColumn {
	article: string;
	outlet: string | null;
	published: string | null;
	title: string | null;
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

export function buildComparison(statement: Statement, articles: Article[]): Comparison {
	const byId = new Map(articles.map(a => [a.id, a]));
	const columns: ComparisonColumn[] = statement.renderings.map(r => {
		const a = byId.get(r.article);
		return {
			article: r.article,
			outlet: r.outlet,
			published: r.published,
			title: a?.title ?? null,
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
	const verbs = distinct(columns.map(c => c.verb));
	if (verbs.length > 1) summary.push(`verb: ${verbs.join(' / ')}`);
	const labels = distinct(columns.map(c => c.speakerLabel ?? c.speakerName));
	if (labels.length > 1) summary.push(`speaker: ${labels.join(' / ')}`);
	return {id: statement.id, speaker: statement.speaker, speakerName: statement.speakerName, columns, diffs, summary};
}
