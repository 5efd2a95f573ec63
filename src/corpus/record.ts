// What each format parser hands to the loader: fields as found, before normalisation.
import type {ArticleField, Provenance} from './types.js';

export interface ParsedRecord {
	title?: string | null;
	outlet?: string | null;
	url?: string | null;
	/** Date as found (any common form); the loader normalises it to YYYY-MM-DD. */
	published?: string | null;
	byline?: string | null;
	provenance: Partial<Record<ArticleField, Provenance>>;
	/** Body paragraphs after format-specific cleaning (boilerplate removed, duplicates dropped). */
	paragraphs: string[];
	/** Lines removed as boilerplate: searched for outlet signatures ("Support X", footnotes). */
	boilerplate: string[];
	warnings: string[];
	/** The record's other fields as text (structured formats only): see recordMeta. */
	meta?: Record<string, string>;
}

/** A multi-record file (JSON Lines) yields several records and per-record problems. */
export interface ParsedFile {
	records: Array<ParsedRecord | {skipped: string}>;
	warnings: string[];
}
