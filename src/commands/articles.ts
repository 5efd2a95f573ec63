import {groupOf} from '../corpus/groups.js';
import type {Article, Corpus} from '../corpus/types.js';
import {countOutlets} from '../corpus/summary.js';
import {plural} from '../util/plural.js';
import {renderTable} from '../output/table.js';
import {terminalWidth, writeJsonLines} from './output.js';

/** The article record of the `--json` contract (README, Output formats), with a few extra fields. */
export function articleJson(a: Article, fileWarnings: string[] = []) {
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
	};
}

export function printArticles(corpus: Corpus, json: boolean): void {
	// Problems with a file that still loaded belong to each article from it.
	const byFile = new Map<string, string[]>();
	for (const w of corpus.warnings) {
		if (!w.skipped) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.message]);
	}
	if (json) {
		writeJsonLines(corpus.articles.map(a => articleJson(a, byFile.get(a.file))));
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
