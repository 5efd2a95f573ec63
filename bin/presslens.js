#!/usr/bin/env node
// Thin launcher: the CLI is compiled by `npm run build` (npm start and npm test build it first).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const entry = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
	process.stderr.write('presslens: not built yet; run `npm run build` (or `npm start`) first\n');
	process.exit(2);
}
await import(entry.href);
