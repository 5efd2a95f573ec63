// `presslens config --print [PATH]`: the settings in force and where each came from (the default,
// the user's config.json, the corpus's presslens.json, the environment or a flag), as a table or
// as JSON Lines. It loads what the app would load, so a mistake in either file is reported here too.
import {join} from 'node:path';
import {configFolder, loadConfig, readConfigJson} from '../corpus/config.js';
import {DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_RECORDS} from '../corpus/load.js';
import {DEFAULT_MAX_BYTES} from '../corpus/read.js';
import {CONFIG_FILE} from '../corpus/walk.js';
import {defaultCacheDir} from '../index/cache.js';
import {sanitizeInline} from '../text/sanitize.js';
import {REGISTRY} from '../tui/specs/registry.js';
import {chooseTheme} from '../tui/theme/choose.js';
import {ROLES, type TextStyle} from '../tui/theme/themes.js';
import {commandNames, rebind} from '../tui/state/rebind.js';
import type {Input} from './args.js';
import {writeJsonLines} from './output.js';
import {readUserConfig} from './user-config.js';

export type Source = 'default' | 'user config' | 'presslens.json' | 'env' | 'flag';

export interface Setting {
	key: string;
	value: unknown;
	source: Source | 'presslens.json + user config';
	/** The file, variable or flag behind the source. */
	from?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaves of the two settings merged (config-merge.ts), each with the file that gave it. */
function corpusSettings(user: unknown, corpus: unknown, userFile: string, corpusFile: string, prefix = ''): Setting[] {
	if (isObject(user) && isObject(corpus)) {
		const keys = [...new Set([...Object.keys(corpus), ...Object.keys(user)])];
		return keys.flatMap((k) => corpusSettings(user[k], corpus[k], userFile, corpusFile, prefix ? `${prefix}.${k}` : k));
	}
	if (isObject(user) && corpus === undefined && Object.keys(user).length > 0) return corpusSettings(user, {}, userFile, corpusFile, prefix);
	if (isObject(corpus) && user === undefined && Object.keys(corpus).length > 0) return corpusSettings({}, corpus, userFile, corpusFile, prefix);
	if (Array.isArray(user) && Array.isArray(corpus)) return [{key: prefix, value: [...corpus, ...user], source: 'presslens.json + user config', from: `${corpusFile}, ${userFile}`}];
	if (corpus !== undefined) return [{key: prefix, value: corpus, source: 'presslens.json', from: corpusFile}];
	if (user !== undefined) return [{key: prefix, value: user, source: 'user config', from: userFile}];
	return [];
}

function styleText(style: TextStyle): string {
	const parts = [style.color, style.backgroundColor && `on ${style.backgroundColor}`];
	for (const flag of ['bold', 'underline', 'inverse', 'italic'] as const) if (style[flag]) parts.push(flag);
	if (style.dimColor) parts.push('dim');
	return parts.filter(Boolean).join(' ') || 'plain';
}

export function effectiveSettings(input: Input, env: NodeJS.ProcessEnv = process.env): Setting[] {
	const {values, paths} = input;
	const user = readUserConfig(values.config as string | undefined, env);
	const userFile = user.path ?? '(no home folder)';
	const rows: Setting[] = [];
	const fileFrom = user.origin === 'flag' ? '--config' : user.origin === 'env' ? 'PRESSLENS_CONFIG' : env.XDG_CONFIG_HOME?.startsWith('/') ? 'XDG_CONFIG_HOME' : 'HOME';
	rows.push({key: 'config', value: user.exists ? user.path : `${userFile} (none there)`, source: user.origin, from: fileFrom});

	const chosen = chooseTheme({flag: values.theme as string | undefined, env: env.PRESSLENS_THEME, setting: user.theme});
	const themeFrom = {default: undefined, 'user config': userFile, env: 'PRESSLENS_THEME', flag: '--theme'}[chosen.source];
	rows.push({key: 'theme', value: chosen.theme.name, source: chosen.source, from: themeFrom});
	for (const role of ROLES) {
		const custom = chosen.custom.includes(role);
		rows.push({key: `theme.colors.${role}`, value: styleText(chosen.theme.styles[role]), source: custom ? 'user config' : 'default', from: custom ? userFile : `theme ${chosen.theme.name}`});
	}
	if ('NO_COLOR' in env) rows.push({key: 'color', value: 'off: differing words in [-brackets-]', source: 'env', from: 'NO_COLOR'});

	const {registry, rebound} = rebind(REGISTRY, user.keys, userFile);
	for (const command of commandNames(registry.bindings)) {
		const keys = [...new Set(registry.bindings.filter((b) => b.command === command).flatMap((b) => b.keys))];
		rows.push({key: `keys.${command}`, value: keys, source: rebound.has(command) ? 'user config' : 'default', from: rebound.has(command) ? userFile : undefined});
	}

	const folder = configFolder(paths);
	const corpusFile = folder ? join(folder, CONFIG_FILE) : '(no corpus folder)';
	// Loaded as a command would load it: a mistake in either file, or in the two together, stops here.
	if (folder) loadConfig(folder, user.defaults);
	const corpus = folder ? readConfigJson(corpusFile) : undefined;
	const settings = corpusSettings(user.defaults?.settings, corpus, userFile, corpusFile);
	const limits: Array<[string, unknown]> = [['maxFileSize', `${DEFAULT_MAX_BYTES / 1024 ** 2}MB`], ['maxInflatedSize', `${DEFAULT_MAX_INFLATED_BYTES / 1024 ** 3}GB`], ['maxRecords', DEFAULT_MAX_RECORDS]];
	for (const [key, value] of limits) {
		const at = settings.findIndex((s) => s.key === key);
		if (key === 'maxFileSize' && values['max-size'] !== undefined) {
			const row: Setting = {key, value: values['max-size'], source: 'flag', from: '--max-size'};
			if (at === -1) settings.push(row);
			else settings[at] = row;
		} else if (at === -1) settings.push({key, value, source: 'default'});
	}
	rows.push(...settings);

	const cacheDir = values['cache-dir'] as string | undefined;
	rows.push(
		cacheDir !== undefined
			? {key: 'cacheDir', value: cacheDir, source: 'flag', from: '--cache-dir'}
			: {key: 'cacheDir', value: defaultCacheDir(env), source: env.XDG_CACHE_HOME?.startsWith('/') ? 'env' : 'default', from: env.XDG_CACHE_HOME?.startsWith('/') ? 'XDG_CACHE_HOME' : undefined},
	);
	rows.push(values['no-cache'] === true ? {key: 'cache', value: false, source: 'flag', from: '--no-cache'} : {key: 'cache', value: true, source: 'default'});
	return rows;
}

const shown = (value: unknown) => sanitizeInline(Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(', ') : typeof value === 'string' ? value : JSON.stringify(value));

export function formatSettings(rows: Setting[]): string {
	const table = rows.map((r) => [r.key, shown(r.value), r.from ? `${r.source} (${sanitizeInline(r.from)})` : r.source]);
	const width = (i: number) => Math.min(40, Math.max(...table.map((t) => t[i].length)));
	const [a, b] = [width(0), width(1)];
	const line = (t: string[]) => `${t[0].padEnd(a)}  ${t[1].padEnd(b)}  ${t[2]}`.trimEnd();
	return [line(['SETTING', 'VALUE', 'FROM']), ...table.map(line)].join('\n') + '\n';
}

export function runConfig(input: Input): number {
	const rows = effectiveSettings(input);
	if (input.values.json === true) writeJsonLines(rows.map((r) => (r.from ? r : {key: r.key, value: r.value, source: r.source})));
	else process.stdout.write(formatSettings(rows));
	return 0;
}
