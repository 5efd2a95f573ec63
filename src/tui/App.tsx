// The app's root view: header, pane tabs, the focused list with a preview (wide terminals) or the
// open detail / overlay, and the status bar. All state lives in the controller's reducer; what
// each pane and detail shows comes from its spec in the registry.
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {Statement} from '../analysis/types.js';
import type {CorpusIndex} from '../index/types.js';
import type {OpenProgress} from '../index/open.js';
import {Header} from './components/Header.js';
import {progressLine} from './content/progress.js';
import {StatusBar} from './components/StatusBar.js';
import {Tabs, type TabInfo} from './components/Tabs.js';
import {Frame} from './components/Frame.js';
import {emptyLines} from './content/empty.js';
import {helpLines} from './content/help.js';
import {paletteLines} from './content/palette.js';
import {paletteEntries} from './state/palette.js';
import {safeInline} from './text/safe.js';
import {warningLines} from './content/warnings.js';
import {Model} from './model/model.js';
import {DetailPane} from './panes/DetailPane.js';
import {ListPane} from './panes/ListPane.js';
import {REGISTRY, type Registry} from './specs/registry.js';
import {hintsFor} from './state/keymap.js';
import {computeLayout, MIN_COLUMNS, MIN_ROWS, type Layout, type Size} from './state/layout.js';
import {activeQuery, currentDetail, marksOf, type AppState} from './state/types.js';
import {clamp} from './state/window.js';
import type {Terminal} from './effects.js';
import type {System} from './system.js';
import {useController} from './useController.js';
import {useIdle} from './useIdle.js';
import {describeQuery} from '../index/query.js';
import type {DetailContent} from './content/detail.js';
import {markTerm} from './content/find.js';
import {hitSentence} from './content/snippet.js';
import {markHeader} from './model/sort.js';
import {findTerm} from './state/find.js';
import {sortInForce} from './state/sorting.js';
import {linesPerRow} from './state/mouse.js';

/** The content with the find word marked wherever it shows (only the lines drawn are marked). */
function withFound(content: DetailContent, term: string): DetailContent {
	if (!term) return content;
	const {lines} = content;
	return {...content, lines: {length: lines.length, slice: (start, end) => lines.slice(start, end).map((line) => markTerm(line, term))}};
}

export interface AppProps {
	index: CorpusIndex;
	/** The panes and details to show (default: Articles, Entities, Statements). */
	registry?: Registry;
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
	/** The browser and pager programs (tests pass stubs). */
	system?: System;
	/** The terminal lent to the pager (tests pass a stub; default: Ink's on a terminal). */
	terminal?: Terminal | null;
	/** The terminal reports the mouse (run.tsx turned it on); reports are read either way, never as keys. */
	mouse?: boolean;
}

export function App({index, registry = REGISTRY, color = true, size, cwd = process.cwd(), writeRaw, formatMarkdown, initial, progress, system, terminal: lent, mouse = true}: AppProps) {
	const model = useMemo(() => new Model(index, registry, {deferUrgent: true}), [index, registry]);
	const {state, size: terminal} = useController({model, brackets: !color, size, cwd, writeRaw, formatMarkdown, initial, system, terminal: lent, mouse});
	const layout = computeLayout(terminal, state);
	useIdle(model, layout.previewInnerWidth, progress === undefined);
	if (layout.tooSmall) {
		return (
			<Box height={layout.height}>
				<Text>{`Terminal too small (${terminal.columns}×${terminal.rows}): presslens needs at least ${MIN_COLUMNS}×${MIN_ROWS}.`}</Text>
			</Box>
		);
	}
	const tabs: TabInfo[] = registry.panes.map((pane) => ({
		pane: pane.id,
		label: pane.label,
		count: model.panes.count(state, pane.id),
		total: model.panes.items(pane.id).length,
		filter: activeQuery(state, pane.id),
	}));
	const question = state.confirm?.question ?? null;
	return (
		<Box flexDirection="column" height={layout.height} width={layout.columns}>
			<Header
				name={index.name}
				articles={index.articles.length}
				outlets={model.lookups.outletCount}
				entities={index.entities.length}
				statements={model.lookups.linkedCount}
				warnings={model.lookups.warningCount}
				width={layout.columns}
				color={color}
				progress={progress ? progressLine(progress, Math.max(20, layout.columns - 30)) : undefined}
			/>
			<Tabs tabs={tabs} focus={state.focus} width={layout.columns} color={color} trail={trailFor(state, model)} />
			<Body state={state} model={model} layout={layout} color={color} />
			<StatusBar
				width={layout.columns}
				color={color}
				hints={hintsFor(state, registry)}
				search={state.search}
				finding={state.find?.typing ? state.find.text : null}
				matches={model.panes.indexing(state, state.focus) ? null : model.panes.count(state, state.focus)}
				status={state.status}
				question={question}
				prompt={state.prompt ? {prefix: state.prompt.kind === 'palette' ? ':' : 'Export to: ', text: state.prompt.text} : null}
			/>
		</Box>
	);
}

/** The focused pane's kept filter, and its order, sort and filter when it offers a choice. */
function trailFor(state: AppState, model: Model): string {
	const parts: string[] = [];
	const list = state.lists[state.focus];
	const spec = model.registry.pane(state.focus);
	if (list.query && state.search === null) parts.push(`filter “${list.query}”`);
	const marked = marksOf(state, state.focus).length;
	if (marked > 0) parts.push(`${marked} marked`);
	if (spec.orders.length > 1) parts.push(spec.orders[list.order].trail);
	if (spec.filters.length > 0) parts.push(spec.filters[list.filter].trail);
	// Last: the header's mark says it too, so it is the part a narrow line may lose.
	const sort = sortInForce(spec, list).trail;
	if (sort) parts.push(sort);
	return parts.join(' · ');
}

function Body({state, model, layout, color}: {state: AppState; model: Model; layout: Layout; color: boolean}) {
	const brackets = !color;
	if (state.prompt?.kind === 'palette') {
		const lines = paletteLines(paletteEntries(state, model.registry, state.prompt.text), state.prompt.cursor, layout.detailWidth, layout.detailHeight);
		return <Frame title="Commands (type to filter, ⏎ runs, Esc closes)" width={layout.columns} height={layout.detailHeight} lines={lines} focused color={color} />;
	}
	if (state.overlay) {
		const filter = state.overlay.kind === 'help' ? (state.overlay.filter ?? '') : '';
		const lines = state.overlay.kind === 'help' ? helpLines(model.registry, layout.detailWidth, filter) : warningLines(model, layout.detailWidth);
		const top = clamp(state.overlay.scroll, 0, Math.max(0, lines.length - layout.detailHeight));
		const title =
			state.overlay.kind === 'help' ? (filter ? `Keys matching “${safeInline(filter)}” (Esc clears)` : 'Keys (type to filter; Esc or ? closes)') : 'Loader warnings (Esc closes)';
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
	const detailSpec = detail && model.registry.detail(detail.kind);
	if (detail && detailSpec) {
		const content = withFound(detailSpec.content(detail, model, layout.detailWidth, layout.detailHeight, brackets, false), findTerm(state, model));
		return <DetailPane content={content} width={layout.columns} height={layout.detailHeight} focused color={color} />;
	}
	const list = <PaneList state={state} model={model} layout={layout} color={color} />;
	if (!layout.wide) return list;
	const spec = model.registry.pane(state.focus);
	const item = model.panes.selectedItem(state);
	const preview = item ? (spec.detail.preview ?? spec.detail.view)(item.id) : undefined;
	return (
		<Box flexDirection="row">
			{list}
			{preview ? (
				<DetailPane
					content={spec.detail.content(preview, model, layout.previewInnerWidth, layout.detailHeight, brackets, true)}
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

function PaneList({state, model, layout, color}: {state: AppState; model: Model; layout: Layout; color: boolean}) {
	const spec = model.registry.pane(state.focus);
	const rows = model.panes.rows(state, spec.id);
	const items = model.panes.items(spec.id);
	const inner = Math.max(1, layout.listWidth - 4);
	const list = state.lists[spec.id];
	// With marks, every row gets a gutter for them (the header too, so the columns stay aligned).
	const marks = new Set(marksOf(state, spec.id));
	const gutter = marks.size > 0 ? 2 : 0;
	const row = (i: number, width: number) => {
		const item = items[rows[i]];
		const text = spec.row(item, model, Math.max(1, width - gutter));
		return gutter ? `${marks.has(item.id) ? '✓' : ' '} ${text}` : text;
	};
	const sort = sortInForce(spec, list);
	// The kept filter in the title, as the matcher read it (field terms included).
	const kept = state.search === null && list.query ? describeQuery(model.panes.parse(list.query)) : '';
	const query = model.panes.parse(activeQuery(state, spec.id));
	const text = spec.fullText;
	const below = text && linesPerRow(state, model, spec.id) === 2 ? (i: number, width: number) => hitSentence(text(items[rows[i]]), query, width) : undefined;
	return (
		<ListPane
			title={kept ? `${spec.label} · ${safeInline(kept)}` : spec.label}
			header={`${' '.repeat(gutter)}${markHeader(spec.header(Math.max(1, inner - gutter)), sort.column?.name, sort.descending)}`}
			total={rows.length}
			cursor={list.cursor}
			offset={list.offset}
			row={row}
			below={below}
			empty={emptyLines(spec, state, model, inner)}
			width={layout.listWidth}
			height={layout.listHeight}
			focused
			color={color}
		/>
	);
}
