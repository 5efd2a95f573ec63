// What every view of a corpus counts, defined once so that the app's header, its rows and cards,
// and the CLI always say the same number.
import type {Article, Corpus, LoadWarning} from './types.js';

/**
 * The source an outlet count counts. An article whose outlet is unknown is a source of its own:
 * it is not merged with other unknown articles (they may come from anywhere), nor dropped (it is
 * still somewhere the words were printed).
 */
export function outletKey(outlet: string | null | undefined, articleId: string): string {
	return outlet ?? `article:${articleId}`;
}

/** Distinct outlets of these articles, by outletKey. */
export function countOutlets(articles: Iterable<Pick<Article, 'id' | 'outlet'>>): number {
	const keys = new Set<string>();
	for (const a of articles) keys.add(outletKey(a.outlet, a.id));
	return keys.size;
}

/** Every warning: the loader's about files and records, then each article's own (as a loaded file's problem). */
export function allWarnings(corpus: Pick<Corpus, 'articles' | 'warnings'>): LoadWarning[] {
	const out = [...corpus.warnings];
	for (const a of corpus.articles) {
		for (const message of a.warnings) out.push(a.record ? {file: a.file, record: a.record, skipped: false, message} : {file: a.file, skipped: false, message});
	}
	return out;
}

/** allWarnings(corpus).length, without building the list. */
export function warningCount(corpus: Pick<Corpus, 'articles' | 'warnings'>): number {
	let count = corpus.warnings.length;
	for (const a of corpus.articles) count += a.warnings.length;
	return count;
}
