// Command line: reads the arguments against the table of commands and flags (commands/table.ts),
// opens what the command needs and hands off; the logic lives elsewhere.
import {existsSync, openSync, readFileSync} from 'node:fs';
import {isAbsolute, relative} from 'node:path';
import {ReadStream} from 'node:tty';
import {fileURLToPath} from 'node:url';
import {helpText, parseArgs, type Input} from './commands/args.js';
import {reportWarnings, writeMessage} from './commands/output.js';
import {clearProgressLine, stderrProgress} from './commands/progress.js';
import {describeUpdate} from './index/update.js';
import {cacheLimitSize, COMMANDS, FLAGS, GLOBAL_FLAGS, HELP, type CommandSpec} from './commands/table.js';
import {readUserConfig, type UserConfig} from './commands/user-config.js';
import type {ConfigDefaults} from './corpus/config-merge.js';
import {corpusRoots, loadCorpus} from './corpus/load.js';
import {labelStdin, spoolStdin, STDIN_NAME, STDIN_PATH} from './corpus/stdin.js';
import type {Corpus} from './corpus/types.js';
import {isLinked} from './analysis/types.js';
import {UsageError} from './corpus/walk.js';
import {defaultCacheDir} from './index/cache.js';
import {CACHE_LIMIT_ENV, cacheLimit, recordOpened} from './index/cache-entries.js';
import {growHeapFreely, limitHeapGrowth} from './index/heap.js';
import {DamagedIndexError, readSavedIndex} from './index/snapshot.js';
import type {CorpusIndex} from './index/types.js';
import {sanitizeInline} from './text/sanitize.js';

interface CorpusOptions {
	maxBytes?: number;
	cache: boolean;
	cacheDir?: string;
	/** Bytes the cache may hold (--cache-limit, $PRESSLENS_CACHE_LIMIT, the default). */
	cacheLimit?: number;
	/** The copy of standard input read for `-`. */
	spool?: string;
	/** The user's settings for every corpus (config.json). */
	defaults?: ConfigDefaults;
}

/**
 * The sample corpus shipped in the package (dist/src/cli.js -> data/): the default wherever the
 * command runs, so an installed presslens opens it too. Named relative to the current folder when
 * it lies inside it (`data` in a clone), else in full.
 */
function bundledCorpus(): string {
	const path = fileURLToPath(new URL('../../data', import.meta.url));
	const near = relative(process.cwd(), path);
	return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}

// The app cannot run a command again on the files, as the CLI does: a damaged body reads as this.
const DAMAGED_BODY = '[This text is damaged in the saved index. Quit and reopen the corpus: it is indexed again.]';

const warn = (message: string) => writeMessage(`presslens: warning: ${message}`);

export async function main(argv = process.argv.slice(2)): Promise<number> {
	const {command, input} = parseArgs(argv, COMMANDS, FLAGS, GLOBAL_FLAGS);
	const {values, paths} = input;
	if (values.help) {
		process.stdout.write(helpText(COMMANDS, FLAGS, GLOBAL_FLAGS, HELP, command));
		return 0;
	}
	if (values.version) {
		const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		process.stdout.write(`${pkg.version}\n`);
		return 0;
	}
	if (!command && paths[0] !== undefined && paths[0] !== STDIN_PATH && !existsSync(paths[0])) {
		throw new UsageError(`unknown command or missing path ${JSON.stringify(paths[0])} (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see presslens --help)`);
	}
	if (paths.length === 0 && !command?.noPaths) paths.push(bundledCorpus());
	if (command?.needs === 'nothing') return runCommand(command, input, {cache: false});
	const user = readUserConfig(values.config as string | undefined);
	input.defaults = user.defaults;
	const options: CorpusOptions = {
		maxBytes: values['max-size'] as number | undefined,
		cache: values['no-cache'] !== true,
		cacheDir: values['cache-dir'] as string | undefined,
		cacheLimit: cacheLimit(values['cache-limit'] as number | undefined, (v) => cacheLimitSize(v, `$${CACHE_LIMIT_ENV}`)),
		defaults: user.defaults,
	};
	const stdinAt = paths.indexOf(STDIN_PATH);
	if (stdinAt !== -1) {
		if (paths.indexOf(STDIN_PATH, stdinAt + 1) !== -1) throw new UsageError('- (standard input) can be read only once');
		if (process.stdin.isTTY) throw new UsageError('- reads articles from standard input, which is a terminal here (pipe them in: cat scrape.jsonl | presslens articles -)');
		paths[stdinAt] = options.spool = await spoolStdin();
		// A copy made for this run only: nothing to find again in a cache.
		options.cache = false;
	}
	if (!command) {
		// Articles piped in: the app reads its keys from the terminal itself.
		const keys = process.stdout.isTTY ? (process.stdin.isTTY ? process.stdin : stdinAt !== -1 ? terminalInput() : undefined) : undefined;
		return keys ? openLiveApp(paths, options, keys, {user, theme: values.theme as string | undefined, noMouse: values['no-mouse'] === true}) : overview(await openIndex(paths, options));
	}
	return runCommand(command, input, options);
}

/**
 * Runs a command on what it needs. A saved index found damaged while the command reads it (an
 * article body that does not match its checksum) has been removed by then: the command runs once
 * more on the corpus itself. Commands print only once they have read what they print.
 */
async function runCommand(command: CommandSpec, input: Input, options: CorpusOptions, retried = false): Promise<number> {
	try {
		if (command.needs === 'nothing') return await command.run(null, input);
		if (command.needs === 'corpus') {
			const corpus = await openCorpus(input.paths, options);
			if (command.reportSkipped && !retried) reportWarnings(corpus.warnings.filter((w) => w.skipped));
			return await command.run(corpus, input);
		}
		const index = await openIndex(input.paths, options);
		if (command.reportSkipped && !retried) reportWarnings(index.warnings.filter((w) => w.skipped));
		return await command.run(index, input);
	} catch (error) {
		if (error instanceof DamagedIndexError && !retried) return runCommand(command, input, options, true);
		throw error;
	}
}

/**
 * The articles only. A corpus already indexed (by the app or another command) and unchanged since
 * is read from its saved index: about a second for 37,000 articles, instead of reading every file.
 */
async function openCorpus(paths: string[], options: CorpusOptions): Promise<Corpus> {
	const progress = stderrProgress('reading');
	try {
		const saved = options.cache ? await readSavedIndex(corpusRoots(paths), options.cacheDir ?? defaultCacheDir(), options.maxBytes, {onWarning: warn, aroundRead: growHeapFreely}, options.defaults) : undefined;
		if (saved) recordOpened(options.cacheDir ?? defaultCacheDir(), corpusRoots(paths), options.maxBytes);
		const corpus = saved ?? (await loadCorpus(paths, {maxBytes: options.maxBytes, onProgress: (done, total) => progress.update(done, total), defaults: options.defaults}));
		return options.spool ? labelStdin(corpus, options.spool) : corpus;
	} finally {
		progress.done();
	}
}

async function openIndex(paths: string[], options: CorpusOptions): Promise<CorpusIndex> {
	// Loaded only now: analysis brings in the tagger, which --help and `articles` never need.
	const {openIndexStreaming} = await import('./index/open.js');
	const progress = stderrProgress('indexing');
	try {
		const index = await openIndexStreaming(paths, {...options, beforeBuild: limitHeapGrowth, aroundRead: growHeapFreely, onWarning: warn, progressOnly: true}, (p) =>
			progress.update(p.articlesAnalysed, p.total, p.update ? describeUpdate(p.update) : undefined),
		);
		return options.spool ? labelStdin(index, options.spool) : index;
	} finally {
		progress.done();
	}
}

/**
 * The app on a terminal, drawn before the corpus is indexed: it shows the progress in its header and
 * the articles as they are read, then the whole index. Cache warnings wait until it closes.
 */
async function openLiveApp(paths: string[], options: CorpusOptions, keys: NodeJS.ReadStream, looks: {user: UserConfig; theme?: string; noMouse: boolean}): Promise<number> {
	appOpened = true;
	// The theme is checked before anything is drawn: a wrong --theme or PRESSLENS_THEME is a usage error.
	const {chooseTheme} = await import('./tui/theme/choose.js');
	const {theme} = chooseTheme({flag: looks.theme, env: process.env.PRESSLENS_THEME, setting: looks.user.theme});
	// The app's first frame: a line drawn at once, before the terminal UI library has even loaded,
	// with the progress of opening the corpus under it; the app replaces it when the index is ready.
	// The copy of a pipe is named for what it is, not for the temporary file it was spooled into.
	const name = options.spool ? paths.map((p) => (p === options.spool ? STDIN_NAME : p)).join(' ') : undefined;
	process.stderr.write(`\r\x1b[2Kpresslens ${sanitizeInline(name ?? paths.join(' ')).slice(0, 60)} · opening…`);
	const {IndexSource} = await import('./index/source.js');
	const warnings: string[] = [];
	// Merging and linking a large corpus take minutes: on a worker thread, so keys are answered meanwhile.
	const source = IndexSource.open(paths, {...options, name, beforeBuild: limitHeapGrowth, aroundRead: growHeapFreely, damagedBody: DAMAGED_BODY, buildThread: 'auto', onWarning: (message) => warnings.push(message)}, 300);
	// The keymap loads with the app; the user's keys are checked against it while the corpus opens.
	const [{REGISTRY}, {rebind}] = await Promise.all([import('./tui/specs/registry.js'), import('./tui/state/rebind.js')]);
	const registry = (() => {
		try {
			return rebind(REGISTRY, looks.user.keys, looks.user.path ?? 'config.json').registry;
		} catch (error) {
			process.stderr.write('\r\x1b[2K');
			throw error;
		}
	})();
	// Problems found at once (a missing path) are reported as usual, without starting the app.
	await Promise.race([
		source.done,
		new Promise<void>((resolve) => {
			const stop = source.subscribe(() => {
				stop();
				resolve();
			});
		}),
	]);
	// Ink draws only the last frame when it thinks it runs in CI (a CI variable is set); a person at a
	// terminal wants the live app whatever their environment says, so that check is answered first.
	for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';
	const {runApp} = await import('./tui/run.js');
	process.stderr.write('\r\x1b[2K');
	try {
		const {mouseWanted} = await import('./tui/state/mouse.js');
		await runApp(source, {stdin: keys, theme, registry, mouse: mouseWanted({flag: looks.noMouse, env: process.env, setting: looks.user.mouse})});
	} finally {
		// A terminal opened for the keys would otherwise keep the process waiting for input.
		if (keys !== process.stdin) keys.destroy();
	}
	for (const message of warnings) warn(message);
	const {error} = source.current;
	if (error) throw error;
	return 0;
}

/** The controlling terminal as a key source, when standard input is taken by a pipe; none without one. */
function terminalInput(): NodeJS.ReadStream | undefined {
	try {
		return new ReadStream(openSync('/dev/tty', 'r')) as NodeJS.ReadStream;
	} catch {
		return undefined;
	}
}

/** Not a terminal: a short overview instead of the app. */
function overview(index: CorpusIndex): number {
	const outlets = new Set(index.articles.map((a) => a.outlet ?? '(unknown)'));
	const linked = index.statements.filter(isLinked).length;
	process.stdout.write(
		`${sanitizeInline(index.name)}: ${index.articles.length} articles, ${outlets.size} outlets, ${index.entities.length} entities, ` +
			`${linked} statements linked across articles, ${index.warnings.length} warnings\n`,
	);
	return 0;
}

/**
 * Set once the app has been opened. When the user quits it (q, Ctrl+C) the corpus may still be
 * opening: reading and the analysis workers would keep the process alive until they finish, minutes
 * on a large corpus. Nothing of theirs is wanted then (what they write is written synchronously and
 * atomically, so stopping between two steps loses nothing), so the process ends at once.
 */
let appOpened = false;
const leaveIfApp = () => {
	if (appOpened) process.exit();
};

const debug = process.argv.includes('--debug');
// A closed pipe (`presslens articles | head`) is a normal way to stop reading.
process.stdout.on('error', (error) => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	throw error;
});
main().then(
	(code) => {
		process.exitCode = code;
		leaveIfApp();
	},
	(error: unknown) => {
		clearProgressLine();
		// A wrong alias section in presslens.json is the user's to fix, like a wrong flag.
		if (error instanceof UsageError || (error as Error)?.name === 'EntityConfigError') {
			writeMessage(`presslens: ${(error as Error).message}`);
			process.exitCode = 2;
		} else {
			writeMessage(`presslens: error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`);
			if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
			process.exitCode = 1;
		}
		leaveIfApp();
	},
);
