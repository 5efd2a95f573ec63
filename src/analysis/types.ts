// Records produced by the analysis of clean articles.

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One occurrence of an entity name in an article body (or title). */
export interface Mention {
	article: string;
	/** Character offsets into article.body, or into article.title when field is 'title'. */
	start: number;
	end: number;
	field: 'body' | 'title';
	/** The surface form as printed. */
	text: string;
}

/** How one article labels an entity ("a spokesman for al-Nujaba"). */
export interface Descriptor {
	article: string;
	outlet: string | null;
	text: string;
	kind: 'appositive' | 'premodifier' | 'group' | 'other';
}

export interface Entity {
	id: string;
	type: EntityType;
	/** Canonical display name. */
	name: string;
	/** Every surface form merged into this entity (including name). */
	aliases: string[];
	/** Mentions per article id (body + title). */
	mentions: Record<string, number>;
	/** Every located mention (for highlighting in the reader). */
	spans: Mention[];
	descriptors: Descriptor[];
	/** A bare surname several people share, with nothing to say which: the ids of those it may mean. */
	ambiguous?: string[];
}

export type RenderingKind = 'direct' | 'indirect';

/** One article's rendering of something said. */
export interface Rendering {
	/** Stable id: article id + start offset. */
	id: string;
	article: string;
	outlet: string | null;
	published: string | null;
	/** The quoted words as the article prints them (a substring of body). */
	text: string;
	/** Offsets of text in article.body. */
	start: number;
	end: number;
	kind: RenderingKind;
	/** Cue verb as printed ("said", "pointed out"), or null when none found. */
	verb: string | null;
	/** Speaker entity id after alias merging, or null. */
	speaker: string | null;
	/** Speaker as named (or carried) in this article. */
	speakerName: string | null;
	/** How this article labels the speaker here ("Nujaba spokesman"), when it does. */
	speakerLabel: string | null;
	/**
	 * Set when this article is a copy of another that renders the statement too (a re-crawl, wire
	 * copy, a republished article: stories/reprints.ts): the id of that article. The same words
	 * printed twice are one rendering, so a copy counts in no outlet count and links nothing.
	 */
	reprintOf?: string;
}

/** One utterance and every article's rendering of it. */
export interface Statement {
	id: string;
	speaker: string | null;
	speakerName: string | null;
	renderings: Rendering[];
	/** Distinct outlets (or article ids when the outlet is unknown) of its renderings, copies (reprintOf) left out. */
	outlets: number;
}

/**
 * A statement is linked when two or more articles render it, a copy of another's text
 * (reprintOf) not counting: the one meaning of "linked" in the app's header, `statements --linked`
 * and the overview.
 */
export function isLinked(statement: Statement): boolean {
	let first: string | undefined;
	for (const r of statement.renderings) {
		if (r.reprintOf !== undefined) continue;
		if (first === undefined) first = r.article;
		else if (r.article !== first) return true;
	}
	return false;
}
