// File names as bytes. A Unix file name is any bytes but "/" and NUL, not necessarily UTF-8, and
// may hold escape sequences or bidi overrides. Folders are listed as bytes and files opened by
// their raw names (a name decoded to text and back would lose its undecodable bytes, and its
// article with it); what is shown and written out is the name decoded, with undecodable bytes and
// unsafe characters written as escapes (\xff, \x1b, \u202e).
import {escapeUnsafe} from '../text/sanitize.js';
import {utf8Length} from './read.js';

const SLASH = Buffer.from('/');

/** The name as text that is safe to print and still names it exactly. */
export function displayName(raw: Buffer): string {
	const parts: string[] = [];
	let start = 0;
	let i = 0;
	while (i < raw.length) {
		const len = raw[i] < 0x80 ? 1 : utf8Length(raw, i);
		if (len > 0) {
			i += len;
			continue;
		}
		if (i > start) parts.push(raw.toString('utf8', start, i));
		parts.push(`\\x${raw[i].toString(16).padStart(2, '0')}`);
		i++;
		start = i;
	}
	if (start < raw.length) parts.push(raw.toString('utf8', start));
	// Escapes made for undecodable bytes contain only ASCII: escaping the rest cannot touch them.
	return escapeUnsafe(parts.join(''));
}

/** `dir/name` on raw paths. */
export function joinRaw(dir: Buffer, name: Buffer): Buffer {
	return dir.length > 0 && dir[dir.length - 1] === 0x2f ? Buffer.concat([dir, name]) : Buffer.concat([dir, SLASH, name]);
}
