// One row per list item, fitted to the list's width in cells (so wide scripts keep columns).
import type {Article} from '../../corpus/types.js';
import type {Entity, EntityType, Statement} from '../../analysis/types.js';
import type {Model} from '../model/model.js';
import {renderingShown, safeInline} from '../text/safe.js';
import {fit, fitRight} from '../text/width.js';

const TYPE_TAG: Record<EntityType, string> = {person: 'PER', organization: 'ORG', place: 'LOC', other: '---'};

function outletWidth(width: number): number {
	return Math.min(18, Math.max(8, Math.floor(width * 0.28)));
}

export function articleHeader(width: number): string {
	if (width < 40) return fit(`${fit('DATE', 10)}  TITLE`, width);
	return fit(`${fit('DATE', 10)}  ${fit('OUTLET', outletWidth(width))}  TITLE`, width);
}

/**
 * An article's title for a one-line link or row. Without one it says "(untitled)", as the reader
 * does, followed by the opening of the body so that rows can still be told apart.
 */
export function articleTitle(article: Article): string {
	const title = safeInline(article.title);
	if (title) return title;
	const opening = safeInline(article.body.slice(0, 120));
	return opening ? `(untitled) · ${opening}` : '(untitled)';
}

/**
 * A group's tag for a narrow column: the initials of a name of several words ("Russian state
 * media" → RSM), else its first letters ("center" → center).
 */
export function groupTag(group: string): string {
	const words = safeInline(group).split(/\s+/).filter(Boolean);
	return words.length > 1 ? words.map((w) => [...w][0].toUpperCase()).join('').slice(0, 4) : [...(words[0] ?? '')].slice(0, 6).join('');
}

/** The outlet column: the outlet, then its group's tag when it has one. */
function outletCell(article: Article, group: string | null, width: number): string {
	const outlet = safeInline(article.outlet) || 'unknown';
	if (!group) return fit(outlet, width);
	const tag = `[${groupTag(group)}]`;
	return `${fit(outlet, Math.max(1, width - tag.length - 1))} ${tag}`;
}

/** An article's row; `group` tags the outlet, `reprint` marks a copy of another article. */
export function articleRow(article: Article, width: number, group: string | null = null, reprint = false): string {
	const date = fit(article.published ?? '—', 10);
	const title = `${reprint ? '[reprint] ' : ''}${articleTitle(article)}`;
	if (width < 40) return fit(`${date}  ${title}`, width);
	return fit(`${date}  ${outletCell(article, group, outletWidth(width))}  ${title}`, width);
}

export function entityHeader(width: number): string {
	const name = Math.max(4, width - 5 - 18);
	return fit(`${fit('TYPE', 5)}${fit('NAME', name)}${fitRight('MENTIONS', 9)}${fitRight('OUTLETS', 9)}`, width);
}

export function entityRow(entity: Entity, model: Model, width: number): string {
	const name = Math.max(4, width - 5 - 18);
	const aliases = entity.aliases.filter((a) => a !== entity.name).length;
	const label = safeInline(entity.name) + (aliases > 0 ? ` (+${aliases})` : '');
	// The most named entities are named in thousands of articles each: on a large index, a screen of
	// them counted at once held the first frame of the pane for a second. Uncounted, a row shows "…".
	const {lookups} = model;
	const counted = lookups.counted(entity) || model.ensure(lookups.countsJob(), () => lookups.counted(entity));
	const mentions = counted ? String(lookups.mentionTotal(entity)) : '…';
	const outlets = counted ? String(lookups.entityOutlets(entity).length) : '…';
	return fit(`${fit(TYPE_TAG[entity.type], 5)}${fit(label, name)}${fitRight(mentions, 9)}${fitRight(outlets, 9)}`, width);
}

function speakerWidth(width: number): number {
	return Math.min(22, Math.max(10, Math.floor(width * 0.28)));
}

export function statementHeader(width: number): string {
	const words = Math.max(4, width - speakerWidth(width) - 2 - 8);
	return fit(`${fit('SPEAKER', speakerWidth(width))}  ${fit('OPENING WORDS', words)}${fitRight('OUTLETS', 8)}`, width);
}

export function statementRow(statement: Statement, model: Model, width: number): string {
	const speaker =
		safeInline(statement.speakerName) ||
		safeInline(statement.speaker ? model.lookups.entityById.get(statement.speaker)?.name : '') ||
		'unknown speaker';
	const words = Math.max(4, width - speakerWidth(width) - 2 - 8);
	const opening = renderingShown(statement.renderings[0]);
	return fit(`${fit(speaker, speakerWidth(width))}  ${fit(opening, words)}${fitRight(String(statement.outlets), 8)}`, width);
}
