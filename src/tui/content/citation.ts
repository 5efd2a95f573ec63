// Citation-ready text for y: who said it, where and when it was printed, the words, and the link,
// so that a pasted quote can be checked against its source.
import type {Rendering, Statement} from '../../analysis/types.js';
import type {Article} from '../../corpus/types.js';
import type {Model} from '../model/model.js';
import {quoted, safeInline} from '../text/safe.js';

/** Who said a rendering: its own speaker's name, else the statement's, else the linked entity's. */
function speakerOf(rendering: Rendering, statement: Statement | undefined, model: Model): string {
	const entity = rendering.speaker ?? statement?.speaker;
	return safeInline(rendering.speakerName ?? statement?.speakerName ?? (entity ? model.lookups.entityById.get(entity)?.name : null)) || 'unknown speaker';
}

/** Outlet and date as a source line: "Daily Beacon, 2024-03-02". */
function source(outlet: string | null | undefined, published: string | null | undefined): string {
	return `${safeInline(outlet) || 'unknown outlet'}, ${published ?? 'undated'}`;
}

/**
 * One rendering: `Speaker, in Outlet (date): “the words” URL`. Reported speech is the outlet's
 * words, so it says so instead of putting them in quote marks.
 */
export function renderingCitation(rendering: Rendering, statement: Statement | undefined, model: Model): string {
	const article = model.lookups.articleById.get(rendering.article);
	const where = source(rendering.outlet ?? article?.outlet, rendering.published ?? article?.published);
	const words = safeInline(rendering.text);
	const said = rendering.kind === 'indirect' ? `${speakerOf(rendering, statement, model)}, as reported by ${where}: ${words}` : `${speakerOf(rendering, statement, model)}, in ${where}: ${quoted(words)}`;
	const url = safeInline(article?.url);
	return url ? `${said} ${url}` : said;
}

/** Every rendering of a statement, one citation a line. */
export function statementCitation(statement: Statement, model: Model): string {
	return statement.renderings.map((r) => renderingCitation(r, statement, model)).join('\n');
}

/** An article: `Title. Outlet, date. URL`. */
export function articleCitation(article: Article): string {
	const parts = [`${safeInline(article.title) || '(untitled)'}.`, `${source(article.outlet, article.published)}.`];
	if (article.url) parts.push(safeInline(article.url));
	return parts.join(' ');
}
