// The `statements` section of presslens.json: the user's corrections to statement linking, applied
// after the rules have linked (src/analysis/linking/overrides.ts). Every value names statements or
// renderings by id, or by a prefix of one, as `presslens statements` and `presslens explain` print
// them: a statement id ("5e4f75f768") or a rendering id ("<article id>:<start offset>").

import {UsageError} from './walk.js';

export interface StatementSettings {
	/** Groups of ids whose renderings are one statement. */
	link?: string[][];
	/** Groups of ids whose renderings never share a statement, whatever the rules (or `link`) say. */
	split?: string[][];
	/** id -> speaker name for that rendering or statement; null makes the speaker unknown. */
	speaker?: Record<string, string | null>;
	/** The file the settings came from, for messages. */
	source?: string;
}

const KEYS = ['link', 'split', 'speaker'];
/** Shorter prefixes would match many statements by accident. */
export const MIN_ID_LENGTH = 4;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.trim().length >= MIN_ID_LENGTH;

function idGroups(value: unknown, key: string, problems: string[]): string[][] | undefined {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) {
		problems.push(`statements.${key} must be a list of id lists, e.g. [["5e4f75f768", "data/a.txt:120"]]`);
		return undefined;
	}
	const out: string[][] = [];
	value.forEach((group, i) => {
		if (!Array.isArray(group) || group.length < 2) {
			problems.push(`statements.${key}[${i}] must be a list of at least two ids, got ${JSON.stringify(group)}`);
			return;
		}
		const bad = group.findIndex(id => !isId(id));
		if (bad >= 0) {
			problems.push(`statements.${key}[${i}][${bad}] must be a statement or rendering id (at least ${MIN_ID_LENGTH} characters), got ${JSON.stringify(group[bad])}`);
			return;
		}
		out.push(group.map((id: string) => id.trim()));
	});
	return out;
}

/** Validates the section; a problem stops the command (exit 2) with the file and key path named. */
export function parseStatementSettings(value: unknown, where: string): StatementSettings {
	if (!isObject(value)) throw new UsageError(`${where}: "statements" must be an object with link, split or speaker, got ${JSON.stringify(value)}`);
	const problems: string[] = [];
	for (const key of Object.keys(value)) if (!KEYS.includes(key)) problems.push(`statements.${key} is not a known setting (use ${KEYS.join(', ')})`);
	const settings: StatementSettings = {source: where};
	const link = idGroups(value.link, 'link', problems);
	const split = idGroups(value.split, 'split', problems);
	if (link) settings.link = link;
	if (split) settings.split = split;
	if (value.speaker !== undefined) {
		if (!isObject(value.speaker)) problems.push('statements.speaker must be an object mapping a statement or rendering id to a speaker name (or null)');
		else {
			const speaker: Record<string, string | null> = {};
			for (const [id, name] of Object.entries(value.speaker)) {
				if (!isId(id)) problems.push(`statements.speaker has a key that is no id (at least ${MIN_ID_LENGTH} characters): ${JSON.stringify(id)}`);
				else if (name !== null && (typeof name !== 'string' || name.trim() === '')) problems.push(`statements.speaker[${JSON.stringify(id)}] must be a speaker name or null, got ${JSON.stringify(name)}`);
				else speaker[id.trim()] = name === null ? null : name.trim();
			}
			settings.speaker = speaker;
		}
	}
	if (problems.length === 1) throw new UsageError(`${where}: ${problems[0]}`);
	if (problems.length) throw new UsageError(`${where}: invalid "statements" section:\n  - ${problems.join('\n  - ')}`);
	return settings;
}
