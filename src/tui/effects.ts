// Effects the reducer asks for: copying through the terminal (OSC 52) and exporting a comparison.
// They report back with actions (a status line or a question), never by changing state directly.
import {basename, join} from 'node:path';
import type {Statement} from '../analysis/types.js';
import type {Article} from '../corpus/types.js';
import {buildComparison} from '../analysis/compare.js';
import {formatComparison} from '../output/compare-format.js';
import {FileExistsError, writeFileAtomic} from '../output/atomic.js';
import {plural} from '../util/plural.js';
import type {Action} from './state/reducer.js';
import type {Model} from './model/model.js';
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

/** The same Markdown as `presslens compare ID --format markdown`. */
export function comparisonMarkdown(statement: Statement, model: Model): string {
	// Only this statement's articles: an export must not cost a pass over the corpus.
	const articles = statement.renderings.map((r) => model.lookups.articleById.get(r.article)).filter((a): a is Article => a !== undefined);
	return formatComparison(buildComparison(statement, articles), 'markdown');
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
					status: {text: `Copied ${effect.what} (${plural(chars, 'character')}). Nothing pasted? Allow OSC 52 (tmux: set -g set-clipboard on).`, tone: 'ok'},
				},
			];
		}
		case 'export': {
			const statement = deps.model.lookups.statementById.get(effect.statementId);
			if (!statement) return [{type: 'status', status: {text: 'That statement is gone.', tone: 'error'}}];
			const name = exportFileName(statement.id);
			const path = join(deps.cwd, name);
			const ask: Action = {type: 'confirm', confirm: {question: `${name} already exists in ${basename(deps.cwd) || deps.cwd}. Overwrite it?`, effect: {...effect, overwrite: true}}};
			try {
				const markdown = (deps.formatMarkdown ?? comparisonMarkdown)(statement, deps.model);
				// Without overwrite the write itself refuses an existing file (no check-then-write race): ask first.
				writeFileAtomic(path, markdown, {overwrite: effect.overwrite});
				return [{type: 'status', status: {text: `Exported the comparison to ./${name}`, tone: 'ok'}}];
			} catch (error) {
				if (error instanceof FileExistsError) return [ask];
				return [{type: 'status', status: {text: `Export failed: ${(error as Error).message}`, tone: 'error'}}];
			}
		}
	}
}
