// Is this speaker, as one outlet prints the name, the one another outlet names? Outlets that
// translate from Arabic or Persian spell one person many ways: other vowels ("Hossein" /
// "Hussein", "Yahya" / "Yahia"), a family name written as one word or two ("Mahdavirad" /
// "Mahdavi-Rad"), given and family name reversed ("Mahdavi Rad Hossein"), a title or the name of
// the ministry glued in front ("Foreign Ministry Mahdavi Rad Hossein", "PrimeMinister al-Soudani"),
// capitals in a transcript ("AL-SUDANI"). Two people of one family stay two: the given names differ
// ("Joe Biden" / "Hunter Biden"), or one is the other's son ("Jr").

export function normalName(name: string): string {
	let v = normalNames.get(name);
	if (v === undefined) {
		v = normalNameUncached(name);
		// Speakers and entity names repeat across a corpus; past this many, stop remembering.
		if (normalNames.size < MAX_REMEMBERED) normalNames.set(name, v);
	}
	return v;
}

const normalNames = new Map<string, string>();
/** Distinct strings each memo here keeps at most. */
const MAX_REMEMBERED = 200_000;

function normalNameUncached(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[‘’'`]/g, "'")
		.replace(/^the\s+/, '')
		.replace(/'s$/, '')
		.replace(/[^\p{L}\p{N}' -]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

// Titles and honorifics that precede a name without being part of it (the religious and military
// ones of the Middle East's press too: "Sayyed", "Hojatoleslam", "Brigadier").
export const TITLES = new Set(
	(
		'mr mrs ms miss dr prof sir dame lord lady sen senator rep representative gov governor president vice pres prime minister ' +
		'sheikh shaykh sheik sheikha imam rabbi rev reverend father gen general col colonel maj major capt captain lt sgt adm admiral ' +
		'judge justice secretary chairman chairwoman chair mayor ambassador king queen prince princess emir crown the former of ' +
		'sayyed sayyid sayed seyed seyyed syed hajj haj haji hojatoleslam hojjatoleslam ayatollah grand mullah mufti brigadier ' +
		'lieutenant marshal eng engineer doctor premier speaker mp'
	).split(' '),
);
// Words of job titles and roles: a "name" made only of these ("U.S. Special Envoy", "State" cut from
// "Secretary of State") describes someone without naming them.
export const ROLES = new Set(
	'spokesman spokeswoman spokesperson spokespeople envoy special official officials aide aides adviser advisor press deputy assistant attorney state department office director head leader chief commander executive ceo member lawmaker source sources staff staffer counsel committee u s us uk eu un national federal senior top acting interim'.split(
		' ',
	),
);

/** Is this name only a title or role ("Special Envoy", "the spokesman")? */
export function onlyRole(parts: readonly string[]): boolean {
	return parts.length > 0 && parts.every(p => TITLES.has(p) || ROLES.has(p));
}

// Particles inside names that transliterations drop or keep at will.
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le']);

/** A name's generation suffix: "Donald Trump Jr" is not "Donald Trump". */
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * The words of a person's name, titles and particles left out ("Sen. Joe Manchin" -> joe, manchin).
 * One array per name, shared by every caller (partsAgree remembers its answers by these arrays).
 */
export function nameParts(name: string | null | undefined): readonly string[] {
	if (!name) return NO_PARTS;
	let parts = partsOf.get(name);
	if (parts === undefined) {
		parts = namePartsUncached(name);
		if (partsOf.size < MAX_REMEMBERED) partsOf.set(name, parts);
	}
	return parts;
}

const NO_PARTS: readonly string[] = [];
const partsOf = new Map<string, readonly string[]>();

function namePartsUncached(name: string): readonly string[] {
	// Words a scrape glued together ("PrimeMinister") are two words.
	const words = normalName(name.replace(/(\p{Ll}{2})(\p{Lu}\p{Ll})/gu, '$1 $2'))
		.replace(/[.']/g, ' ')
		.split(/[\s-]+/)
		.map(w => w.replace(/(\p{L})\1/gu, '$1'))
		.filter(w => w.length > 0 && !PARTICLES.has(w));
	let start = 0;
	while (start < words.length - 1 && (TITLES.has(words[start]) || ROLES.has(words[start]))) start++;
	return words.slice(start);
}

/**
 * A spelling-tolerant form of a long name part: transliterations differ in vowels, doubled letters
 * and a few consonant pairs (Nasr / Nasser, Qasim / Qassim, Kadhimi / Kazemi). Short parts stay as
 * they are: without vowels, "Paul" and "Pell" would meet.
 */
function skeleton(part: string): string {
	if (part.length < 4) return part;
	let v = skeletons.get(part);
	if (v === undefined) {
		v = consonants(part);
		if (v.length < 3) v = part;
		// Linking compares the same few thousand name parts millions of times; past this many, stop remembering.
		if (skeletons.size < MAX_REMEMBERED) skeletons.set(part, v);
	}
	return v;
}

const skeletons = new Map<string, string>();

/** The first letter and the consonants after it, with the pairs transliterations swap folded. */
function consonants(part: string): string {
	const folded = part.replace(/dh|th|z/g, 'z').replace(/q|c(?=[aou])|ck/g, 'k').replace(/ph/g, 'f');
	return folded[0] + folded.slice(1).replace(/[aeiouy]/g, '');
}

/**
 * Two spellings of one name part. Parts too short for a skeleton ("Yahya" / "Yahia") meet when
 * they differ in one letter only, and that letter a vowel or "y" ("Paul" / "Pell" differ in two).
 */
export function partMatch(x: string, y: string): boolean {
	if (x === y || skeleton(x) === skeleton(y)) return true;
	return x.length >= 5 && y.length >= 5 && x[0] === y[0] && consonants(x) === consonants(y) && oneVowelApart(x, y);
}

/** Equal but for one vowel (or "y") substituted, inserted or dropped. */
function oneVowelApart(x: string, y: string): boolean {
	if (Math.abs(x.length - y.length) > 1) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	let j = 0;
	while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
	const restX = x.slice(i, x.length - j);
	const restY = y.slice(i, y.length - j);
	return restX.length <= 1 && restY.length <= 1 && /^[aeiouy]?$/.test(restX) && /^[aeiouy]?$/.test(restY);
}

/** Given names agree when equal in spelling, or one is the other's initial. */
const givenMatch = (x: string, y: string): boolean => partMatch(x, y) || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/**
 * A family name one outlet writes as one word and another as two ("Mahdavirad" / "Mahdavi Rad"):
 * adjacent parts of `a` whose concatenation is a part of `b` become that one part.
 */
function joinCompounds(a: readonly string[], b: readonly string[]): readonly string[] {
	if (a.length < 2) return a;
	let out: string[] | null = null;
	for (let i = 0; i + 1 < a.length; i++) {
		const glued = a[i] + a[i + 1];
		if (b.some(y => partMatch(glued, y)) && !b.some(y => partMatch(a[i], y) || partMatch(a[i + 1], y))) {
			out = [...a.slice(0, i), glued, ...a.slice(i + 2)];
			break;
		}
	}
	return out ? joinCompounds(out, b) : a;
}

/** At most this many words glued before a name ("Iranian Foreign Ministry", "Prime Minister"). */
const MAX_GLUED_WORDS = 3;

/**
 * Do two names, as outlets print them, name one person? 'same': the same names in other spellings
 * or order, or one of them with words glued before it; 'different': the same family name with
 * other given names, or other family names; 'partial': one gives only part of the other (a bare
 * surname), so it cannot be told.
 */
export function partsAgree(a0: readonly string[], b0: readonly string[]): Agreement {
	if (a0.length === 0 || b0.length === 0) return 'partial';
	// Linking asks about the same few thousand speakers' names millions of times.
	let known = agreements.get(a0);
	if (known === undefined) {
		known = new Map();
		if (agreements.size < MAX_REMEMBERED) agreements.set(a0, known);
	}
	let answer = known.get(b0);
	if (answer === undefined) {
		answer = partsAgreeUncached(a0, b0);
		if (known.size < MAX_AGREEMENTS_PER_NAME) known.set(b0, answer);
	}
	return answer;
}

type Agreement = 'same' | 'partial' | 'different';
const agreements = new Map<readonly string[], Map<readonly string[], Agreement>>();
/** Names remembered with each name in `agreements`. */
const MAX_AGREEMENTS_PER_NAME = 2_000;

function partsAgreeUncached(a0: readonly string[], b0: readonly string[]): Agreement {
	const a = joinCompounds(a0, b0);
	const b = joinCompounds(b0, a);
	if (a.length === b.length && a.every(x => b.some(y => partMatch(x, y))) && b.every(y => a.some(x => partMatch(x, y)))) return 'same';
	const glued = gluedBefore(a, b) ?? gluedBefore(b, a);
	if (glued !== null) return glued;
	if (partMatch(a.at(-1)!, b.at(-1)!)) {
		if (a.length === 1 || b.length === 1) return 'partial';
		return givenMatch(a[0], b[0]) ? 'same' : 'different';
	}
	// A family name given first (as in Chinese or Korean names), alone in the other.
	if ((a.length === 1 && partMatch(a[0], b[0])) || (b.length === 1 && partMatch(b[0], a[0]))) return 'partial';
	return 'different';
}

/**
 * `long` is `short` (a full name, in any order) with a few words glued before it: "Foreign Ministry
 * Mahdavi Rad Hossein" is "Hossein Mahdavi Rad". Null when that is not the shape.
 */
function gluedBefore(long: readonly string[], short: readonly string[]): 'same' | 'different' | null {
	if (short.length < 2 || long.length <= short.length || long.length - short.length > MAX_GLUED_WORDS) return null;
	const tail = long.slice(long.length - short.length);
	if (!(tail.every(x => short.some(y => partMatch(x, y))) && short.every(y => tail.some(x => partMatch(x, y))))) return null;
	return long.some(w => GENERATION.test(w)) ? 'different' : 'same';
}

/**
 * A key that two spellings of one name usually share: the consonants of all its parts, sorted, so
 * that the order of the parts and where one part ends do not matter ("Hossein Mahdavi-Rad",
 * "Hussein Mahdavirad" and "Mahdavi Rad Hossein" meet). Null for a name with no parts. Linking
 * pairs renderings under it (a shared key only makes a candidate pair: partsAgree decides).
 */
export function speakerSignature(name: string | null | undefined): string | null {
	const parts = nameParts(name);
	if (parts.length === 0) return null;
	const letters = parts.map(p => (p.length >= 4 ? consonants(p) : p).replace(/[aeiouy]/g, '')).join('');
	return letters.length >= 3 ? [...letters].sort().join('') : null;
}
