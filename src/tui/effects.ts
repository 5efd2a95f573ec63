// Effects the reducer asks for: copying through the terminal (OSC 52) and exporting a comparison.
// They report back with actions (a status line or a question), never by changing state directly.
import {homedir} from 'node:os';
import {basename, join, resolve} from 'node:path';
import type {Statement} from '../analysis/types.js';
import type {Article} from '../corpus/types.js';
import {buildComparison} from '../analysis/compare.js';
import {formatComparison} from '../output/compare-format.js';
import {formatOfPath, formatRows} from '../output/records.js';
import {FileExistsError, writeFileAtomic} from '../output/atomic.js';
import {plural} from '../util/plural.js';
import {articleMeta} from './content/article.js';
import {openUrl, pageText, type System} from './system.js';
import {safeBlock, safeInline} from './text/safe.js';
import type {Action} from './state/reducer.js';
import type {Model} from './model/model.js';
import type {Effect} from './state/types.js';

/** Handing the terminal to another program (the pager) and taking it back. */
export interface Terminal {
	/** Stop reading keys and leave the app's screen. */
	release(): void;
	/** Read keys again and redraw the whole app as it was. */
	retake(): void;
}

export interface EffectDeps {
	model: Model;
	/** Writes straight to the terminal, beside Ink's frames (used only for OSC 52). */
	writeRaw: ((data: string) => void) | null;
	cwd: string;
	formatMarkdown?: (statement: Statement, model: Model) => string;
	/** Programs outside: the browser and the pager. */
	system: System;
	/** The terminal to lend the pager; null when the app is not on one. */
	terminal: Terminal | null;
	/** Reports that come after the effect returned (a browser that failed to start). */
	dispatch: (action: Action) => void;
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

/** A typed path: `~/` is the home folder, a relative path is in the app's folder. */
export function exportPath(typed: string, cwd: string): string {
	const path = typed === '~' || typed.startsWith('~/') ? join(homedir(), typed.slice(1)) : typed;
	return resolve(cwd, path);
}

function exportList(effect: Extract<Effect, {kind: 'export-list'}>, deps: EffectDeps): Action[] {
	const format = formatOfPath(effect.path);
	if (!format) return [{type: 'status', status: {text: `Not exported: ${safeInline(effect.path)} should end in .csv, .jsonl or .md.`, tone: 'error'}}];
	const spec = deps.model.registry.pane(effect.pane);
	if (!spec.record) return [{type: 'status', status: {text: `The ${spec.label} list cannot be exported.`, tone: 'error'}}];
	const items = deps.model.panes.items<{id: string}>(effect.pane);
	const wanted = new Set(effect.ids);
	const byId = new Map(items.filter((item) => wanted.has(item.id)).map((item) => [item.id, item]));
	const rows = effect.ids.flatMap((id) => {
		const item = byId.get(id);
		return item ? [spec.record!.row(item, deps.model)] : [];
	});
	const path = exportPath(effect.path, deps.cwd);
	const shown = safeInline(effect.path);
	try {
		// Without overwrite the write itself refuses an existing file (no check-then-write race): ask first.
		writeFileAtomic(path, formatRows(rows, spec.record.columns, format), {overwrite: effect.overwrite});
		return [{type: 'status', status: {text: `Exported ${plural(rows.length, 'row')} to ${shown}`, tone: 'ok'}}];
	} catch (error) {
		if (error instanceof FileExistsError) return [{type: 'confirm', confirm: {question: `${shown} already exists. Overwrite it?`, effect: {...effect, overwrite: true}}}];
		return [{type: 'status', status: {text: `Export failed: ${safeInline((error as Error).message)}`, tone: 'error'}}];
	}
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
		case 'browse':
			openUrl(effect.url, deps.system, (error, command) =>
				deps.dispatch({type: 'status', status: error ? {text: error, tone: 'error'} : {text: `Opened ${effect.url} with ${command}.`, tone: 'ok'}}),
			);
			return [{type: 'status', status: {text: `Opening ${effect.url}…`, tone: 'info'}}];
		case 'page': {
			const article = deps.model.lookups.articleById.get(effect.articleId);
			if (!article) return [{type: 'status', status: {text: 'That article is gone.', tone: 'error'}}];
			if (!deps.terminal) return [{type: 'status', status: {text: 'The pager needs a terminal.', tone: 'error'}}];
			// The pager prints what it is given: the same sanitised text the reader shows.
			const text = safeBlock([article.title ?? '(untitled)', articleMeta(article), article.url ?? '', '', article.body].join('\n')) + '\n';
			deps.terminal.release();
			let error: string | null;
			try {
				error = pageText(text, deps.system);
			} finally {
				deps.terminal.retake();
			}
			return [{type: 'status', status: error ? {text: error, tone: 'error'} : {text: 'Back from the pager.', tone: 'info'}}];
		}
		case 'export-list':
			return exportList(effect, deps);
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
