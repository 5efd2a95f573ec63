// Reading the command line against the table of commands and flags (table.ts), and the help text
// made from the same table: a flag or command is declared once, with its description, and is then
// parsed, checked and documented from there (the data a shell completion script would need too).
import type {ConfigDefaults} from '../corpus/config-merge.js';
import {UsageError} from '../corpus/walk.js';
import {pushAll} from '../util/arrays.js';

export interface Flag {
	type: 'boolean' | 'string';
	/** The value's name in the help (`--max-size SIZE`). */
	value?: string;
	/** The only values accepted, and what they are called in an error ("entity type"). */
	choices?: readonly string[];
	what?: string;
	/** What a shell completes for the value: a file, a folder (else the choices, or nothing). */
	complete?: 'file' | 'folder';
	/** Checks a string value and may turn it into another (a size into bytes); throws UsageError. */
	check?: (value: string) => unknown;
	description: string;
}

export type Flags = Readonly<Record<string, Flag>>;

export interface Positional {
	name: string;
	/** The only values accepted (checked, and offered by shell completion). */
	choices?: readonly string[];
	/** The error when it is missing. */
	missing: string;
}

export interface Command<Data> {
	name: string;
	summary: string;
	/** Arguments before the paths (`compare STATEMENT_ID`). */
	positionals?: readonly Positional[];
	/** Reads no corpus: no PATH after the positionals. */
	noPaths?: boolean;
	/** The flags this command reads (the global ones apply to every command). */
	flags: readonly string[];
	run(data: Data, input: Input): number | Promise<number>;
}

export interface Input {
	/** The positionals, by name. */
	args: Record<string, string>;
	/** Files and folders. */
	paths: string[];
	/** Every flag given, by name (booleans true, strings as checked). */
	values: Record<string, unknown>;
	/** The user's settings for every corpus (config.json), set by the CLI once it has read them. */
	defaults?: ConfigDefaults;
}

export interface Parsed<C> {
	/** Null for the app. */
	command: C | null;
	input: Input;
}

/**
 * Parses `argv`: the first word names a command when it is one; `--name value`, `--name=value` and
 * `--` (everything after it is a path) as usual. Every problem is a UsageError with a one-line message.
 */
export function parseArgs<C extends Command<never>>(argv: readonly string[], commands: readonly C[], flags: Flags, global: readonly string[]): Parsed<C> {
	const words: string[] = [];
	const values: Record<string, unknown> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--') {
			pushAll(words, argv.slice(i + 1));
			break;
		}
		if (arg === '-h') {
			values.help = true;
			continue;
		}
		if (!arg.startsWith('-') || arg === '-') {
			words.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : '';
		const flag = Object.hasOwn(flags, name) ? flags[name] : undefined;
		if (!flag) throw new UsageError(`unknown flag ${quote(eq === -1 ? arg : arg.slice(0, eq))} (see presslens --help)`);
		if (flag.type === 'boolean') {
			if (eq !== -1) throw new UsageError(`--${name} takes no value`);
			values[name] = true;
			continue;
		}
		let value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
		// `--output --force` is a forgotten value, not a file called "--force".
		if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value${flag.value ? ` (${flag.value})` : ''}`);
		if (value.trim() === '') throw new UsageError(`--${name} needs a value${flag.value ? ` (${flag.value})` : ''}, got an empty one`);
		if (flag.choices && !flag.choices.includes(value)) {
			throw new UsageError(`unknown ${flag.what ?? `value for --${name}`} ${quote(value)} (use ${flag.choices.join(', ')})`);
		}
		values[name] = flag.check ? flag.check(value) : value;
	}
	const first = words[0];
	const command = first === undefined ? null : (commands.find((c) => c.name === first) ?? null);
	const rest = command ? words.slice(1) : words;
	const args: Record<string, string> = {};
	if (command) {
		for (const p of command.positionals ?? []) {
			const value = rest.shift();
			if (value === undefined && !values.help) throw new UsageError(p.missing);
			if (value !== undefined && p.choices && !p.choices.includes(value)) {
				throw new UsageError(`unknown ${p.name} ${quote(value)} for ${command.name} (use ${p.choices.join(', ')})`);
			}
			if (value !== undefined) args[p.name] = value;
		}
		if (command.noPaths && rest.length) throw new UsageError(`${command.name} reads no PATH, got ${quote(rest[0])}`);
		for (const name of Object.keys(values)) {
			if (!global.includes(name) && !command.flags.includes(name)) throw new UsageError(`--${name} is not a flag of ${command.name} (see presslens ${command.name} --help)`);
		}
	} else {
		for (const name of Object.keys(values)) {
			if (!global.includes(name)) throw new UsageError(`--${name} needs a command (see presslens --help)`);
		}
	}
	return {command, input: {args, paths: rest, values}};
}

/** A value as it is shown in a message: quoted, and escaped if it holds control characters. */
function quote(value: string): string {
	return JSON.stringify(value);
}

function flagUsage(name: string, flag: Flag): string {
	if (flag.type === 'boolean') return `--${name}`;
	return `--${name} ${flag.choices ? flag.choices.join('|') : (flag.value ?? 'VALUE')}`;
}

export function commandUsage(command: Command<never>, flags: Flags): string {
	const own = command.flags.map((name) => `[${flagUsage(name, flags[name])}]`);
	const positionals = (command.positionals ?? []).map((p) => (p.choices ? p.choices.join('|') : p.name));
	return ['presslens', command.name, ...positionals, ...(command.noPaths ? [] : ['[PATH...]']), ...own].join(' ');
}

/** Two aligned columns; a left cell too long for the column puts its right one on the next line. */
const columns = (rows: Array<[string, string]>, indent = '  ', limit = 40): string => {
	const width = Math.min(limit, Math.max(...rows.map(([left]) => left.length))) + 2;
	return rows
		.map(([left, right]) => (left.length > limit ? `${indent}${left}\n${indent}${' '.repeat(width)}${right}` : `${indent}${left.padEnd(width)}${right}`))
		.join('\n');
};

export interface HelpText {
	app: [string, string];
	intro: string;
	examples: string[];
}

/** The whole help, or one command's. */
export function helpText(commands: readonly Command<never>[], flags: Flags, global: readonly string[], text: HelpText, command: Command<never> | null): string {
	// An option's commands are named before its description in the whole help.
	const users = (name: string) => (command || global.includes(name) ? '' : `${commands.filter((c) => c.flags.includes(name)).map((c) => c.name).join(', ')}: `);
	const flagRows = (names: readonly string[]) => names.map((name): [string, string] => [flagUsage(name, {...flags[name], choices: undefined}), users(name) + flags[name].description]);
	if (command) {
		return [
			`Usage\n  ${commandUsage(command, flags)}\n\n  ${command.summary}`,
			...(command.flags.length ? [`Options\n${columns(flagRows(command.flags))}`] : []),
			`Options of every command\n${columns(flagRows(global))}`,
		].join('\n\n') + '\n';
	}
	const own = [...new Set(commands.flatMap((c) => c.flags))];
	return [
		`Usage\n${columns([text.app, ...commands.map((c): [string, string] => [commandUsage(c, flags), c.summary])])}`,
		`  ${text.intro}`,
		`Options\n${columns(flagRows([...own, ...global]))}`,
		`Examples\n${text.examples.map((e) => `  ${e}`).join('\n')}`,
	].join('\n\n') + '\n';
}
