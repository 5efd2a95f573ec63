// A story: the articles that report one event, as `presslens stories --json` prints it.

export interface Story {
	/** Stable while the story keeps the same articles: a hash of their ids. */
	id: string;
	/** The headline of its most central article (the one most like the others). */
	title: string | null;
	/** Earliest and latest dates of its dated articles (YYYY-MM-DD), or null when none is dated. */
	first: string | null;
	last: string | null;
	/** Article ids in date order (undated last). */
	articles: string[];
	/** Distinct outlets in the order they first reported it. */
	outlets: string[];
	/** Articles per outlet group (articles without a group, and reprints, are not counted). */
	groups: Record<string, number>;
	/** Each reprint among its articles → the article it copies (the earliest copy of the text). */
	reprints?: Record<string, string>;
}
