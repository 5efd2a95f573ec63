// The corpus side of label reading for one index: the other entities' names, and compound nouns
// counted in the article bodies through the body index (the articles holding both words).
import {corpusCompounds, entityNames} from '../analysis/framing/context.js';
import type {FramingWords} from '../analysis/framing/framing.js';
import {buildBodyIndex, type BodyIndex} from './body-index.js';
import type {CorpusIndex} from './types.js';

/** The names table and the compound test of `index` (the body index is built if the index has none). */
export function framingContext(index: CorpusIndex, made?: () => Map<string, Set<string>>): FramingWords {
	let names: Map<string, Set<string>> | undefined;
	let body: BodyIndex | undefined;
	const bodies = (): BodyIndex => (body ??= index.bodyIndex?.size === index.articles.length ? index.bodyIndex : buildBodyIndex(index.articles));
	const articlesWith = (word: string) => {
		const b = bodies();
		const k = b.find(word);
		return k < 0 ? null : b.list(k);
	};
	const bodyOf = (k: number) => index.articles[k]?.body ?? '';
	const compound = corpusCompounds(articlesWith, bodyOf);
	const fixedName = corpusCompounds(articlesWith, bodyOf, true);
	return {
		get names() {
			return (names ??= made ? made() : entityNames(index.entities));
		},
		compound,
		fixedName,
	};
}
