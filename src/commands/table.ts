// Every command and flag of the command line, declared once: parsing, checking, the help text and the
// shell completion scripts (completion.ts) all read this table. A new command is one entry
// in COMMANDS (its flags listed by name, new ones added to FLAGS).
import {parseSize} from '../corpus/config.js';
import type {Corpus} from '../corpus/types.js';
import {UsageError} from '../corpus/walk.js';
import type {CorpusIndex} from '../index/types.js';
import type {Command, Flags, HelpText} from './args.js';
import {printArticles} from './articles.js';
import {completionScript, SHELLS, type Shell} from './completion.js';
import {ENTITY_TYPES, printEntities} from './entities.js';
import {allWarnings} from '../corpus/summary.js';
import {FRAMING_ROWS} from './framing-rows.js';
import {formatWarning, writeJsonLines} from './output.js';
import {printStatements} from './statements.js';
import {THEME_NAMES} from '../tui/theme/themes.js';

/** A size limit of 0 would skip every file: refused rather than guessed to mean "no limit". */
function maxSize(value: string): number {
	const bytes = parseSize(value, '--max-size');
	if (!(bytes >= 1)) throw new UsageError(`--max-size must be at least 1 byte (a size like 200MB), got ${JSON.stringify(value)}`);
	return bytes;
}

/** The cache's size limit (--cache-limit, $PRESSLENS_CACHE_LIMIT): at least a byte, like --max-size. */
export function cacheLimitSize(value: string, where = '--cache-limit'): number {
	const bytes = parseSize(value, where);
	if (!(bytes >= 1)) throw new UsageError(`${where} must be at least 1 byte (a size like 2GB), got ${JSON.stringify(value)}`);
	return bytes;
}

/** A number of days, 0 or more (fractions too: 0.5 is twelve hours). */
function days(value: string): number {
	const n = /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
	if (!Number.isFinite(n)) throw new UsageError(`--older-than needs a number of days, got ${JSON.stringify(value)}`);
	return n;
}

export const FLAGS = {
	json: {type: 'boolean', description: 'JSON Lines on stdout, one object per line (for scripts)'},
	type: {type: 'string', value: 'TYPE', choices: ENTITY_TYPES, what: 'entity type', description: 'only entities of this type'},
	linked: {type: 'boolean', description: 'only statements rendered in two or more articles'},
	format: {type: 'string', value: 'FORMAT', choices: ['text', 'markdown', 'json'], what: 'format', description: 'text (default), markdown or json'},
	output: {type: 'string', value: 'FILE', complete: 'file', description: 'write to FILE (atomically; never replaces a file without --force); - for standard output'},
	force: {type: 'boolean', description: 'let --output replace an existing file'},
	by: {type: 'string', value: 'ROWS', choices: FRAMING_ROWS, what: 'row key', description: 'framing: one row per outlet (the default) or per outlet group (articles without one: "(no group)")'},
	'max-size': {type: 'string', value: 'SIZE', check: maxSize, description: 'skip files larger than SIZE (default 50MB; e.g. 200MB); in JSON Lines, records'},
	'cache-dir': {type: 'string', value: 'DIR', complete: 'folder', description: 'where analyses are cached (default $XDG_CACHE_HOME/presslens or ~/.cache/presslens)'},
	'no-cache': {type: 'boolean', description: 'neither read nor write the cache'},
	config: {type: 'string', value: 'FILE', complete: 'file', description: 'your config file (else $PRESSLENS_CONFIG, else $XDG_CONFIG_HOME/presslens/config.json)'},
	theme: {type: 'string', value: 'THEME', choices: THEME_NAMES, what: 'theme', description: 'the app\'s colours: default, dark, light or mono (else $PRESSLENS_THEME, else config.json\'s)'},
	'no-mouse': {type: 'boolean', description: 'the app ignores the mouse, so the terminal selects text as usual (also $NO_MOUSE, or "mouse": false in config.json)'},
	print: {type: 'boolean', description: 'print the settings in force and where each came from (the default action)'},
	'cache-limit': {type: 'string', value: 'SIZE', check: cacheLimitSize, description: 'most the cache may hold; the least recently opened corpora are removed after a write (default 4GB, or $PRESSLENS_CACHE_LIMIT)'},
	prune: {type: 'boolean', description: 'remove entries of corpora that no longer exist, then the least recently opened over --cache-limit'},
	'older-than': {type: 'string', value: 'DAYS', check: days, description: 'with --prune: also entries not opened for DAYS days'},
	'dry-run': {type: 'boolean', description: 'with --prune: only list what would be removed'},
	debug: {type: 'boolean', description: 'show stack traces for unexpected errors'},
	help: {type: 'boolean', description: 'show this help (or a command\'s: presslens compare --help)'},
	version: {type: 'boolean', description: 'show the version'},
} as const satisfies Flags;

export type FlagName = keyof typeof FLAGS;

/** Flags every command (and the app) accepts. */
export const GLOBAL_FLAGS: readonly FlagName[] = ['max-size', 'cache-dir', 'no-cache', 'cache-limit', 'config', 'theme', 'no-mouse', 'debug', 'help', 'version'];

interface Spec<Data> extends Command<Data> {
	flags: readonly FlagName[];
	/** Skipped files are reported on stderr before the output. */
	reportSkipped: boolean;
}

/** Commands that need only the articles: read from the saved index when there is one, never analysed. */
export interface CorpusCommand extends Spec<Corpus> {
	needs: 'corpus';
}

/** Commands that need the whole index (entities, statements). */
export interface IndexCommand extends Spec<CorpusIndex> {
	needs: 'index';
}

/** Commands that read no corpus (completion). */
export interface PlainCommand extends Spec<null> {
	needs: 'nothing';
}

export type CommandSpec = CorpusCommand | IndexCommand | PlainCommand;

export const COMMANDS: readonly CommandSpec[] = [
	{
		name: 'articles',
		summary: 'list articles',
		needs: 'corpus',
		flags: ['json'],
		reportSkipped: true,
		run: (corpus, {values}) => {
			printArticles(corpus, values.json === true);
			return 0;
		},
	},
	{
		name: 'entities',
		summary: 'list people, organisations and places, most mentioned first',
		needs: 'index',
		flags: ['json', 'type'],
		reportSkipped: true,
		run: (index, {values}) => {
			printEntities(index, values.json === true, values.type as string | undefined);
			return 0;
		},
	},
	{
		name: 'statements',
		summary: 'list statements, reported by the most outlets first',
		needs: 'index',
		flags: ['json', 'linked'],
		reportSkipped: true,
		run: (index, {values}) => {
			printStatements(index, values.json === true, values.linked === true);
			return 0;
		},
	},
	{
		name: 'stories',
		summary: 'list stories: articles that report the same event, most outlets first',
		needs: 'index',
		flags: ['json'],
		reportSkipped: true,
		run: async (index, {values}) => {
			const {printStories} = await import('./stories.js');
			printStories(index, values.json === true);
			return 0;
		},
	},
	{
		name: 'compare',
		summary: "show a statement's renderings side by side",
		positionals: [{name: 'STATEMENT_ID', missing: 'compare needs a STATEMENT_ID (list them with `presslens statements`)'}],
		needs: 'index',
		flags: ['format', 'output', 'force'],
		reportSkipped: true,
		run: async (index, {args, values}) => {
			const {runCompare} = await import('./compare.js');
			return runCompare(index, args.STATEMENT_ID, {format: (values.format as string | undefined) ?? 'text', output: values.output as string | undefined, force: values.force === true});
		},
	},
	{
		name: 'explain',
		summary: 'why its renderings were linked into one statement, and why look-alikes were not',
		positionals: [{name: 'STATEMENT_ID', missing: 'explain needs a STATEMENT_ID (list them with `presslens statements`)'}],
		needs: 'index',
		flags: ['json'],
		reportSkipped: true,
		run: async (index, {args, values, defaults}) => {
			const {runExplain} = await import('./explain.js');
			return runExplain(index, args.STATEMENT_ID, {json: values.json === true, cache: values['no-cache'] !== true, cacheDir: values['cache-dir'] as string | undefined, defaults});
		},
	},
	{
		name: 'framing',
		summary: 'the words each outlet uses for an entity, counted (most distinctive labels first)',
		positionals: [{name: 'ENTITY', missing: 'framing needs an ENTITY: a name, alias or id (list them with `presslens entities`)'}],
		needs: 'index',
		flags: ['by', 'json', 'format'],
		reportSkipped: true,
		run: async (index, {args, values}) => {
			const {runFraming} = await import('./framing.js');
			return runFraming(index, args.ENTITY, {by: (values.by as string | undefined) ?? 'outlet', format: values.json === true ? 'json' : ((values.format as string | undefined) ?? 'text')});
		},
	},
	{
		name: 'warnings',
		summary: 'files skipped or loaded with problems',
		needs: 'corpus',
		flags: ['json'],
		reportSkipped: false,
		run: (corpus, {values}) => {
			// The same warnings the app counts in its header and lists under w.
			const warnings = allWarnings(corpus);
			if (values.json === true) writeJsonLines(warnings);
			else process.stdout.write(warnings.length ? warnings.map(formatWarning).join('\n') + '\n' : 'No warnings.\n');
			return 0;
		},
	},
	{
		name: 'config',
		summary: 'the settings in force and where each came from (config.json, presslens.json, env, flags)',
		needs: 'nothing',
		flags: ['print', 'json'],
		reportSkipped: false,
		run: async (_none, input) => {
			const {runConfig} = await import('./config-print.js');
			return runConfig(input);
		},
	},
	{
		name: 'cache',
		summary: 'what is cached per corpus (sizes, dates); --prune removes what is no longer wanted',
		noPaths: true,
		needs: 'nothing',
		flags: ['json', 'prune', 'older-than', 'dry-run'],
		reportSkipped: false,
		run: async (_none, {values}) => {
			if (!values.prune && (values['older-than'] !== undefined || values['dry-run'])) throw new UsageError(`--${values['dry-run'] ? 'dry-run' : 'older-than'} goes with --prune`);
			const {runCache} = await import('./cache.js');
			const {cacheLimit} = await import('../index/cache-entries.js');
			const {defaultCacheDir} = await import('../index/cache.js');
			return runCache({
				root: (values['cache-dir'] as string | undefined) ?? defaultCacheDir(),
				json: values.json === true,
				prune: values.prune === true,
				olderThanDays: values['older-than'] as number | undefined,
				dryRun: values['dry-run'] === true,
				limit: cacheLimit(values['cache-limit'] as number | undefined, (v) => cacheLimitSize(v, '$PRESSLENS_CACHE_LIMIT')),
			});
		},
	},
	{
		name: 'completion',
		summary: 'print a shell completion script (eval "$(presslens completion bash)")',
		positionals: [{name: 'SHELL', choices: SHELLS, missing: `completion needs a SHELL (${SHELLS.join(', ')})`}],
		noPaths: true,
		needs: 'nothing',
		flags: [],
		reportSkipped: false,
		run: (_none, {args}) => {
			process.stdout.write(completionScript(args.SHELL as Shell, {commands: COMMANDS, flags: FLAGS, global: GLOBAL_FLAGS}));
			return 0;
		},
	},
];

export const HELP: HelpText = {
	app: ['presslens [PATH...]', 'open the terminal app (default corpus: data/)'],
	intro: 'PATH is any mix of files and folders (.txt, .md, .html, .json, .jsonl, each optionally .gz).',
	examples: [
		'presslens                                   # explore the bundled corpus',
		'presslens articles ~/scrapes --json | jq .title',
		'presslens statements data --linked',
		'presslens compare 3f9a2c1b data --format markdown --output deadline.md',
		'presslens framing al-Nujaba data --format markdown',
	],
};
