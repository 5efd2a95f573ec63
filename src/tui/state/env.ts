// Builds the reducer's Env for a model and a terminal size: geometry and content measures.
import {helpLines} from '../content/help.js';
import {warningLines} from '../content/warnings.js';
import type {Model} from '../model/model.js';
import {computeLayout, type Size} from './layout.js';
import type {Env} from './reducer.js';
import {currentDetail, type AppState} from './types.js';

export interface EnvOptions {
	/** Mark differing words with brackets (colour is off). */
	brackets: boolean;
}

export function createEnv(model: Model, size: Size, options: EnvOptions): Env {
	const layout = (state: AppState) => computeLayout(size, state);
	return {
		model,
		layout,
		brackets: options.brackets,
		contentLines(state) {
			const {detailWidth, detailHeight} = layout(state);
			if (state.overlay?.kind === 'help') return helpLines(model.registry, detailWidth, state.overlay.filter ?? '').length;
			if (state.overlay?.kind === 'warnings') return warningLines(model, detailWidth).length;
			const detail = currentDetail(state);
			const spec = detail && model.registry.detail(detail.kind);
			return spec ? spec.content(detail, model, detailWidth, detailHeight, options.brackets, false).lines.length : 0;
		},
	};
}
