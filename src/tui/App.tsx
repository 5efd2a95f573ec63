// The app's root view: header, pane tabs, the focused list with a preview (wide terminals) or the
// open detail / overlay, and the status bar. All state lives in the controller's reducer.
import {Box, Text, useInput} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import type {Statement} from '../analysis/types.js';
import type {CorpusIndex} from '../index/types.js';
import type {OpenProgress} from '../index/open.js';
import {collectAfterBufferGrowth} from './collect.js';
import {Header} from './components/Header.js';
import {progressLine} from './content/progress.js';
import {StatusBar} from './components/StatusBar.js';
import {Tabs, type TabInfo} from './components/Tabs.js';
import {Frame} from './components/Frame.js';
import {comparisonView} from './content/comparison.js';
import {detailContent} from './content/detail.js';
import {emptyLines} from './content/empty.js';
import {entityCard} from './content/entity.js';
import {helpLines} from './content/help.js';
import {articleHeader, articleRow, entityHeader, entityRow, statementHeader, statementRow} from './content/rows.js';
import {warningLines} from './content/warnings.js';
import {DetailPane} from './panes/DetailPane.js';
import {ListPane} from './panes/ListPane.js';
import {hintsFor} from './state/keymap.js';
import {computeLayout, MIN_COLUMNS, MIN_ROWS, type Layout, type Size} from './state/layout.js';
import {Model, runTasks} from './state/model.js';
import {activeQuery, currentDetail, PANES, type AppState, type DetailView, type PaneId} from './state/types.js';
import {clamp} from './state/window.js';
import {useController} from './useController.js';

export interface AppProps {
	index: CorpusIndex;
	/** Use colour (off: differing words in [brackets]). Default true. */
	color?: boolean;
	/** Fixed terminal size (tests); default: the terminal's, following resizes. */
	size?: Size;
	/** Folder for exports; default process.cwd(). */
	cwd?: string;
	writeRaw?: ((data: string) => void) | null;
	formatMarkdown?: (statement: Statement, model: Model) => string;
	initial?: AppState;
	/** While the corpus is still being opened (the index holds what is read so far). */
	progress?: OpenProgress;
}

const LABELS: Record<PaneId, string> = {articles: 'Articles', entities: 'Entities', statements: 'Statements'};

export function App({index, color = true, size, cwd = process.cwd(), writeRaw, formatMarkdown, initial, progress}: AppProps) {
	const model = useMemo(() => new Model(index), [index]);
	const {state, size: terminal} = useController({model, brackets: !color, size, cwd, writeRaw, formatMarkdown, initial});
	const layout = computeLayout(terminal, state);
	usePreparation(model, layout.previewInnerWidth, progress === undefined);
	if (layout.tooSmall) {
		return (
			<Box height={layout.height}>
				<Text>{`Terminal too small (${terminal.columns}×${terminal.rows}): presslens needs at least ${MIN_COLUMNS}×${MIN_ROWS}.`}</Text>
			</Box>
		);
	}
	const tabs: TabInfo[] = PANES.map((pane) => ({
		pane,
		label: LABELS[pane],
		count: model.count(state, pane),
		total: pane === 'articles' ? index.articles.length : pane === 'entities' ? index.entities.length : index.statements.length,
		filter: activeQuery(state, pane),
	}));
	const question = state.confirm?.question ?? null;
	return (
		<Box flexDirection="column" height={layout.height} width={layout.columns}>
			<Header
				name={index.name}
				articles={index.articles.length}
				outlets={model.outletCount}
				entities={index.entities.length}
				statements={model.linkedCount}
				warnings={model.warningCount}
				width={layout.columns}
				color={color}
				progress={progress ? progressLine(progress, Math.max(20, layout.columns - 30)) : undefined}
			/>
			<Tabs tabs={tabs} focus={state.focus} width={layout.columns} color={color} trail={trailFor(state)} />
			<Body state={state} model={model} layout={layout} color={color} />
			<StatusBar
				width={layout.columns}
				color={color}
				hints={hintsFor(state)}
				search={state.search}
				matches={model.count(state, state.focus)}
				status={state.status}
				question={question}
			/>
		</Box>
	);
}

/** How long after a key the idle preparation waits before its next slice. */
const TYPING_PAUSE_MS = 150;
/** Idle work per turn: short enough that a key arriving meanwhile is not held up noticeably. */
const SLICE_MS = 8;

/**
 * Builds the model's lookups and search indexes in idle turns after the first frame, a slice per
 * turn; not while the corpus is still being opened, when each update brings a new model and the
 * cores are better left to the analysis.
 */
function usePreparation(model: Model, cardWidth: number, enabled: boolean) {
	// Completing the article links adds marks to a preview: one more frame then.
	const [, setDrawn] = useState(0);
	// While keys are coming the work waits: it (and the garbage collection it brings on) would land
	// between a key and its frame. Whatever a key needs meanwhile is built on demand.
	const lastKey = useRef(0);
	useInput(() => {
		lastKey.current = performance.now();
	});
	const width = useRef(cardWidth);
	width.current = cardWidth;
	useEffect(() => {
		if (!enabled) return;
		const tasks = model.preparation({
			statement: (statement) => comparisonView(statement, model),
			entity: (entity) => entityCard(entity, model, width.current, -1),
		});
		let timer: NodeJS.Timeout | undefined;
		const next = () => {
			const start = performance.now();
			const quiet = start - lastKey.current;
			if (quiet < TYPING_PAUSE_MS) {
				timer = setTimeout(next, TYPING_PAUSE_MS - quiet);
				return;
			}
			const linked = model.linksReady;
			const more = runTasks(tasks, () => performance.now() - start < SLICE_MS);
			collectAfterBufferGrowth();
			if (model.linksReady !== linked) setDrawn((n) => n + 1);
			if (more) timer = setTimeout(next, 0);
		};
		timer = setTimeout(next, 0);
		return () => clearTimeout(timer);
	}, [model, enabled]);
}

function trailFor(state: AppState): string {
	const parts: string[] = [];
	const query = state.lists[state.focus].query;
	if (query && state.search === null) parts.push(`filter “${query}”`);
	if (state.focus === 'articles') parts.push(`sorted by ${state.sort}`);
	if (state.focus === 'entities') parts.push(state.typeFilter === 'all' ? 'all types' : `type: ${state.typeFilter}`);
	return parts.join(' · ');
}

function Body({state, model, layout, color}: {state: AppState; model: Model; layout: Layout; color: boolean}) {
	const brackets = !color;
	if (state.overlay) {
		const lines = state.overlay.kind === 'help' ? helpLines(layout.detailWidth) : warningLines(model.index, layout.detailWidth);
		const top = clamp(state.overlay.scroll, 0, Math.max(0, lines.length - layout.detailHeight));
		const title = state.overlay.kind === 'help' ? 'Keys (Esc or ? closes)' : 'Loader warnings (Esc closes)';
		const note = lines.length > layout.detailHeight ? `${top + 1}–${Math.min(lines.length, top + layout.detailHeight)} of ${lines.length}` : undefined;
		return (
			<Frame
				title={title}
				note={note}
				width={layout.columns}
				height={layout.detailHeight}
				lines={lines.slice(top, top + layout.detailHeight)}
				focused
				color={color}
			/>
		);
	}
	const detail = currentDetail(state);
	if (detail) {
		const content = detailContent(detail, model, layout.detailWidth, layout.detailHeight, brackets);
		return <DetailPane content={content} width={layout.columns} height={layout.detailHeight} focused color={color} />;
	}
	const list = <PaneList state={state} model={model} layout={layout} color={color} />;
	if (!layout.wide) return list;
	const preview = previewOf(state, model);
	return (
		<Box flexDirection="row">
			{list}
			{preview ? (
				<DetailPane
					content={detailContent(preview, model, layout.previewInnerWidth, layout.detailHeight, brackets, true)}
					width={layout.previewWidth}
					height={layout.detailHeight}
					focused={false}
					color={color}
				/>
			) : (
				<Frame title="Preview" width={layout.previewWidth} height={layout.detailHeight} lines={[[{text: 'Select an item to preview it here.', mark: 'dim'}]]} focused={false} color={color} />
			)}
		</Box>
	);
}

function previewOf(state: AppState, model: Model): DetailView | undefined {
	const id = model.selectedId(state);
	if (!id) return undefined;
	if (state.focus === 'articles') return {kind: 'article', id, scroll: 0};
	if (state.focus === 'entities') return {kind: 'entity', id, cursor: -1};
	return {kind: 'comparison', id, column: 0, scroll: 0};
}

function PaneList({state, model, layout, color}: {state: AppState; model: Model; layout: Layout; color: boolean}) {
	const pane = state.focus;
	const rows = model.rows(state, pane);
	const {index} = model;
	const row = (i: number, inner: number): string => {
		if (pane === 'articles') return articleRow(index.articles[rows[i]], inner);
		if (pane === 'entities') return entityRow(index.entities[rows[i]], model, inner);
		return statementRow(index.statements[rows[i]], model, inner);
	};
	const inner = Math.max(1, layout.listWidth - 4);
	const header = pane === 'articles' ? articleHeader(inner) : pane === 'entities' ? entityHeader(inner) : statementHeader(inner);
	return (
		<ListPane
			title={LABELS[pane]}
			header={header}
			total={rows.length}
			cursor={state.lists[pane].cursor}
			offset={state.lists[pane].offset}
			row={row}
			empty={emptyLines(pane, state, index, inner)}
			width={layout.listWidth}
			height={layout.listHeight}
			focused
			color={color}
		/>
	);
}
