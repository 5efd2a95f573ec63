// The article reader's lines: a short header, the entities it names, then the clean body with
// entity names and quotes marked, wrapped to the width of the detail area.
import type {Article} from '../../corpus/types.js';
import type {Model} from '../model/model.js';
import {safeBlock, safeInline} from '../text/safe.js';
import {markSpans, wrapSegments, WrappedText, type Line, type Segment} from '../text/segments.js';
import type {LineList} from './entity.js';
import {pushAll} from '../../util/arrays.js';

export function articleMeta(article: Article): string {
	const parts = [article.outlet ?? 'unknown outlet', article.published ?? 'undated'];
	if (article.byline) parts.push(`by ${article.byline}`);
	parts.push(`${article.words.toLocaleString('en-US')} words`);
	return safeInline(parts.join(' · '));
}

/**
 * The reader's lines at `width`, drawn once per index. `partial`: a preview, drawn without marks
 * and names while the model still gathers them (and then not kept).
 */
export function articleLines(article: Article, model: Model, width: number, partial = false): LineList {
	const complete = !partial || model.lookups.linksReady;
	return model.memo.byWidth('article', article, width, () => buildLines(article, model, width, partial), () => complete);
}

/**
 * The reader line at which body offset `at` is shown: the header's lines, then the body's lines
 * up to that offset (a greedy wrap of a prefix breaks where the whole text does).
 */
export function lineOfOffset(article: Article, model: Model, width: number, at: number): number {
	const all = articleLines(article, model, width).length;
	const body = new WrappedText([{text: safeBlock(article.body)}], width).length;
	const before = new WrappedText([{text: safeBlock(article.body.slice(0, Math.max(0, at)))}], width).length;
	return Math.max(0, all - body + before - 1);
}

function buildLines(article: Article, model: Model, width: number, partial: boolean): LineList {
	const lines: Line[] = [];
	pushAll(lines, wrapSegments([{text: safeInline(article.title) || '(untitled)', mark: 'title'}], width));
	pushAll(lines, wrapSegments([{text: articleMeta(article), mark: 'dim'}], width));
	if (article.url) pushAll(lines, wrapSegments([{text: safeInline(article.url), mark: 'link'}], width));
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
	else all = new WrappedText(markSpans(article.body, model.lookups.articleSpans(article, partial)), width, lines);
	return all;
}
