// Going to the source and back: the history of jumps ([ and ], Ctrl+O), and handing the article
// behind the current view to the browser (o) or the pager (p). Pure: the outside world is reached
// through the effects these return.
import type {Article} from '../../corpus/types.js';
import {safeUrl} from '../../text/url.js';
import type {Env, Update} from './reducer.js';
import {currentDetail, type AppState, type DetailView} from './types.js';

export type SourceCommand = 'history.back' | 'history.forward' | 'item.browse' | 'item.page';

export const SOURCE_COMMANDS: readonly string[] = ['history.back', 'history.forward', 'item.browse', 'item.page'];

const say = (state: AppState, text: string): Update => ({state: {...state, status: {text, tone: 'info'}}, effects: []});

/** The article behind the open detail (or its selection), else behind the selected row. */
export function currentArticle(state: AppState, env: Env): Article | undefined {
	const {model} = env;
	if (state.overlay) return undefined;
	const detail = currentDetail(state);
	if (detail) return model.registry.detail(detail.kind)?.article?.(detail, model);
	const item = model.panes.selectedItem(state);
	return item ? model.registry.pane(state.focus).article?.(item, model) : undefined;
}

/** Opens `view` on top of the current one: settled (placed at its quote), and the forward history dropped. */
export function pushView(state: AppState, view: DetailView, env: Env): AppState {
	const spec = env.model.registry.detail(view.kind);
	const {detailWidth, detailHeight} = env.layout({...state, stack: [...state.stack, view]});
	const settled = spec?.settle ? spec.settle(view, env.model, detailWidth, detailHeight) : view;
	return {...state, stack: [...state.stack, settled], forward: []};
}

export function sourceCommand(state: AppState, name: SourceCommand, env: Env): Update {
	switch (name) {
		case 'history.back': {
			const top = currentDetail(state);
			if (!top) return say(state, 'Nothing to go back to.');
			return {state: {...state, stack: state.stack.slice(0, -1), forward: [...(state.forward ?? []), top]}, effects: []};
		}
		case 'history.forward': {
			const forward = state.forward ?? [];
			const next = forward[forward.length - 1];
			if (!next) return say(state, 'Nothing to go forward to.');
			return {state: {...state, overlay: null, stack: [...state.stack, next], forward: forward.slice(0, -1)}, effects: []};
		}
		case 'item.browse': {
			const article = currentArticle(state, env);
			if (!article) return say(state, 'No article here to open in the browser.');
			if (!article.url) return say(state, 'This article has no URL.');
			const url = safeUrl(article.url);
			if (!url) return say(state, 'This article’s URL is not an http(s) address; it is not opened.');
			return {state, effects: [{kind: 'browse', url}]};
		}
		case 'item.page': {
			const article = currentArticle(state, env);
			if (!article) return say(state, 'No article here to read in the pager.');
			return {state, effects: [{kind: 'page', articleId: article.id}]};
		}
	}
}
