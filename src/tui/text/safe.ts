// Article text is untrusted: escape sequences and control characters must never reach the
// terminal. Every article-derived string a view prints goes through one of these two functions,
// which accept the null/undefined that optional article fields carry.
import {sanitizeForTerminal, sanitizeInline} from '../../text/sanitize.js';

/** One line: escapes and controls removed, line breaks and tabs turned into spaces. */
export function safeInline(value: string | null | undefined): string {
	return value ? sanitizeInline(value) : '';
}

/** Multi-line text: like safeInline but "\n" is kept (tabs become a space: Ink measures them as zero). */
export function safeBlock(value: string | null | undefined): string {
	return value ? sanitizeForTerminal(value, {tabs: 'space'}) : '';
}

/** A quote in curly marks, without doubling marks the quoted text already opens or closes with. */
export function quoted(text: string): string {
	const open = /^["“‘'«„]/.test(text) ? '' : '“';
	const close = /["”’'»“]$/.test(text) ? '' : '”';
	return `${open}${text}${close}`;
}

/**
 * A rendering as a list shows it: a direct quote in quote marks; reported speech is the outlet's
 * own words, not the speaker's, so it gets no quote marks and says what it is.
 */
export function renderingShown(rendering: {kind: string; text: string} | undefined): string {
	if (!rendering) return '';
	const text = safeInline(rendering.text);
	return rendering.kind === 'indirect' ? `(indirect) ${text}` : quoted(text);
}
