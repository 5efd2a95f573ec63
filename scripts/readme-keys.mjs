// Rewrites the keys table in README.md from the keymap (npm run readme:keys, after a build), so the
// README lists exactly the keys the app dispatches. test/tui/keys-help.test.tsx fails when it is stale.
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import {KEYS_END, KEYS_START, withKeysTable} from '../dist/src/tui/content/keys-table.js';
import {REGISTRY} from '../dist/src/tui/specs/registry.js';

const path = new URL('../README.md', import.meta.url);
const next = withKeysTable(readFileSync(path, 'utf8'), REGISTRY);
if (next === null) throw new Error(`README.md has no "${KEYS_START}" … "${KEYS_END}" block`);
// Written beside it and renamed: an interrupted run never leaves half a README.
const temp = new URL('../README.md.tmp', import.meta.url);
writeFileSync(temp, next);
renameSync(temp, path);
