// Verbs of attribution ("cue verbs") and the words that stand for a speaker already named.

const CUE_STEMS = [
	'say', 'tell', 'warn', 'add', 'stress', 'note', 'question', 'write', 'announce', 'ask', 'declare',
	'claim', 'insist', 'argue', 'explain', 'state', 'recall', 'complain', 'urge', 'vow', 'threaten',
	'reiterate', 'emphasize', 'emphasise', 'affirm', 'confirm', 'deny', 'demand', 'accuse', 'allege',
	'report', 'suggest', 'conclude', 'remark', 'reply', 'respond', 'tweet', 'comment', 'acknowledge',
	'admit', 'predict', 'caution', 'contend', 'assert', 'maintain', 'pledge', 'promise', 'reject',
	'dismiss', 'underline', 'underscore', 'observe', 'mention', 'describe', 'repeat', 'boast', 'charge',
	'call', 'blame', 'criticize', 'criticise', 'condemn', 'praise', 'testify', 'concede', 'recount', 'lament',
];

// Verbs whose complement is not a clause but an object or infinitive ("accused the US of failing
// to …", "urged Congress to act", "called it “a disgrace”", "rejected any talks"): the reported
// content is the whole verb phrase, since the words after the verb alone are a fragment.
const PHRASE_STEMS = [
	'accuse', 'urge', 'call', 'reject', 'deny', 'dismiss', 'demand', 'describe', 'promise', 'vow', 'pledge',
	'threaten', 'ask', 'question', 'charge', 'blame', 'criticize', 'criticise', 'condemn', 'praise', 'announce',
];

const IRREGULAR: Record<string, string[]> = {
	say: ['said', 'says', 'say', 'saying'],
	tell: ['told', 'tells', 'telling'],
	write: ['wrote', 'writes', 'writing', 'written'],
};

function inflections(stem: string): string[] {
	if (IRREGULAR[stem]) return IRREGULAR[stem];
	const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
	const y = stem.endsWith('y') && !/[aeiou]y$/.test(stem);
	const past = stem.endsWith('e') ? `${stem}d` : y ? `${stem.slice(0, -1)}ied` : /[^aeiou][aeiou][pt]$/.test(stem) ? `${stem}${stem.at(-1)}ed` : `${stem}ed`;
	const third = y ? `${stem.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(stem) ? `${stem}es` : `${stem}s`;
	const ing = `${base}ing`;
	return [past, third, ing];
}

const CUE_FORMS = new Set<string>();
for (const s of CUE_STEMS) for (const f of inflections(s)) CUE_FORMS.add(f);
const PHRASE_FORMS = new Set<string>();
for (const s of PHRASE_STEMS) for (const f of inflections(s)) PHRASE_FORMS.add(f);

/** Does this cue take an object or infinitive rather than a clause ("accused X of …")? */
export function takesPhrase(cue: string): boolean {
	return PHRASE_FORMS.has(cue.split(/\s+/).at(-1)!.toLowerCase());
}

/** "called" is a cue only as "called for/on …" or before a quotation; "called the police" is not speech. */
export function isWeakCue(cue: string): boolean {
	return /^call(?:s|ed|ing)?$/i.test(cue.split(/\s+/).at(-1)!);
}

/**
 * Adverbials that sit between a subject and its cue or after an inverted cue without changing who
 * speaks: "Ada Obi on Sunday said", "…, Obi said Friday", "…, she told reporters in a statement".
 */
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const ADVERBIAL = new RegExp(
	`^(?:\\s*(?:(?:on|late|early|last|this|earlier|later)\\s+)?(?:${WEEKDAY}|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night)\\b|\\s*\\p{Ll}+ly\\b|\\s*(?:also|again|then|still|now|once|repeatedly|later|earlier)\\b)+\\s*$`,
	'u',
);

/** Is this word a cue verb form ("said", "warns", "stressing")? */
export function isCueWord(word: string): boolean {
	return CUE_FORMS.has(word.toLowerCase());
}

/** Two-word cues: verb + particle ("pointed out"), or "according to". */
const PHRASAL = /^(?:point(?:ed|s|ing)? out|went on to (?:say|add|warn|allege|claim)|according to|made clear|was quoted as saying)\b/i;

const PHRASAL_START = new Set(['point', 'pointed', 'points', 'pointing', 'went', 'according', 'made', 'was']);

export interface CueMatch {
	start: number;
	end: number;
	text: string;
}

// "has warned", "had said", "also stressed", "later told": the auxiliary or adverb belongs to the cue.
const AUX_BEFORE = /(?:\b(?:has|have|had|was|is|will|would|also|later|further|then|previously|reportedly|once|again|flatly|repeatedly|publicly|openly)\s+)+$/i;

// One alternation of every cue form: the regex engine skips ordinary words far faster than a
// loop that lower-cases each word and looks it up.
const CUE_SCAN = new RegExp(
	`(?<![\\p{L}’'-])(?:${[...new Set([...CUE_FORMS, ...PHRASAL_START])].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}’'-])`,
	'giu',
);

interface CueWord {
	start: number;
	end: number;
	/** Starts with a capital: a name ("Said") unless it opens the searched range. */
	capital: boolean;
	phrasal: boolean;
}

/**
 * The cue verbs of one text, found in a single scan and then read by range: speakers, indirect
 * speech and direct quotations all ask for the cues of overlapping stretches of one article, and
 * re-scanning the text for each ask was the largest cost of quote extraction.
 */
export class CueIndex {
	private readonly words: CueWord[] = [];

	constructor(private readonly text: string) {
		const re = CUE_SCAN;
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text))) {
			const word = m[0].toLowerCase();
			const phrasal = PHRASAL_START.has(word) ? PHRASAL.exec(text.slice(m.index, m.index + 40)) : null;
			if (phrasal) {
				this.words.push({start: m.index, end: m.index + phrasal[0].length, capital: false, phrasal: true});
				re.lastIndex = m.index + phrasal[0].length;
			} else if (CUE_FORMS.has(word)) {
				this.words.push({start: m.index, end: m.index + m[0].length, capital: /^\p{Lu}/u.test(m[0]), phrasal: false});
			}
		}
	}

	/** Every cue verb in text[from, to), with absolute offsets. */
	within(from: number, to: number): CueMatch[] {
		const out: CueMatch[] = [];
		let lo = 0;
		let hi = this.words.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.words[mid].start < from) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < this.words.length && this.words[i].start < to; i++) {
			const w = this.words[i];
			if (w.phrasal ? w.end > to : w.capital && w.start !== from) continue;
			out.push(withAux(this.text, from, w.start, w.end));
		}
		return out;
	}
}

function withAux(text: string, from: number, start: number, end: number): CueMatch {
	const before = text.slice(from, start);
	const aux = AUX_BEFORE.exec(before);
	const s = aux ? start - aux[0].length : start;
	return {start: s, end, text: text.slice(s, end)};
}

/** Role nouns: "the spokesman", "the al-Nujaba chief", "the minister" carry a named person. */
export const PERSON_ROLE =
	/\b(?:spokesman|spokeswoman|spokesperson|official|minister|president|chief|leader|commander|general|secretary|secretary-general|adviser|advisor|director|head|ambassador|envoy|senator|governor|mayor|chairman|chairwoman|chair|premier|prime minister|cleric|analyst|expert|source|officer|diplomat|lawmaker|deputy|representative|founder|ceo|executive|man|woman|democrat|republican)$/i;
export const GROUP_ROLE =
	/\b(?:group|movement|militia|organization|organisation|ministry|government|agency|party|coalition|company|firm|committee|commission|council|army|military|office|department|body|alliance|faction|brigades?|network|outlet|newspaper|magazine|statement)$/i;
