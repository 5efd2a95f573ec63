import {findReprints} from '../analysis/stories/reprints.js';
import type {Story} from '../analysis/stories/types.js';
import {groupOf} from '../corpus/groups.js';
import type {Article, Corpus} from '../corpus/types.js';
import {countOutlets} from '../corpus/summary.js';
import {plural} from '../util/plural.js';
import {renderTable} from '../output/table.js';
import {terminalWidth, writeJsonLines} from './output.js';

/** What `articles --json` says of an article's place among the others. */
export interface ArticleLinks {
	/** The article it is a copy of (stories/reprints.ts), when it is one. */
	reprintOf?: string;
	/** Its story's id, or null when it is in none; absent when the corpus's stories are not known. */
	story?: string | null;
}

/** The article record of the `--json` contract (README, Output formats), with a few extra fields. */
export function articleJson(a: Article, fileWarnings: string[] = [], links: ArticleLinks = {}) {
	return {
		id: a.id,
		file: a.file,
		outlet: a.outlet,
		url: a.url,
		published: a.published,
		title: a.title,
		byline: a.byline,
		body: a.body,
		words: a.words,
		provenance: a.provenance,
		warnings: [...fileWarnings, ...a.warnings],
		meta: a.meta ?? {},
		group: groupOf(a),
		reprintOf: links.reprintOf ?? null,
		...('story' in links ? {story: links.story} : {}),
	};
}

/**
 * Each article's links. A saved index's stories hold its reprints and story ids; a corpus read
 * from its files has no stories (grouping needs the whole analysis), but its reprints are cheap
 * to find: one MinHash sketch per body.
 */
export function articleLinks(corpus: Corpus & {stories?: Story[]}): (a: Article) => ArticleLinks {
	if (corpus.stories) {
		const storyOf = new Map<string, string>();
		const reprintOf = new Map<string, string>();
		for (const s of corpus.stories) {
			for (const id of s.articles) storyOf.set(id, s.id);
			for (const [copy, original] of Object.entries(s.reprints ?? {})) reprintOf.set(copy, original);
		}
		return (a) => ({reprintOf: reprintOf.get(a.id), story: storyOf.get(a.id) ?? null});
	}
	const reprints = findReprints(corpus.articles);
	const at = new Map(corpus.articles.map((a, i) => [a.id, i] as const));
	return (a) => {
		const original = reprints.get(at.get(a.id) ?? -1);
		return {reprintOf: original === undefined ? undefined : corpus.articles[original].id};
	};
}

export function printArticles(corpus: Corpus, json: boolean): void {
	// Problems with a file that still loaded belong to each article from it.
	const byFile = new Map<string, string[]>();
	for (const w of corpus.warnings) {
		if (!w.skipped) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.message]);
	}
	if (json) {
		const links = articleLinks(corpus);
		writeJsonLines(corpus.articles.map(a => articleJson(a, byFile.get(a.file), links(a))));
		return;
	}
	if (corpus.articles.length === 0) {
		process.stdout.write(`No articles found in ${corpus.name}.\n`);
		return;
	}
	const table = renderTable(
		corpus.articles,
		[
			{header: 'DATE', get: a => a.published ?? '', width: 10},
			{header: 'OUTLET', get: a => a.outlet ?? '(unknown)', width: 22},
			{header: 'WORDS', get: a => a.words, width: 6, align: 'right'},
			{header: 'TITLE', get: a => a.title ?? `(untitled) ${a.id}`},
		],
		terminalWidth(),
	);
	process.stdout.write(`${table}\n\n${plural(corpus.articles.length, 'article')} from ${plural(countOutlets(corpus.articles), 'outlet')}\n`);
}
