// STUB (owned by the statements work): quotes, cue verbs and speakers in one article.
import type {Article} from '../corpus/types.js';
import type {ArticleMentions} from './mentions.js';
import type {RenderingKind} from './types.js';

export interface RawQuote {
	text: string;
	start: number;
	end: number;
	kind: RenderingKind;
	verb: string | null;
	/** Speaker surface name as resolved in this article (carried pronouns resolved), or null. */
	speakerName: string | null;
	speakerLabel: string | null;
}

export function extractQuotes(_article: Article, _mentions: ArticleMentions): RawQuote[] {
	return [];
}
