// A user's signature pattern (presslens.json's outlets.signatures) runs on lines of untrusted
// text, and a backtracking engine can take exponential time on a careless pattern (`^(a+)+$`
// against a line of a's and a b). So user patterns are held to rules that bound their cost:
//   - no group that repeats (`*`, `+`, `{n,}`, `{n,m}`) may hold a repeat, an optional part or
//     alternatives (star height 1: `(a+)+`, `(a|ab)*` and `(\w+\s?)+` are refused);
//   - no back-references (`\1`, `\k<name>`), which no linear engine can run;
//   - at most MAX_UNBOUNDED unbounded repeats, since each overlapping one multiplies the work;
// and, when run, they see only lines of at most MAX_LINE characters (signature lines are short)
// within a time budget per pattern for the whole load, after which the pattern is dropped with a
// warning. The rules are checked on the pattern's text, so a refused pattern is a config error.

export const MAX_UNBOUNDED = 3;
export const MAX_LINE = 200;
/** Milliseconds one user pattern may spend in all on a load. */
export const PATTERN_BUDGET_MS = 1000;

interface Frame {
	/** Holds a quantifier (any, `?` too) or an alternation, at any depth. */
	ambiguous: boolean;
}

/** Why `source` could take unbounded time, or null when it follows the rules above. */
export function patternRisk(source: string): string | null {
	const stack: Frame[] = [{ambiguous: false}];
	// What a quantifier here would apply to: a group (with what it held), or a single atom.
	let last: {group: boolean; ambiguous: boolean} | null = null;
	let unbounded = 0;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') {
			const next = source[i + 1] ?? '';
			if (/[1-9]/.test(next) || next === 'k') return 'it uses a back-reference';
			// \p{…}, \u{…}, \x41, \cJ: one atom
			if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') i = Math.max(i + 1, source.indexOf('}', i));
			else i++;
			last = {group: false, ambiguous: false};
			continue;
		}
		if (c === '[') {
			for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
			last = {group: false, ambiguous: false};
			continue;
		}
		if (c === '(') {
			stack.push({ambiguous: false});
			// (?:, (?=, (?!, (?<=, (?<!, (?<name>
			if (source[i + 1] === '?') {
				const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(i + 1));
				i += named ? named[0].length : source[i + 2] === '<' ? 3 : 2;
			}
			last = null;
			continue;
		}
		if (c === ')') {
			const frame = stack.length > 1 ? stack.pop()! : {ambiguous: false};
			last = {group: true, ambiguous: frame.ambiguous};
			if (frame.ambiguous) stack[stack.length - 1].ambiguous = true;
			continue;
		}
		if (c === '|') {
			stack[stack.length - 1].ambiguous = true;
			last = null;
			continue;
		}
		const quantifier = c === '*' || c === '+' || c === '?' ? c : c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))?.[0] : undefined;
		if (quantifier && last) {
			const bound = /^\{(\d+)(,(\d*))?\}$/.exec(quantifier);
			const min = quantifier === '+' ? 1 : bound ? Number(bound[1]) : 0;
			const max = quantifier === '?' ? 1 : bound ? (bound[2] === undefined ? min : bound[3] === '' ? Infinity : Number(bound[3])) : Infinity;
			if (max > 1 && last.group && last.ambiguous) return 'a repeated group holds a repeat, an optional part or alternatives (nested quantifiers)';
			if (max === Infinity && ++unbounded > MAX_UNBOUNDED) return `it has more than ${MAX_UNBOUNDED} unbounded repeats`;
			// A fixed count (\d{4}) matches one way; any other repeat can split its text many ways.
			if (max !== min) stack[stack.length - 1].ambiguous = true;
			i += quantifier.length - 1;
			if (source[i + 1] === '?') i++; // lazy
			last = null;
			continue;
		}
		last = {group: false, ambiguous: false};
	}
	return null;
}

/** A user pattern with its time spent, run under the rules above. */
export class BoundedPattern {
	spentMs = 0;
	/** Set once the budget is spent: the pattern is no longer tried. */
	exhausted = false;

	constructor(
		readonly regex: RegExp,
		/** Where it was declared, for the warning ("presslens.json: outlets.signatures[2]"). */
		readonly where: string,
	) {}

	exec(line: string): RegExpExecArray | null {
		if (this.exhausted || line.length > MAX_LINE) return null;
		const start = performance.now();
		const match = this.regex.exec(line);
		this.spentMs += performance.now() - start;
		if (this.spentMs > PATTERN_BUDGET_MS) this.exhausted = true;
		return match;
	}
}
