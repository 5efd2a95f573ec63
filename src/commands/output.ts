// Writing command output: JSON Lines for scripts, and stderr warnings for people.
import type {LoadWarning} from '../corpus/types.js';
import {sanitizeInline} from '../text/sanitize.js';
import {clearProgressLine} from './progress.js';

export function writeJsonLines(rows: unknown[], out: NodeJS.WritableStream = process.stdout): void {
	// One write per chunk keeps large outputs fast without building one giant string.
	const chunk: string[] = [];
	for (const row of rows) {
		chunk.push(JSON.stringify(row));
		if (chunk.length >= 500) {
			out.write(chunk.join('\n') + '\n');
			chunk.length = 0;
		}
	}
	if (chunk.length) out.write(chunk.join('\n') + '\n');
}

export function formatWarning(w: LoadWarning): string {
	const where = w.record !== undefined ? `${w.file} record ${w.record + 1}` : w.file;
	return sanitizeInline(`${where}: ${w.skipped ? 'skipped: ' : ''}${w.message}`);
}

/**
 * A message on stderr for a person: the progress line cleared first, each line cleaned of control
 * characters (messages quote paths and config values; a list of problems keeps its lines).
 */
export function writeMessage(message: string, err: NodeJS.WritableStream = process.stderr): void {
	clearProgressLine();
	err.write(`${message.split('\n').map(sanitizeInline).join('\n')}\n`);
}

/** Skipped files and other load problems, one line each on stderr. */
export function reportWarnings(warnings: LoadWarning[], err: NodeJS.WritableStream = process.stderr): void {
	const shown = warnings.slice(0, 50);
	for (const w of shown) writeMessage(`presslens: warning: ${formatWarning(w)}`, err);
	if (warnings.length > shown.length) writeMessage(`presslens: … and ${warnings.length - shown.length} more warnings (see \`presslens warnings\`)`, err);
}

export const terminalWidth = () => process.stdout.columns || 100;
