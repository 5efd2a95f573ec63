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
