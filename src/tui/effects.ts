// Effects the reducer asks for: copying through the terminal (OSC 52) and exporting a comparison.
// They report back with actions (a status line or a question), never by changing state directly.
import {existsSync, renameSync, writeFileSync, unlinkSync} from 'node:fs';
import {basename, join} from 'node:path';
import type {Statement} from '../analysis/types.js';
import {buildComparison} from '../analysis/compare.js';
import {formatComparison} from '../output/compare-format.js';
import type {Action} from './state/reducer.js';
import type {Model} from './state/model.js';
import type {Effect} from './state/types.js';

export interface EffectDeps {
	model: Model;
	/** Writes straight to the terminal, beside Ink's frames (used only for OSC 52). */
	writeRaw: ((data: string) => void) | null;
	cwd: string;
	formatMarkdown?: (statement: Statement, model: Model) => string;
}

/** OSC 52 "set clipboard": the payload is base64, so no byte of the text reaches the terminal raw. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

export function exportFileName(statementId: string): string {
	const slug = statementId.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'statement';
	return `presslens-${slug}.md`;
}

/** Write via a temporary file and a rename, so a reader never sees a half-written file. */
export function writeAtomic(path: string, content: string): void {
	const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
	try {
		writeFileSync(temp, content, {encoding: 'utf8', flag: 'wx'});
		renameSync(temp, path);
	} catch (error) {
		if (existsSync(temp)) unlinkSync(temp);
		throw error;
	}
}

/** The same Markdown as `presslens compare ID --format markdown`. */
export function comparisonMarkdown(statement: Statement, model: Model): string {
	return formatComparison(buildComparison(statement, model.index.articles), 'markdown');
}

export function runEffect(effect: Effect, deps: EffectDeps): Action[] {
	switch (effect.kind) {
		case 'quit':
			return [];
		case 'copy': {
			if (!deps.writeRaw) {
				return [{type: 'status', status: {text: 'Copy needs a terminal (OSC 52); press e in a comparison to export to a file instead.', tone: 'error'}}];
			}
			deps.writeRaw(osc52(effect.text));
			const chars = Array.from(effect.text).length;
			return [
				{
					type: 'status',
					status: {text: `Copied ${effect.what} (${chars} characters) via OSC 52. Nothing pasted? Your terminal blocks OSC 52 (tmux: set -g set-clipboard on).`, tone: 'ok'},
				},
			];
		}
		case 'export': {
			const statement = deps.model.statementById.get(effect.statementId);
			if (!statement) return [{type: 'status', status: {text: 'That statement is gone.', tone: 'error'}}];
			const name = exportFileName(statement.id);
			const path = join(deps.cwd, name);
			if (!effect.overwrite && existsSync(path)) {
				return [{type: 'confirm', confirm: {question: `${name} already exists in ${basename(deps.cwd) || deps.cwd}. Overwrite it?`, effect: {...effect, overwrite: true}}}];
			}
			try {
				const markdown = (deps.formatMarkdown ?? comparisonMarkdown)(statement, deps.model);
				writeAtomic(path, markdown);
				return [{type: 'status', status: {text: `Exported the comparison to ./${name}`, tone: 'ok'}}];
			} catch (error) {
				return [{type: 'status', status: {text: `Export failed: ${(error as Error).message}`, tone: 'error'}}];
			}
		}
	}
}
