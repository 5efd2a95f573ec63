// Two translations of one remark share few words: one outlet's translator writes "will not go
// unanswered … at the appropriate time", another's "will not remain without a reply … at a suitable
// moment". Word alignment misses them. Here the content words are matched softly: by their
// truncated stem (a five-letter prefix: "occupation" / "occupiers", "economic" / "economy"), or as
// words translators swap (a small table of general English below). So loose a match is only
// trusted under strong guards, checked by the caller and here: the same speaker, articles of the
// same days, most of the shorter rendering's content matched, the figures and the names of the two
// renderings not disagreeing, and each rendering the other's best match among the speaker's quotes
// in the two articles (see mutualBest).
import {termsOf} from './tokens.js';

/**
 * Words one translator writes where another writes the other (general English; terms are the
 * stemmed forms tokens.ts makes, so the groups are written as plain words and stemmed below).
 */
const TRANSLATION_GROUPS: string[][] = [
	['respond', 'response', 'reply', 'answer', 'retaliate', 'retaliation', 'unanswered'],
	['appropriate', 'suitable', 'proper', 'right', 'fitting'],
	['time', 'moment'],
	['place', 'location', 'venue', 'site'],
	['country', 'land', 'nation', 'state', 'territory', 'soil'],
	['end', 'finish', 'conclude', 'wind', 'over', 'expire'],
	['ready', 'prepared', 'willing'],
	['fair', 'just', 'equitable'],
	['file', 'dossier', 'case', 'issue', 'matter'],
	['ship', 'vessel', 'boat', 'tanker'],
	['precise', 'accurate', 'exact'],
	['conduct', 'carry', 'execute', 'perform'],
	['several', 'multiple', 'number', 'various'],
	['siege', 'blockade'],
	['send', 'dispatch', 'deliver', 'ship'],
	['tonne', 'ton'],
	['operation', 'mission', 'action'],
	['aggression', 'assault', 'attack', 'onslaught'],
	['crime', 'atrocity', 'massacre'],
	['warn', 'caution', 'alert'],
	['stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'insist'],
	['tie', 'relation', 'relationship', 'link'],
	['become', 'turn', 'transform', 'convert'],
	['stop', 'cease', 'halt', 'end'],
	['lift', 'remove', 'raise'],
	['resume', 'continue', 'proceed', 'go'],
	['talk', 'negotiation', 'negotiate', 'dialogue', 'discussion'],
	['people', 'nation', 'population', 'public'],
	['enemy', 'foe', 'adversary', 'opponent'],
	['security', 'safety'],
	['economy', 'economic'],
	['plan', 'scheme', 'project', 'plot'],
	['threat', 'danger', 'risk'],
	['big', 'large', 'major', 'great', 'huge', 'massive'],
	['important', 'significant', 'crucial', 'vital', 'key'],
	['region', 'area', 'zone'],
	['occupier', 'occupation', 'occupy', 'invader', 'occupiers'],
	['soldier', 'troop', 'force', 'army', 'military'],
	['foreign', 'other', 'overseas'],
	['killing', 'kill', 'murder', 'death', 'martyr', 'martyrdom'],
	['prisoner', 'detainee', 'captive', 'hostage'],
	['agreement', 'deal', 'accord', 'treaty', 'pact'],
	['ceasefire', 'truce', 'armistice'],
	['support', 'back', 'backing', 'help', 'aid', 'assistance'],
	['strengthen', 'boost', 'enhance', 'bolster', 'reinforce'],
	['violation', 'breach', 'infringement'],
	['condemn', 'denounce', 'censure'],
	['demand', 'call', 'urge'],
	['achieve', 'attain', 'reach', 'accomplish'],
	['goal', 'aim', 'objective', 'target'],
	['clear', 'evident', 'obvious', 'plain'],
	['serious', 'grave', 'severe'],
	['weak', 'feeble', 'fragile'],
	['strong', 'powerful', 'mighty'],
	['victory', 'triumph', 'win'],
	['defeat', 'loss', 'failure'],
];

/** Stems shorter than this stay whole: "war" and "warn", "arm" and "army" must not meet. */
const TRUNCATE_AT = 5;

const SOFT = new Map<string, string>();
for (const group of TRANSLATION_GROUPS) {
	const head = truncated(termsOf(group[0]).all[0] ?? group[0]);
	for (const word of group) {
		const t = termsOf(word).all[0];
		if (t !== undefined && !SOFT.has(t)) SOFT.set(t, head);
		const short = truncated(t ?? word);
		if (!SOFT.has(short)) SOFT.set(short, head);
	}
}

function truncated(term: string): string {
	return /^\d/.test(term) || term.length <= TRUNCATE_AT ? term : term.slice(0, TRUNCATE_AT);
}

/** The soft form of a term: its translation group, else its truncated stem. */
function soft(term: string): string {
	return SOFT.get(term) ?? SOFT.get(truncated(term)) ?? truncated(term);
}

/** A rendering's words as the soft match reads them. */
export interface SoftTerms {
	/** Soft forms of the content words, distinct. */
	words: Set<string>;
	/** Soft forms of the words printed with a capital (names of places, groups, people). */
	names: Set<string>;
	/** Figures ("1500", "2021"). */
	figures: Set<string>;
	/** Words in all. */
	length: number;
}

export function softTerms(text: string): SoftTerms {
	const t = termsOf(text);
	const common = new Set(t.common);
	const out: SoftTerms = {words: new Set(), names: new Set(), figures: new Set(), length: t.all.length};
	for (const term of t.content) {
		const s = soft(term);
		out.words.add(s);
		if (/^\d/.test(term)) out.figures.add(term);
		else if (!common.has(term)) out.names.add(s);
	}
	return out;
}

/** Below this many words a rendering is a fragment, too short to vouch for a loose match. */
const MIN_WORDS = 8;
/** Soft-matched content words, and their share of the shorter rendering's content words. */
const MIN_MATCHED = 4;
const MIN_SHARE = 0.6;

/**
 * How well two renderings match as translations of one remark, in (0, 1], or 0 when they do not:
 * the share of the shorter one's content words matched softly. The speaker and the date are the
 * caller's to check.
 */
export function translationScore(a: SoftTerms, b: SoftTerms): number {
	if (a.length < MIN_WORDS || b.length < MIN_WORDS) return 0;
	const [short, long] = a.words.size <= b.words.size ? [a, b] : [b, a];
	let matched = 0;
	for (const w of short.words) if (long.words.has(w)) matched++;
	const share = matched / Math.max(1, short.words.size);
	if (matched < MIN_MATCHED || share < MIN_SHARE) return 0;
	// Figures must agree: "1,500 tonnes" is not "2,000 tonnes", whatever the other words.
	if (a.figures.size > 0 && b.figures.size > 0 && ![...short.figures].every(f => long.figures.has(f))) return 0;
	// Names must not disagree: each side naming someone or somewhere the other does not is two
	// statements on one story ("Israel will pay" / "Washington will pay").
	const onlyA = [...a.names].some(n => !b.words.has(n));
	const onlyB = [...b.names].some(n => !a.words.has(n));
	if (onlyA && onlyB) return 0;
	return share;
}

/**
 * The pairs that are each other's best: of the pairs found between two articles, a rendering keeps
 * only its best partner, and a pair stays when each is the other's. A speaker's several remarks
 * on one occasion share words; only the closest two are one remark translated twice.
 */
export function mutualBest<T extends {a: number; b: number; score: number}>(pairs: T[], articleOf: (unit: number) => number): T[] {
	const best = new Map<string, T>();
	const better = (key: string, p: T) => {
		const known = best.get(key);
		if (!known || p.score > known.score) best.set(key, p);
	};
	for (const p of pairs) {
		better(`${p.a}>${articleOf(p.b)}`, p);
		better(`${p.b}>${articleOf(p.a)}`, p);
	}
	return pairs.filter(p => best.get(`${p.a}>${articleOf(p.b)}`) === p && best.get(`${p.b}>${articleOf(p.a)}`) === p);
}
