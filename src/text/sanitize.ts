// Article text comes from the open web: before it reaches a terminal (or the loader's clean body) we
// remove everything that could drive the terminal or disguise what is shown, and keep every script,
// combining mark and emoji sequence a reader needs.
//
// Two passes. Pass 1 drops what is never wanted (escape sequences, C0/C1 controls, bidi controls,
// always-invisible characters) and maps line breaks. Pass 2 decides the characters whose legitimacy
// depends on their neighbours (ZWJ/ZWNJ, variation selectors, tag characters, Hangul fillers, runs
// of combining marks). Pass 2 looks back at what it has emitted and forward at its own input, which
// keeps the whole transformation idempotent.

type LineMode = 'keep' | 'space';

interface Options {
	/** What "\n" (and every other line break) becomes. */
	lines: LineMode;
	/** What a tab becomes. */
	tabs: LineMode;
	/** No-break spaces become plain spaces (loader cleaning). */
	nbsp: boolean;
}

export interface TerminalOptions {
	/** 'space' turns tabs into one space: Ink measures a tab as zero columns. Default 'keep'. */
	tabs?: 'keep' | 'space';
}

/**
 * Text safe to print on a terminal or in a plain-text export: no control characters but "\n" (and
 * "\t" unless `tabs: 'space'`), no escape sequences, no bidi controls, no disguising invisibles.
 * Carriage returns and backspaces never overwrite text: a lone CR becomes "\n", CRLF becomes "\n",
 * backspaces are dropped so both the overwritten and the overwriting text stay visible.
 */
export function sanitizeForTerminal(s: string, options: TerminalOptions = {}): string {
	return scrub(s, {lines: 'keep', tabs: options.tabs ?? 'keep', nbsp: false});
}

/** For single-line contexts (list rows, titles, status bars): every line break and tab becomes a space. */
export function sanitizeInline(s: string): string {
	return scrub(s, {lines: 'space', tabs: 'space', nbsp: false});
}

/**
 * The loader's cleaning of decoded article text: the same removals as `sanitizeForTerminal`, with
 * CRLF and lone CR normalised to "\n", other line breaks (VT, FF, NEL, U+2028/9) to "\n", and
 * no-break spaces to plain spaces. Tabs and newlines are kept.
 */
export function cleanText(s: string): string {
	return scrub(s, {lines: 'keep', tabs: 'keep', nbsp: true});
}

/** True when `s` holds anything `sanitizeForTerminal` would change (a cheap check for callers). */
export function needsSanitizing(s: string): boolean {
	return sanitizeForTerminal(s) !== s;
}

// Anything pass 1 may change. Lone surrogates are checked separately so emoji stay on the fast path.
const PASS1_TRIGGER =
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u180e\u2007\u200b\u200e\u200f\u2028-\u202f\u2060-\u206f\u3164\ufeff\ufff9-\ufffb\uffa0]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PASS2_TRIGGER = /[\u115f\u1160\u200c\u200d\ufe00-\ufe0f\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|\p{M}{17}/u;

function scrub(s: string, o: Options): string {
	if (typeof s !== 'string') s = String(s ?? '');
	let out = s;
	const tabs = o.tabs === 'space' && s.includes('\t');
	const lines = o.lines === 'space' && s.includes('\n');
	if (PASS1_TRIGGER.test(s) || LONE_SURROGATE.test(s) || tabs || lines) out = pass1(s, o);
	if (PASS2_TRIGGER.test(out)) out = pass2(out);
	return out;
}

const ESC = 0x1b;
const BEL = 0x07;
const ST8 = 0x9c;

function pass1(s: string, o: Options): string {
	const parts: string[] = [];
	const n = s.length;
	const newline = o.lines === 'keep' ? '\n' : ' ';
	const tab = o.tabs === 'keep' ? '\t' : ' ';
	let runStart = 0;
	// End of the line already scanned in vain for a string terminator: avoids quadratic rescans when
	// a long line holds many unterminated OSC/DCS introducers.
	let noTerminatorBefore = -1;
	let i = 0;

	const flush = (upTo: number) => {
		if (upTo > runStart) parts.push(s.slice(runStart, upTo));
	};
	const replace = (at: number, width: number, withText: string) => {
		flush(at);
		if (withText) parts.push(withText);
		runStart = at + width;
	};

	/** Index just past the terminator of a control string whose payload starts at `from`, or -1. */
	const stringEnd = (from: number): number => {
		if (from < noTerminatorBefore) return -1;
		for (let j = from; j < n; j++) {
			const c = s.charCodeAt(j);
			if (c === BEL || c === ST8 || c === 0x18 || c === 0x1a) return j + 1;
			if (c === ESC) return s.charCodeAt(j + 1) === 0x5c ? j + 2 : j; // ST, or a new sequence
			// A payload never spans lines: an unterminated introducer must not swallow the article.
			if (c === 0x0a || c === 0x0d) {
				noTerminatorBefore = j;
				return -1;
			}
		}
		noTerminatorBefore = n;
		return -1;
	};

	/** Index just past a CSI whose parameters start at `from` (a malformed one ends where it breaks). */
	const csiEnd = (from: number): number => {
		let j = from;
		while (j < n) {
			const c = s.charCodeAt(j);
			if (c >= 0x30 && c <= 0x3f) j++;
			else break;
		}
		while (j < n) {
			const c = s.charCodeAt(j);
			if (c >= 0x20 && c <= 0x2f) j++;
			else break;
		}
		if (j < n) {
			const c = s.charCodeAt(j);
			if (c >= 0x40 && c <= 0x7e) return j + 1;
		}
		return j;
	};

	while (i < n) {
		const c = s.charCodeAt(i);
		if (c >= 0x20 && c < 0x7f) {
			i++;
			continue;
		}
		if (c === 0x0a) {
			if (o.lines === 'space') replace(i, 1, ' ');
			i++;
			continue;
		}
		if (c === 0x09) {
			if (o.tabs === 'space') replace(i, 1, tab);
			i++;
			continue;
		}
		if (c === 0x0d) {
			// CRLF is one break; a lone CR would let the next text overwrite this line, so it breaks too.
			if (s.charCodeAt(i + 1) === 0x0a) replace(i, 1, '');
			else replace(i, 1, newline);
			i++;
			continue;
		}
		if (c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) {
			replace(i, 1, newline);
			i++;
			continue;
		}
		if (c === ESC) {
			const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
			let end: number;
			if (next === 0x5b) end = csiEnd(i + 2); // CSI
			else if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
				// OSC, DCS, SOS, PM, APC: a string up to its terminator; unterminated, drop the introducer.
				const e = stringEnd(i + 2);
				end = e === -1 ? i + 2 : e;
			} else if (next >= 0x20 && next <= 0x2f) {
				// nF: intermediates then one final byte.
				let j = i + 1;
				while (j < n && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
				const f = j < n ? s.charCodeAt(j) : -1;
				end = f >= 0x30 && f <= 0x7e ? j + 1 : j;
			} else if (next >= 0x30 && next <= 0x7e) end = i + 2; // Fp, Fe, Fs: two bytes
			else end = i + 1; // bare ESC
			replace(i, end - i, '');
			i = end;
			continue;
		}
		if (c >= 0x80 && c <= 0x9f) {
			// 8-bit introducers: some UTF-8 terminals honour them.
			let end = i + 1;
			if (c === 0x9b) end = csiEnd(i + 1);
			else if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
				const e = stringEnd(i + 1);
				end = e === -1 ? i + 1 : e;
			}
			replace(i, end - i, '');
			i = end;
			continue;
		}
		if (c < 0x20 || c === 0x7f) {
			// Other C0 (NUL, BEL, BS…) and DEL: dropping a backspace keeps both the text it would erase
			// and the text that would overwrite it.
			replace(i, 1, '');
			i++;
			continue;
		}
		if (c >= 0xd800 && c <= 0xdfff) {
			const lo = i + 1 < n ? s.charCodeAt(i + 1) : 0;
			if (c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) i += 2;
			else {
				replace(i, 1, '\ufffd');
				i++;
			}
			continue;
		}
		if (o.nbsp && (c === 0xa0 || c === 0x2007 || c === 0x202f)) {
			replace(i, 1, ' ');
			i++;
			continue;
		}
		if (isAlwaysRemoved(c)) {
			replace(i, 1, '');
			i++;
			continue;
		}
		i++;
	}
	if (runStart === 0) return s;
	flush(n);
	return parts.join('');
}

/** Invisible or direction-changing characters with no legitimate use in displayed article text. */
function isAlwaysRemoved(c: number): boolean {
	return (
		c === 0xad || // soft hyphen: invisible, splits words for matching
		c === 0x061c || // Arabic letter mark (bidi)
		c === 0x180e || // Mongolian vowel separator (invisible)
		c === 0x200b || // zero width space
		c === 0x200e ||
		c === 0x200f || // LRM, RLM
		(c >= 0x202a && c <= 0x202e) || // LRE RLE PDF LRO RLO
		(c >= 0x2060 && c <= 0x206f) || // WJ, invisible operators, LRI RLI FSI PDI, deprecated formats
		c === 0x3164 ||
		c === 0xffa0 || // Hangul fillers used as "blank" names
		c === 0xfeff || // BOM / ZWNBSP
		(c >= 0xfff9 && c <= 0xfffb) // interlinear annotation controls
	);
}

// Scripts where ZWJ/ZWNJ select letter forms (cursive joining, Indic conjuncts).
const JOINING_SCRIPT =
	/[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mandaic}\p{Script=Mongolian}\p{Script=Hanifi_Rohingya}\p{Script=Adlam}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Tibetan}\p{Script=Myanmar}\p{Script=Khmer}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const MARK = /\p{M}/u;
const HAN = /\p{Script=Han}/u;
const WHITESPACE = /\s/u;
const MAX_MARKS = 16;

const test = (re: RegExp, cp: number) => cp >= 0 && re.test(String.fromCodePoint(cp));
const isVariationSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
const isTagSpec = (cp: number) => cp >= 0xe0020 && cp <= 0xe007e;
const isTag = (cp: number) => cp >= 0xe0000 && cp <= 0xe007f;
const isJamo = (cp: number) =>
	(cp >= 0x1100 && cp <= 0x115e) || (cp >= 0x1161 && cp <= 0x11ff) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff);

function pass2(s: string): string {
	const parts: string[] = [];
	const n = s.length;
	let runStart = 0;
	let changed = false;
	let lastOut = -1; // last emitted code point
	let lastBase = -1; // last emitted code point that is not a combining mark
	let marks = 0; // combining marks emitted since lastBase
	let i = 0;

	const drop = (at: number, width: number) => {
		if (at > runStart) parts.push(s.slice(runStart, at));
		runStart = at + width;
		changed = true;
	};
	const emit = (cp: number) => {
		lastOut = cp;
		if (cp >= 0x300 && test(MARK, cp)) marks++;
		else {
			lastBase = cp;
			marks = 0;
		}
	};

	while (i < n) {
		const cp = s.codePointAt(i)!;
		const w = cp > 0xffff ? 2 : 1;
		const nextCp = i + w < n ? s.codePointAt(i + w)! : -1;
		let keep = true;

		if (cp === 0x200c || cp === 0x200d) {
			const joining = test(JOINING_SCRIPT, lastBase) || test(JOINING_SCRIPT, nextCp);
			const emojiZwj =
				cp === 0x200d && (test(PICTOGRAPHIC, lastBase) || test(EMOJI_MODIFIER, lastBase)) && test(PICTOGRAPHIC, nextCp);
			keep = joining || emojiZwj;
		} else if (isVariationSelector(cp)) {
			// One selector per base character: runs of them smuggle hidden data.
			const base = lastOut >= 0 && !isVariationSelector(lastOut) && !test(WHITESPACE, lastOut) && lastOut !== 0x200d;
			keep = base && (cp < 0xe0100 || test(HAN, lastOut));
		} else if (isTag(cp)) {
			// Tag characters only inside an emoji tag sequence (🏴 + tag letters + CANCEL TAG);
			// elsewhere they spell invisible ASCII.
			if (test(PICTOGRAPHIC, lastOut) || test(PICTOGRAPHIC, lastBase)) {
				let j = i;
				let count = 0;
				while (j < n && isTagSpec(s.codePointAt(j)!)) {
					j += 2;
					count++;
				}
				if (count > 0 && count <= 32 && j < n && s.codePointAt(j) === 0xe007f) {
					const end = j + 2;
					// Emit the whole sequence untouched.
					lastOut = 0xe007f;
					i = end;
					continue;
				}
			}
			keep = false;
		} else if (cp === 0x115f || cp === 0x1160) {
			keep = isJamo(lastOut) || isJamo(nextCp);
		} else if (marks >= MAX_MARKS && cp >= 0x300 && test(MARK, cp)) {
			// Stacks of marks ("zalgo") paint over neighbouring lines.
			keep = false;
		}

		if (keep) emit(cp);
		else drop(i, w);
		i += w;
	}
	if (!changed) return s;
	if (n > runStart) parts.push(s.slice(runStart, n));
	return parts.join('');
}

/**
 * Characters that must not reach a terminal or a script's output raw, in text that has to stay
 * exact (file names, paths, ids, a config snippet): C0 and C1 controls and DEL, bidirectional
 * controls, line and paragraph separators, invisible spaces and tag characters that can disguise
 * a name, and lone surrogates. Joiners and variation selectors stay (emoji and Persian names).
 */
const UNSAFE_EXACT = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]|\p{Cs}/gu;

/** A code point as an escape: \x1b, \u202e, \u{e0041}. */
export function escapeCodePoint(cp: number): string {
	const hex = cp.toString(16);
	if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
	return cp <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}

/**
 * For text that names something exactly (a path, an id): every unsafe character becomes a
 * visible escape (ESC is shown as \x1b) instead of being removed, so the name stays
 * recognisable and two names never clean to the same text. Safe text is returned unchanged.
 */
export function escapeUnsafe(s: string): string {
	UNSAFE_EXACT.lastIndex = 0;
	if (!UNSAFE_EXACT.test(s)) return s;
	return s.replace(UNSAFE_EXACT, (c) => escapeCodePoint(c.codePointAt(0)!));
}
