// A deterministic synthetic news corpus for benchmarks: invented outlets, people, organisations and
// places; stories told by several outlets, each quoting the same people with small differences
// (another cue verb, a word changed, a sentence left out), padded with ordinary reporting to
// realistic lengths. Same seed, same corpus, byte for byte.

export interface GeneratedArticle {
	title: string;
	source: string;
	url: string;
	date: string;
	authors: string;
	content: string;
}

export interface GenerateOptions {
	articles: number;
	seed?: number;
	/** Mean body length in words (AllSides averages about 1,000). */
	meanWords?: number;
}

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST = ['Maren', 'Tobias', 'Ilse', 'Corvin', 'Anouk', 'Basil', 'Delphine', 'Emeric', 'Fenna', 'Gideon', 'Halvard', 'Isolde', 'Jorrit', 'Katja', 'Leopold', 'Mirela', 'Nestor', 'Odile', 'Perrin', 'Quilla', 'Rasmus', 'Saskia', 'Thaddeus', 'Ulla', 'Vesna', 'Wendel', 'Xenia', 'Yorick', 'Zelda', 'Ansel'];
const LAST = ['Vantreek', 'Holloway', 'Marchetti', 'Oyelaran', 'Brandvold', 'Castellan', 'Dunmore', 'Eskildsen', 'Farrowby', 'Grunewald', 'Hartigan', 'Ivarsson', 'Jaskulski', 'Kettering', 'Lindqvist', 'Moravec', 'Novakovic', 'Ostrander', 'Pellegrin', 'Quastler', 'Rothmere', 'Sandoval', 'Thorsby', 'Underhill', 'Valcourt', 'Whitlock', 'Yarborough', 'Zeller', 'Abernath', 'Bellweather'];
const ORG_HEADS = ['Ministry of', 'Council for', 'Office of', 'Institute for', 'Federation of', 'Alliance for', 'Bureau of', 'Commission on'];
const ORG_TAILS = ['Coastal Affairs', 'Rail Transport', 'Public Health', 'Water Security', 'Fair Trade', 'Rural Development', 'Energy Policy', 'Digital Rights', 'Fisheries', 'Urban Housing'];
const PLACES = ['Veltmoor', 'Brackenford', 'Ostravel', 'Quenmark', 'Lindaven', 'Harrowgate Bay', 'Selbruck', 'Torvane', 'Merrowdale', 'Caskport', 'Elmsrest', 'Dunvarra', 'Kelthorn', 'Pryce Valley', 'Ashcombe'];
const OUTLET_A = ['Harbor', 'Evening', 'Northern', 'Daily', 'Capital', 'Morning', 'Coastal', 'Valley', 'Union', 'Free'];
const OUTLET_B = ['Ledger', 'Courier', 'Dispatch', 'Tribune', 'Sentinel', 'Herald', 'Observer', 'Gazette'];
const ROLES = ['a spokesman for', 'the deputy head of', 'a senior adviser to', 'the chairwoman of', 'a lawyer representing', 'the director of'];
const CUES = ['said', 'told reporters', 'warned', 'added', 'stressed', 'noted', 'pointed out', 'said on Tuesday', 'wrote in a statement'];
const NOUNS = ['budget', 'agreement', 'deadline', 'inquiry', 'harbour', 'railway', 'tariff', 'election', 'reform', 'shortage', 'contract', 'border', 'pipeline', 'strike', 'vote', 'plan'];
const VERBS = ['delayed', 'approved', 'rejected', 'questioned', 'extended', 'cancelled', 'reviewed', 'defended', 'criticised', 'announced'];
const ADJ = ['new', 'disputed', 'long-awaited', 'controversial', 'regional', 'temporary', 'costly', 'modest', 'sweeping', 'fragile'];
const SWAPS: Record<string, string> = {said: 'stated', new: 'fresh', costly: 'expensive', plan: 'proposal', delayed: 'postponed', modest: 'limited', vote: 'ballot', reviewed: 'examined'};

export function* generateArticles(options: GenerateOptions): Generator<GeneratedArticle> {
	const random = rng(options.seed ?? 1);
	const meanWords = options.meanWords ?? 900;
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const people = Array.from({length: 400}, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`);
	const orgs = ORG_HEADS.flatMap((h) => ORG_TAILS.map((t) => `${h} ${t}`));
	const outlets = OUTLET_A.flatMap((a) => OUTLET_B.map((b) => `The ${a} ${b}`)).slice(0, 60);
	// A vocabulary of invented words with a long tail (a few common, most rare), so that different
	// stories share few phrases, as in real reporting.
	const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vol', 'sa', 'dri', 'ne', 'lu', 'par', 'est', 'go', 'rin', 'ta', 'mel', 'ob', 'qui', 'sha', 'ver', 'il'];
	const vocabulary = Array.from({length: 6000}, () => {
		const n = 2 + Math.floor(random() * 3);
		return Array.from({length: n}, () => pick(SYLLABLES)).join('');
	});
	const commonWords = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'from', 'at', 'have', 'this', 'will', 'not'];
	const zipf = (): string => {
		if (random() < 0.35) return pick(commonWords);
		// Rank drawn from a power law over the vocabulary.
		return vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.pow(random(), 2.2) * vocabulary.length))];
	};
	const phrase = (n: number) => Array.from({length: n}, zipf).join(' ');
	const sentence = (): string => {
		const who = random() < 0.5 ? pick(people) : `the ${pick(orgs)}`;
		const s =
			random() < 0.4
				? `${who} ${pick(VERBS)} the ${pick(ADJ)} ${pick(NOUNS)} in ${pick(PLACES)} ${phrase(4 + Math.floor(random() * 8))}`
				: `${phrase(6 + Math.floor(random() * 14))}`;
		return s[0].toUpperCase() + s.slice(1) + '.';
	};
	const quoteText = (): string => {
		const parts = [`The ${pick(NOUNS)} ${phrase(5 + Math.floor(random() * 8))}`];
		if (random() < 0.6) parts.push(`we will not accept ${phrase(4 + Math.floor(random() * 6))}`);
		return parts.join(', ');
	};
	const vary = (text: string): string =>
		text
			.split(' ')
			.map((w) => (SWAPS[w] && random() < 0.3 ? SWAPS[w] : w))
			.join(' ');
	const storyCount = Math.max(1, Math.round(options.articles / 6));
	const stories = Array.from({length: storyCount}, () => ({
		speaker: pick(people),
		org: pick(orgs),
		place: pick(PLACES),
		topic: `${pick(ADJ)} ${pick(NOUNS)}`,
		quotes: Array.from({length: 2 + Math.floor(random() * 3)}, quoteText),
	}));
	const start = Date.UTC(2019, 0, 1);
	for (let i = 0; i < options.articles; i++) {
		const story = stories[Math.floor(random() * storyCount)];
		const outlet = outlets[Math.floor(random() * outlets.length)];
		// A long tail of lengths, as in real corpora: most a few hundred words, some thousands.
		const target = Math.max(120, Math.round(meanWords * -Math.log(1 - random() * 0.98) * 0.8 + meanWords * 0.2));
		const paragraphs: string[] = [];
		const surname = story.speaker.split(' ')[1];
		paragraphs.push(`${story.speaker}, ${pick(ROLES)} the ${story.org}, ${pick(CUES)} on the ${story.topic} in ${story.place}: "${vary(story.quotes[0])}."`);
		let words = paragraphs[0].split(' ').length;
		let q = 1;
		while (words < target) {
			let p: string;
			if (q < story.quotes.length && random() < 0.35) {
				p = `"${vary(story.quotes[q++])}," ${surname} ${pick(CUES)}.`;
			} else {
				p = Array.from({length: 2 + Math.floor(random() * 4)}, sentence).join(' ');
			}
			paragraphs.push(p);
			words += p.split(' ').length;
		}
		const date = new Date(start + Math.floor(random() * 900) * 86400000).toISOString().slice(0, 10);
		const slug = story.topic.replace(/\W+/g, '-');
		yield {
			title: `${story.speaker} on the ${story.topic} in ${story.place} (${i + 1})`,
			source: outlet,
			url: `https://www.${outlet.toLowerCase().replace(/^the /, '').replace(/\W+/g, '')}.example/${date.replace(/-/g, '/')}/${slug}-${i + 1}`,
			date,
			authors: pick(people),
			content: paragraphs.join('\n\n'),
		};
	}
}

/** The corpus as JSON Lines text. */
export function generateJsonLines(options: GenerateOptions): string {
	const lines: string[] = [];
	for (const article of generateArticles(options)) lines.push(JSON.stringify(article));
	return lines.join('\n') + '\n';
}

/** Words a scaled copy swaps for another form (see scaleRecord): light, deterministic changes. */
const COPY_SWAPS: Record<string, string> = {...SWAPS, says: 'said', but: 'yet', large: 'big', big: 'large', also: 'too', before: 'earlier than', after: 'following', people: 'residents', country: 'nation'};

const TEXT_FIELDS = ['text', 'content', 'body'];
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['date', 'published', 'published_at'];
const ID_FIELDS = ['id', 'url', 'link'];

/**
 * Copy `copy` (1, 2, …) of a corpus record for a scaled corpus: ids and links made its own, dates a
 * few days later, and about one word in forty of the text and title swapped for another form, chosen
 * by a hash of the record and copy, so the same input gives the same corpus. Copy 0 is the record.
 * Linking and merging then meet realistic repetition: the same quotes and names, slightly reworded,
 * in other articles, not byte-identical duplicates.
 */
export function scaleRecord(record: Record<string, unknown>, copy: number): Record<string, unknown> {
	if (copy === 0) return record;
	const out: Record<string, unknown> = {...record};
	for (const field of ID_FIELDS) {
		const v = out[field];
		if (typeof v === 'string') out[field] = field === 'id' ? `${v}-copy${copy}` : `${v}${v.includes('?') ? '&' : '?'}copy=${copy}`;
		else if (typeof v === 'number') out[field] = `${v}-copy${copy}`;
	}
	for (const field of DATE_FIELDS) {
		const v = out[field];
		if (typeof v !== 'string') continue;
		const t = Date.parse(v.slice(0, 10));
		if (!Number.isNaN(t)) out[field] = new Date(t + copy * 3 * 86_400_000).toISOString().slice(0, 10) + v.slice(10);
	}
	let seed = copy * 0x9e3779b1;
	for (const field of [...TITLE_FIELDS, ...TEXT_FIELDS]) {
		const v = out[field];
		if (typeof v !== 'string') continue;
		for (let i = 0; i < Math.min(v.length, 64); i++) seed = Math.imul(seed ^ v.charCodeAt(i), 0x01000193);
		const random = rng(seed);
		out[field] = v.replace(/[A-Za-z]+/g, (word) => {
			if (random() >= 1 / 40) return word;
			const swap = COPY_SWAPS[word.toLowerCase()];
			if (!swap) return word;
			return word[0] === word[0].toUpperCase() ? swap[0].toUpperCase() + swap.slice(1) : swap;
		});
	}
	return out;
}
