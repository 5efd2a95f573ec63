// STUB (owned by the entities work): per-article entity mentions and descriptors.
import type {Article} from '../corpus/types.js';
import type {EntityType} from './types.js';

export interface RawMention {
	/** Cleaned name (no title, possessive or punctuation). */
	name: string;
	type: EntityType;
	field: 'body' | 'title';
	start: number;
	end: number;
	/** Surface text as printed. */
	text: string;
}

export interface ArticleMentions {
	mentions: RawMention[];
	/** Alias evidence found in this article ("Daesh (ISIS)"): pairs of names. */
	aliasPairs: Array<[string, string]>;
	descriptors: Array<{name: string; text: string; kind: 'appositive' | 'premodifier' | 'group' | 'other'}>;
}

export function extractMentions(_article: Article): ArticleMentions {
	return {mentions: [], aliasPairs: [], descriptors: []};
}
