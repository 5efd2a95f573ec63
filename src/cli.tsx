// Command line: parses flags and hands off to the commands; the logic lives elsewhere.
import meow from 'meow';
import {existsSync} from 'node:fs';
import {printArticles} from './commands/articles.js';
import {printEntities} from './commands/entities.js';
import {formatWarning, reportWarnings, writeJsonLines} from './commands/output.js';
import {stderrProgress} from './commands/progress.js';
import {printStatements} from './commands/statements.js';
import {parseSize} from './corpus/config.js';
import {corpusRoots, loadCorpus} from './corpus/load.js';
import {defaultCacheDir} from './index/cache.js';
import {readSavedIndex} from './index/snapshot.js';
import {UsageError} from './corpus/walk.js';
import {sanitizeInline} from './text/sanitize.js';
import type {CorpusIndex} from './index/types.js';

const help = `
  Usage
    $ presslens [PATH...]                       open the terminal app (default corpus: data/)
    $ presslens articles   [PATH...] [--json]   list articles
    $ presslens entities   [PATH...] [--json] [--type person|organization|place|other]
    $ presslens statements [PATH...] [--json] [--linked]
    $ presslens compare STATEMENT_ID [PATH...] [--format text|markdown|json] [--output FILE] [--force]
    $ presslens explain STATEMENT_ID [PATH...] [--json]   why its renderings were linked, and others not
    $ presslens warnings   [PATH...] [--json]   files skipped or loaded with problems

  PATH is any mix of files and folders (.txt, .md, .html, .json, .jsonl, each optionally .gz).

  Options
    --json              JSON Lines on stdout, one object per line (for scripts)
    --type TYPE         entities: only this type
    --linked            statements: only those rendered in two or more articles
    --format FORMAT     compare: text (default), markdown or json
    --output FILE       compare: write to FILE (atomically; never overwrites without --force)
    --force             allow --output to replace an existing file
    --max-size SIZE     skip files larger than SIZE (default 50MB; e.g. 200MB); in JSON Lines, records
    --cache-dir DIR     where analyses are cached (default $XDG_CACHE_HOME/presslens or ~/.cache/presslens)
    --no-cache          neither read nor write the cache
    --debug             show stack traces for unexpected errors
    --help, --version

  Examples
    $ presslens                                   # explore the bundled corpus
    $ presslens articles ~/scrapes --json | jq .title
    $ presslens statements data --linked
    $ presslens compare 3f9a2c1b data --format markdown --output deadline.md
`;

const COMMANDS = new Set(['articles', 'entities', 'statements', 'compare', 'explain', 'warnings']);

export async function main(argv = process.argv.slice(2)): Promise<number> {
	const cli = meow(help, {
		importMeta: import.meta,
		argv,
		allowUnknownFlags: false,
		flags: {
			json: {type: 'boolean', default: false},
			type: {type: 'string'},
			linked: {type: 'boolean', default: false},
			format: {type: 'string', default: 'text'},
			output: {type: 'string'},
			force: {type: 'boolean', default: false},
			maxSize: {type: 'string'},
			cache: {type: 'boolean', default: true},
			cacheDir: {type: 'string'},
			debug: {type: 'boolean', default: false},
		},
	});
	const {flags} = cli;
	const [first, ...rest] = cli.input;
	const command = first && COMMANDS.has(first) ? first : null;
	let paths = command ? rest : cli.input;
	if (!command && first && !existsSync(first)) {
		throw new UsageError(`unknown command or missing path "${first}" (commands: ${[...COMMANDS].join(', ')}; see presslens --help)`);
	}
	let statementId: string | undefined;
	if (command === 'compare' || command === 'explain') {
		[statementId, ...paths] = rest;
		if (!statementId) throw new UsageError(`${command} needs a STATEMENT_ID (list them with \`presslens statements\`)`);
	}
	const maxBytes = flags.maxSize ? parseSize(flags.maxSize, '--max-size') : undefined;
	const progress = stderrProgress('reading');
	const loadOptions = {maxBytes, onProgress: progress.update};

	if (command === 'articles' || command === 'warnings') {
		// A corpus already indexed (by the app or another command) and unchanged since is read from its
		// saved index: about a second for 37,000 articles, instead of reading every file again.
		const saved = flags.cache ? await readSavedIndex(corpusRoots(paths), flags.cacheDir ?? defaultCacheDir(), maxBytes) : undefined;
		const corpus = saved ?? (await loadCorpus(paths, loadOptions));
		progress.done();
		if (command === 'warnings') {
			if (flags.json) writeJsonLines(corpus.warnings);
			else process.stdout.write(corpus.warnings.length ? corpus.warnings.map(formatWarning).join('\n') + '\n' : 'No warnings.\n');
			return 0;
		}
		reportWarnings(corpus.warnings.filter(w => w.skipped));
		printArticles(corpus, flags.json);
		return 0;
	}

	// The app's first frame: a line drawn at once, before the terminal UI library has even loaded,
	// with the progress of opening the corpus under it; the app replaces it when the index is ready.
	const interactive = !command && Boolean(process.stdout.isTTY && process.stdin.isTTY);
	if (interactive) process.stderr.write(`\r\x1b[2Kpresslens ${sanitizeInline(paths.join(' ') || 'data').slice(0, 60)} · opening…`);
	if (interactive) return openLiveApp(paths, {maxBytes, cache: flags.cache, cacheDir: flags.cacheDir});
	// Loaded only now: analysis brings in the tagger, which --help and `articles` never need.
	const {openIndexStreaming} = await import('./index/open.js');
	const indexing = stderrProgress(interactive ? 'presslens · indexing' : 'indexing');
	const index: CorpusIndex = await openIndexStreaming(
		paths,
		{
			maxBytes,
			cache: flags.cache,
			cacheDir: flags.cacheDir,
			onWarning: message => process.stderr.write(`presslens: warning: ${message}\n`),
		},
		p => indexing.update(p.articlesAnalysed, p.total),
	);
	indexing.done();
	if (interactive) process.stderr.write('\r\x1b[2K');
	if (command) reportWarnings(index.warnings.filter(w => w.skipped));
	switch (command) {
		case 'entities':
			printEntities(index, flags.json, flags.type);
			return 0;
		case 'statements':
			printStatements(index, flags.json, flags.linked);
			return 0;
		case 'compare': {
			const {runCompare} = await import('./commands/compare.js');
			return runCompare(index, statementId!, {format: flags.format, output: flags.output, force: flags.force});
		}
		case 'explain': {
			const {runExplain} = await import('./commands/explain.js');
			return runExplain(index, statementId!, {json: flags.json, cache: flags.cache, cacheDir: flags.cacheDir});
		}
		default:
			return openApp(index);
	}
}

/**
 * The app on a terminal, drawn before the corpus is indexed: it shows the progress in its header and
 * the articles as they are read, then the whole index. Cache warnings wait until it closes.
 */
async function openLiveApp(paths: string[], options: {maxBytes?: number; cache: boolean; cacheDir?: string}): Promise<number> {
	const {IndexSource} = await import('./index/source.js');
	const warnings: string[] = [];
	const source = IndexSource.open(paths, {...options, onWarning: message => warnings.push(message)}, 300);
	// Problems found at once (a missing path) are reported as usual, without starting the app.
	await Promise.race([source.done, new Promise<void>(resolve => {
		const stop = source.subscribe(() => {
			stop();
			resolve();
		});
	})]);
	const {runApp} = await importApp();
	process.stderr.write('\r\x1b[2K');
	await runApp(source);
	for (const message of warnings) process.stderr.write(`presslens: warning: ${message}\n`);
	const {error} = source.current;
	if (error) throw error;
	return 0;
}

/**
 * Ink draws only the last frame when it thinks it runs in CI (a CI variable is set); a person at a
 * terminal wants the live app whatever their environment says, so that check is answered first.
 */
async function importApp(): Promise<typeof import('./tui/run.js')> {
	for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';
	return import('./tui/run.js');
}

async function openApp(index: CorpusIndex): Promise<number> {
	if (process.stdout.isTTY && process.stdin.isTTY) {
		const {runApp} = await importApp();
		await runApp(index);
		return 0;
	}
	// Not a terminal: a short overview instead of the app.
	const outlets = new Set(index.articles.map(a => a.outlet ?? '(unknown)'));
	const linked = index.statements.filter(s => s.outlets > 1).length;
	process.stdout.write(
		`${index.name}: ${index.articles.length} articles, ${outlets.size} outlets, ${index.entities.length} entities, ` +
			`${linked} statements linked across outlets, ${index.warnings.length} warnings\n`,
	);
	return 0;
}

const debug = process.argv.includes('--debug');
// A closed pipe (`presslens articles | head`) is a normal way to stop reading.
process.stdout.on('error', error => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	throw error;
});
main().then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		// A wrong alias section in presslens.json is the user's to fix, like a wrong flag.
		if (error instanceof UsageError || (error as Error)?.name === 'EntityConfigError') {
			process.stderr.write(`presslens: ${(error as Error).message}\n`);
			process.exitCode = 2;
		} else {
			process.stderr.write(`presslens: error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
			if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
			process.exitCode = 1;
		}
	},
);
