// The loader's output: one clean Article per story, whatever the input format.

/** Where a field's value came from, so users can judge how far to trust it. */
export type Provenance = 'metadata' | 'url' | 'signature' | 'inferred' | 'user';

export type ArticleField = 'outlet' | 'url' | 'published' | 'title' | 'byline';

export interface Article {
	/** Stable id from the file's path (relative to the corpus root) and the record index. */
	id: string;
	/** Path of the source file as given/walked (relative to cwd when possible). */
	file: string;
	/** Index of the record inside a multi-record file (JSON Lines), else 0. */
	record: number;
	format: ArticleFormat;
	outlet: string | null;
	url: string | null;
	/** YYYY-MM-DD or null. */
	published: string | null;
	title: string | null;
	byline: string | null;
	/** Clean body text: paragraphs joined by "\n\n". */
	body: string;
	paragraphs: string[];
	words: number;
	provenance: Partial<Record<ArticleField, Provenance>>;
	warnings: string[];
	/** sha256 of the raw record (cache key). */
	hash: string;
	/** A record's other fields (topic, bias, a story id…), as text; absent when it has none. */
	meta?: Record<string, string>;
	/** The outlet group (presslens.json's outlets.groups or groupField); absent when none applies. Read it with groupOf. */
	group?: string;
}

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

/** A file (or record) the loader could not turn into an article, with the reason. */
export interface LoadWarning {
	file: string;
	record?: number;
	/** Skipped entirely, or loaded with a problem. */
	skipped: boolean;
	message: string;
}

export interface Corpus {
	/** Display name: the folder or file the user gave. */
	name: string;
	roots: string[];
	articles: Article[];
	warnings: LoadWarning[];
}
