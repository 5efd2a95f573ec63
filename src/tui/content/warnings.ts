// The warnings overlay: files the loader skipped, and articles loaded with a problem.
import type {CorpusIndex} from '../../index/types.js';
import {safeInline} from '../text/safe.js';
import {wrapSegments, type Line} from '../text/segments.js';
import {pushAll} from '../../util/arrays.js';

export function warningCount(index: CorpusIndex): number {
	return index.warnings.length + index.articles.reduce((n, a) => n + a.warnings.length, 0);
}

const cache = new WeakMap<CorpusIndex, Map<number, Line[]>>();

/** The overlay's lines at `width`, built once per index and width: scrolling redraws them on every key. */
export function warningLines(index: CorpusIndex, width: number): Line[] {
	const perWidth = cache.get(index) ?? new Map<number, Line[]>();
	cache.set(index, perWidth);
	const hit = perWidth.get(width);
	if (hit) return hit;
	const lines = buildWarningLines(index, width);
	perWidth.set(width, lines);
	return lines;
}

function buildWarningLines(index: CorpusIndex, width: number): Line[] {
	const lines: Line[] = [];
	const skipped = index.warnings.filter((w) => w.skipped);
	const loaded = index.warnings.filter((w) => !w.skipped);
	const where = (file: string, record?: number) => safeInline(record === undefined ? file : `${file} #${record}`);
	lines.push([{text: `Skipped (${skipped.length})`, mark: 'heading'}]);
	if (skipped.length === 0) lines.push([{text: '  no file was skipped', mark: 'dim'}]);
	for (const w of skipped) {
		pushAll(lines, wrapSegments([{text: '  ✗ ', mark: 'warn'}, {text: where(w.file, w.record), mark: 'title'}, {text: `  ${safeInline(w.message)}`}], width));
	}
	const perArticle = index.articles.filter((a) => a.warnings.length > 0);
	lines.push([]);
	lines.push([{text: `Loaded with problems (${loaded.length + perArticle.length})`, mark: 'heading'}]);
	if (loaded.length + perArticle.length === 0) lines.push([{text: '  none', mark: 'dim'}]);
	for (const w of loaded) {
		pushAll(lines, wrapSegments([{text: '  ⚠ ', mark: 'warn'}, {text: where(w.file, w.record), mark: 'title'}, {text: `  ${safeInline(w.message)}`}], width));
	}
	for (const a of perArticle) {
		for (const message of a.warnings) {
			pushAll(lines, wrapSegments([{text: '  ⚠ ', mark: 'warn'}, {text: where(a.file, a.record || undefined), mark: 'title'}, {text: `  ${safeInline(message)}`}], width));
		}
	}
	return lines;
}
