// The user's own config file: `--config FILE`, else $PRESSLENS_CONFIG, else
// $XDG_CONFIG_HOME/presslens/config.json, else ~/.config/presslens/config.json. It holds the app's
// keys and theme, and any presslens.json setting as a default for every corpus (merged under each
// corpus's presslens.json: corpus/config-merge.ts). Checked strictly, as presslens.json is: a
// mistake stops the command with exit 2, naming the file, the key path and what is allowed. The
// keys are checked against the keymap when the app (or `presslens config`) loads it.
import {homedir} from 'node:os';
import {join, resolve} from 'node:path';
import {EntityConfigError, parseEntityConfig} from '../analysis/entities/config.js';
import {CONFIG_KEYS, parseConfig, readConfigJson} from '../corpus/config.js';
import type {ConfigDefaults} from '../corpus/config-merge.js';
import {UsageError} from '../corpus/walk.js';
import {parseThemeSetting, type ThemeSetting} from '../tui/theme/choose.js';

/** How the file was found: named by --config, by $PRESSLENS_CONFIG, or at its usual place. */
export type ConfigOrigin = 'flag' | 'env' | 'default';

export interface UserConfig {
	/** The file looked for (it may not exist when not named); null without a home folder. */
	path: string | null;
	origin: ConfigOrigin;
	exists: boolean;
	/** "keys", as written: checked against the keymap by tui/state/rebind.ts. */
	keys?: unknown;
	theme?: ThemeSetting;
	/** "mouse": false turns the app's mouse off (as --no-mouse does). */
	mouse?: boolean;
	/** The presslens.json settings it gives every corpus. */
	defaults?: ConfigDefaults;
}

const OWN_KEYS = ['keys', 'theme', 'mouse'];

export function userConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): {path: string | null; origin: ConfigOrigin} {
	if (flag !== undefined) return {path: resolve(flag), origin: 'flag'};
	if (env.PRESSLENS_CONFIG) return {path: resolve(env.PRESSLENS_CONFIG), origin: 'env'};
	// The XDG rule: a relative XDG_CONFIG_HOME is invalid and ignored.
	const xdg = env.XDG_CONFIG_HOME;
	if (xdg && xdg.startsWith('/')) return {path: join(xdg, 'presslens', 'config.json'), origin: 'default'};
	const home = env.HOME || homedir();
	return {path: home ? join(home, '.config', 'presslens', 'config.json') : null, origin: 'default'};
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readUserConfig(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): UserConfig {
	const {path, origin} = userConfigPath(flag, env);
	const json = path ? readConfigJson(path) : undefined;
	if (json === undefined) {
		// A file the user named must be there; the usual place may well be empty.
		if (origin !== 'default') throw new UsageError(`${path}: no such config file (named by ${origin === 'flag' ? '--config' : 'PRESSLENS_CONFIG'})`);
		return {path, origin, exists: false};
	}
	return {path, origin, exists: true, ...parseUserConfig(json, path!)};
}

export function parseUserConfig(json: unknown, where: string): Omit<UserConfig, 'path' | 'origin' | 'exists'> {
	if (!isObject(json)) throw new UsageError(`${where}: must hold a JSON object`);
	const allowed = [...OWN_KEYS, ...CONFIG_KEYS];
	for (const key of Object.keys(json)) {
		if (!allowed.includes(key)) throw new UsageError(`${where}: unknown key "${key}" (expected ${allowed.join(', ')})`);
	}
	const config: Omit<UserConfig, 'path' | 'origin' | 'exists'> = {};
	if (json.keys !== undefined) {
		if (!isObject(json.keys)) throw new UsageError(`${where}: "keys" must map command names to lists of keys, e.g. {"move.down": ["j", "down"]}, got ${JSON.stringify(json.keys)}`);
		config.keys = json.keys;
	}
	if (json.theme !== undefined) config.theme = parseThemeSetting(json.theme, where);
	if (json.mouse !== undefined) {
		if (typeof json.mouse !== 'boolean') throw new UsageError(`${where}: "mouse" must be true or false, got ${JSON.stringify(json.mouse)}`);
		config.mouse = json.mouse;
	}
	const settings = Object.fromEntries(Object.entries(json).filter(([key]) => !OWN_KEYS.includes(key)));
	if (Object.keys(settings).length > 0) {
		// The same checks as a presslens.json, in this file's name; entities are checked by the analysis.
		parseConfig(settings, where);
		try {
			parseEntityConfig(settings.entities);
		} catch (error) {
			if (error instanceof EntityConfigError) throw new UsageError(`${where}: ${error.problems.join('; ')}`);
			throw error;
		}
		config.defaults = {settings, source: where};
	}
	return config;
}
