// The `entities` section of a corpus's presslens.json: the user's corrections to alias merging.
import type {EntityType} from '../types.js';

export interface EntitySettings {
	/** Groups of names that denote one entity; the first name is shown. */
	merge?: string[][];
	/** Groups of names that must stay apart even when the rules would merge them. */
	split?: string[][];
	/** Display name for the entity holding a name: {"PMF": "Popular Mobilization Forces"}. */
	rename?: Record<string, string>;
	/** Type for the entity holding a name: {"Washington": "organization"}. */
	retype?: Record<string, EntityType>;
	/** Names that are not entities at all (scraper noise, a recurring column title). */
	ignore?: string[];
}

export class EntityConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`invalid "entities" section in presslens.json:\n  - ${problems.join('\n  - ')}`);
		this.name = 'EntityConfigError';
	}
}

const TYPES = new Set(['person', 'organization', 'place', 'other']);
const KEYS = new Set(['merge', 'split', 'rename', 'retype', 'ignore']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function groups(value: unknown, key: string, problems: string[]): string[][] | undefined {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) {
		problems.push(`entities.${key} must be a list of name lists, e.g. [["PMF", "Popular Mobilization Forces"]]`);
		return undefined;
	}
	const out: string[][] = [];
	value.forEach((g, i) => {
		if (!Array.isArray(g) || g.length < 2 || !g.every(nonEmptyString)) {
			problems.push(`entities.${key}[${i}] must be a list of at least two non-empty names, got ${JSON.stringify(g)}`);
			return;
		}
		out.push(g.map((s) => s.trim()));
	});
	return out;
}

function mapping<T extends string>(value: unknown, key: string, problems: string[], check: (v: unknown) => v is T, what: string): Record<string, T> | undefined {
	if (value === undefined) return undefined;
	if (!isObject(value)) {
		problems.push(`entities.${key} must be an object mapping a name to ${what}`);
		return undefined;
	}
	const out: Record<string, T> = {};
	for (const [name, v] of Object.entries(value)) {
		if (!nonEmptyString(name)) problems.push(`entities.${key} has an empty name`);
		else if (!check(v)) problems.push(`entities.${key}[${JSON.stringify(name)}] must be ${what}, got ${JSON.stringify(v)}`);
		else out[name.trim()] = v;
	}
	return out;
}

/** Validates the user's section; throws EntityConfigError listing every problem. */
export function parseEntityConfig(value: unknown): EntitySettings {
	if (value === undefined || value === null) return {};
	if (!isObject(value)) throw new EntityConfigError([`"entities" must be an object with merge, split, rename, retype or ignore, got ${JSON.stringify(value)}`]);
	const problems: string[] = [];
	for (const key of Object.keys(value)) if (!KEYS.has(key)) problems.push(`entities.${key} is not a known setting (use merge, split, rename, retype or ignore)`);
	const config: EntitySettings = {};
	const merge = groups(value.merge, 'merge', problems);
	const split = groups(value.split, 'split', problems);
	const rename = mapping(value.rename, 'rename', problems, nonEmptyString, 'a non-empty display name');
	const retype = mapping(value.retype, 'retype', problems, (v): v is EntityType => typeof v === 'string' && TYPES.has(v), 'one of person, organization, place, other');
	let ignore: string[] | undefined;
	if (value.ignore !== undefined) {
		if (!Array.isArray(value.ignore) || !value.ignore.every(nonEmptyString)) problems.push('entities.ignore must be a list of names');
		else ignore = value.ignore.map((s) => s.trim());
	}
	if (problems.length) throw new EntityConfigError(problems);
	if (merge) config.merge = merge;
	if (split) config.split = split;
	if (rename) config.rename = rename;
	if (retype) config.retype = retype;
	if (ignore) config.ignore = ignore;
	return config;
}
