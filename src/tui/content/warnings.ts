// The warnings overlay: files the loader skipped, and articles loaded with a problem.
import type {CorpusIndex} from '../../index/types.js';
import type {Model} from '../model/model.js';
import {safeInline} from '../text/safe.js';
import {wrapSegments, type Line} from '../text/segments.js';
import {pushAll} from '../../util/arrays.js';

/** The overlay's lines at `width`, built once per index and width: scrolling redraws them on every key. */
export function warningLines(model: Model, width: number): Line[] {
	return model.memo.byWidth('warnings', model.index, width, () => buildWarningLines(model.index, width));
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
