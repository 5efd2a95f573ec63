// `presslens stories`: the articles grouped by the event they report, most outlets first.
import type {Story} from '../analysis/stories/types.js';
import type {CorpusIndex} from '../index/types.js';
import {renderTable} from '../output/table.js';
import {plural} from '../util/plural.js';
import {terminalWidth, writeJsonLines} from './output.js';

/** The story record of the `--json` contract (README, Output formats). */
export function storyJson(s: Story) {
	return {id: s.id, title: s.title, first: s.first, last: s.last, articles: s.articles, outlets: s.outlets, groups: s.groups, reprints: s.reprints ?? {}};
}

const span = (s: Story) => (!s.first ? '' : s.first === s.last ? s.first : `${s.first}…${s.last!.slice(5)}`);
const groupsText = (s: Story) =>
	Object.entries(s.groups)
		.map(([g, n]) => `${g} ${n}`)
		.join(', ');

export function printStories(index: CorpusIndex, json: boolean): void {
	const stories = index.stories ?? [];
	if (json) {
		writeJsonLines(stories.map(storyJson));
		return;
	}
	if (stories.length === 0) {
		process.stdout.write(`No stories found in ${index.name}: no two articles report the same event.\n`);
		return;
	}
	const table = renderTable(
		stories,
		[
			{header: 'ID', get: (s) => s.id, width: 12},
			{header: 'DATES', get: span, width: 16},
			{header: 'OUTLETS', get: (s) => s.outlets.length, width: 7, align: 'right'},
			{header: 'ARTICLES', get: (s) => s.articles.length, width: 8, align: 'right'},
			{header: 'GROUPS', get: groupsText, width: 18},
			{header: 'TITLE', get: (s) => s.title ?? '(untitled)'},
		],
		terminalWidth(),
	);
	const grouped = stories.reduce((n, s) => n + s.articles.length, 0);
	const alone = index.articles.length - grouped;
	process.stdout.write(`${table}\n\n${plural(stories.length, 'story', 'stories')} of ${plural(grouped, 'article')}; ${alone === 0 ? 'none stands alone' : `the other ${plural(alone, 'article')} ${alone === 1 ? 'stands' : 'stand'} alone`}\n`);
}
