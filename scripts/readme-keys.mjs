#!/usr/bin/env node
// Rewrites the README's keys table from the app's keymap (npm run readme:keys builds first).
import {readFileSync, writeFileSync} from 'node:fs';
import {withKeysTable} from '../dist/src/tui/content/keys-table.js';
import {REGISTRY} from '../dist/src/tui/specs/registry.js';

const path = new URL('../README.md', import.meta.url);
const next = withKeysTable(readFileSync(path, 'utf8'), REGISTRY);
if (next === null) {
	console.error('README.md has no keys markers');
	process.exit(1);
}
writeFileSync(path, next);
