// The article reader's lines: a short header, the entities it names, then the clean body with
// entity names and quotes marked, wrapped to the width of the detail area.
import {splitSentences} from '../../analysis/sentences.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import type {Model} from '../model/model.js';
import {safeBlock, safeInline} from '../text/safe.js';
import {markSpans, wrapSegments, WrappedText, type Line, type Segment} from '../text/segments.js';
import type {LineList} from './entity.js';
import {reprintOriginals} from './story.js';
import {pushAll} from '../../util/arrays.js';

export function articleMeta(article: Article): string {
	const parts = [article.outlet ?? 'unknown outlet', article.published ?? 'undated'];
	if (article.byline) parts.push(`by ${article.byline}`);
	parts.push(`${article.words.toLocaleString('en-US')} words`);
	return safeInline(parts.join(' · '));
}

/** A stretch of the body the reader was opened at (a quote followed from a comparison). */
export interface BodyMark {
	start: number;
	end: number;
}

/**
 * The reader's lines at `width`, drawn once per index. `partial`: a preview, drawn without marks
 * and names while the model still gathers them (and then not kept); on a large index the opened
 * reader too, until the idle turns have gathered them. `at`: a quote to mark, with
 * the sentence around it marked as its context.
 */
export function articleLines(article: Article, model: Model, width: number, partial = false, at?: BodyMark): LineList {
	// Opened, the links are made now on a small index; on a large one (seconds) in the next idle
	// turns, the reader drawn without marks meanwhile.
	const complete = model.linksIn(partial);
	partial = !complete;
	const key = at ? `${width}:${at.start}-${at.end}` : width;
	return model.memo.byWidth('article', article, key, () => buildLines(article, model, width, partial, at), () => complete, 8);
}

/** The sentences of the quote's paragraph that overlap it: the context a quote is read in. */
export function contextOf(body: string, at: BodyMark): BodyMark {
	const from = body.lastIndexOf('\n', Math.max(0, at.start - 1)) + 1;
	const next = body.indexOf('\n', at.end);
	const to = next < 0 ? body.length : next;
	let start = at.start;
	let end = at.end;
	for (const s of splitSentences(body.slice(from, to))) {
		if (from + s.end <= at.start || from + s.start >= at.end) continue;
		start = Math.min(start, from + s.start);
		end = Math.max(end, from + s.end);
	}
	return {start, end};
}

/** The first line of the reader at `width` that shows the marked quote (0 if none). */
export function markedLine(lines: LineList): number {
	if (lines instanceof WrappedText) return Math.max(0, lines.firstLineWith('target'));
	return 0;
}

function buildLines(article: Article, model: Model, width: number, partial: boolean, at?: BodyMark): LineList {
	const lines: Line[] = [];
	pushAll(lines, wrapSegments([{text: safeInline(article.title) || '(untitled)', mark: 'title'}], width));
	pushAll(lines, wrapSegments([{text: articleMeta(article), mark: 'dim'}], width));
	if (article.url) pushAll(lines, wrapSegments([{text: safeInline(article.url), mark: 'link'}], width));
	const original = model.lookups.articleById.get(reprintOriginals(model).get(article.id) ?? '');
	if (original) {
		const of = `${safeInline(original.outlet) || 'unknown outlet'} · ${original.published ?? 'undated'} · ${safeInline(original.title) || '(untitled)'}`;
		pushAll(lines, wrapSegments([{text: 'Reprint of: ', mark: 'warn'}, {text: of}], width));
	}
	const group = groupOf(article);
	const fields = Object.entries(article.meta ?? {});
	if (group || fields.length > 0) {
		// The record's own fields, as the file gave them (cleaned when loaded, and again here).
		const segs: Segment[] = group ? [{text: 'Group: ', mark: 'dim'}, {text: safeInline(group)}] : [];
		fields.forEach(([key, value]) => {
			if (segs.length > 0) segs.push({text: ' · ', mark: 'dim'});
			segs.push({text: `${safeInline(key)}: `, mark: 'dim'}, {text: safeInline(value)});
		});
		pushAll(lines, wrapSegments(segs, width));
	}
	const entities = model.lookups.articleEntities(article, partial);
	if (entities.length > 0) {
		const names: Segment[] = [{text: 'Names: ', mark: 'dim'}];
		entities.slice(0, 12).forEach((e, i) => {
			if (i > 0) names.push({text: ', '});
			names.push({text: safeInline(e.name), mark: 'entity'});
			names.push({text: ` ${e.mentions[article.id]}`, mark: 'dim'});
		});
		if (entities.length > 12) names.push({text: ` and ${entities.length - 12} more`, mark: 'dim'});
		pushAll(lines, wrapSegments(names, width));
	}
	for (const warning of article.warnings) pushAll(lines, wrapSegments([{text: `⚠ ${safeInline(warning)}`, mark: 'warn'}], width));
	lines.push([]);
	let all: LineList = lines;
	if (!article.body.trim()) lines.push([{text: '(this article has no body text)', mark: 'dim'}]);
	// The body is wrapped as it is shown: only the lines on screen are built.
	else {
		let spans = model.lookups.articleSpans(article, partial);
		// The context under the article's own marks, the quote itself over them.
		if (at) spans = [{...contextOf(article.body, at), mark: 'context'}, ...spans, {...at, mark: 'target'}];
		all = new WrappedText(markSpans(article.body, spans), width, lines);
	}
	return all;
}
