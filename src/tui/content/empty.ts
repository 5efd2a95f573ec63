// Helpful messages for empty lists, instead of an empty frame.
import type {CorpusIndex} from '../../index/types.js';
import type {AppState, PaneId} from '../state/types.js';
import {activeQuery} from '../state/types.js';
import {safeInline} from '../text/safe.js';
import {wrapSegments, type Line} from '../text/segments.js';

export function emptyLines(pane: PaneId, state: AppState, index: CorpusIndex, width: number): Line[] {
	const say = (text: string, mark?: 'dim' | 'warn') => wrapSegments([{text, mark}], width);
	const query = activeQuery(state, pane);
	if (query) return [...say(`No match for “${safeInline(query)}”.`), ...say('Esc clears the search.', 'dim')];
	if (pane === 'entities' && state.typeFilter !== 'all' && index.entities.length > 0) {
		return [...say(`No ${state.typeFilter} entities.`), ...say('t changes the type filter.', 'dim')];
	}
	if (index.articles.length === 0) {
		const skipped = index.warnings.filter((w) => w.skipped).length;
		if (skipped > 0) {
			return [
				...say(`No articles could be loaded: ${skipped} file${skipped === 1 ? ' was' : 's were'} skipped.`, 'warn'),
				...say('Press w to see which files and why.', 'dim'),
			];
		}
		return [
			...say('No articles found.'),
			...say('Run presslens with a folder or files of news articles: .txt, .md, .html, .json or .jsonl (also .gz).', 'dim'),
		];
	}
	if (pane === 'entities') return [...say('No entities found yet.'), ...say('The analysis found no names of people, organisations or places in these articles.', 'dim')];
	if (pane === 'statements') {
		return [
			...say('No linked statements yet.'),
			...say('A statement appears here when two or more articles quote the same words from the same speaker.', 'dim'),
		];
	}
	return say('Nothing here.');
}
