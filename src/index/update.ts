// Updating a saved index when a few files of its corpus were added, changed or removed, instead of
// building it from nothing. The rule is that the result EQUALS a full rebuild's, field for field;
// speed comes second. What that allows, stage by stage:
//
// - Reading. Articles are made file by file, each file on its own (loadCorpus; the ids come from the
//   file's path under its root and the record's position in it), under settings that the saved
//   state covers as a whole (config files, the folder walk's warnings, the user's defaults). So an
//   unchanged file (same shown path, size, modification time and inode) gives the same articles and
//   warnings as before: they are taken from the saved index, and only the other files are read. A
//   file that changed is read whole (a JSON Lines file that grew by a few records, too: its records
//   are compared with the saved ones by id and content, for the summary). Changed settings, or a
//   saved index without its state (saved by an older layout): a rebuild.
// - Per-article analysis. Already keyed by content in the analysis cache (cache.ts): the articles
//   kept are hits, the new and changed ones are analysed.
// - Entity merging, statement linking and story grouping are recomputed whole, on every article:
//   none of them can be updated exactly with the rules they have today. Merging decides on
//   corpus-wide facts (a name's most common spelling and type, "the one full name a surname can
//   mean", counts three times any other), so one new article can change any entity. Linking weighs
//   every word by its inverse frequency over all renderings and drops candidate keys held by more
//   than MAX_BUCKET units, so one new quotation changes every pair's score a little, and the
//   clusters join best score first. Stories scale each article's similarities by its neighbours'.
//   An update that linked only the new quotes against the old would differ from a rebuild; where
//   an exact update of a stage becomes possible (weights that do not depend on the rest of the
//   corpus), this is where it goes.
//
// The path taken is reported (UpdateSummary in the progress and the timings), so a test can tell an
// update from a silent rebuild.
import type {Article, LoadWarning} from '../corpus/types.js';
import type {FoundFile} from '../corpus/walk.js';
import {readSnapshot, readSnapshotState, type SavedState, type SnapshotOptions} from './snapshot.js';
import type {CorpusState} from './snapshot-fingerprint.js';
import type {CorpusIndex} from './types.js';

/** What an update found: articles new, changed (same id, other content) and removed, and files read again. */
export interface UpdateSummary {
	added: number;
	changed: number;
	removed: number;
	/** Articles taken from the saved index without reading their files. */
	kept: number;
	/** Files read again: new, or changed on disk. */
	filesRead: number;
	/** Files of the saved index no longer in the corpus. */
	filesGone: number;
}

/** Which files of the saved state still stand (perhaps none); undefined when the index must be rebuilt. */
export interface UpdatePlan {
	/** Shown paths of the files unchanged on disk. */
	kept: Set<string>;
	/** Files new or changed since (read again), and files gone. */
	read: number;
	gone: number;
}

export function planUpdate(saved: CorpusState, now: CorpusState): UpdatePlan | undefined {
	if (saved.settings !== now.settings) return undefined;
	const before = new Map(saved.files);
	const present = new Set(now.files.map(([shown]) => shown));
	const kept = new Set<string>();
	for (const [shown, identity] of now.files) if (before.get(shown) === identity) kept.add(shown);
	let gone = 0;
	for (const [shown] of saved.files) if (!present.has(shown)) gone++;
	return {kept, read: now.files.length - kept.size, gone};
}

/**
 * The update of the saved index at `path` to the corpus as it is now (`state`), or undefined when it
 * must be rebuilt: no saved index of this code version, one without its state, other settings, or
 * a damaged one (readSnapshot warns of it and removes it).
 */
export function startUpdate(path: string, state: CorpusState, options: Pick<SnapshotOptions, 'onWarning'> = {}): IndexUpdate | undefined {
	const before = readSnapshotState(path);
	const plan = before && planUpdate(before.state, state);
	if (!plan) return undefined;
	// The saved articles are needed only when some file is kept (a grown single file needs only their ids).
	// Without a stand-in for damaged bodies: a damaged body must not be carried into the new index.
	const previous = plan.kept.size > 0 ? readSnapshot(path, before.print, {onWarning: options.onWarning}) : undefined;
	if (plan.kept.size > 0 && !previous) return undefined;
	try {
		return new IndexUpdate(before.state, previous, plan);
	} catch (error) {
		// A body of the saved index that does not match its checksum (the file is removed by now).
		options.onWarning?.((error as Error).message);
		return undefined;
	}
}

/**
 * An update under `plan` of the saved index (its state, and the index itself when files are kept):
 * the loader's reuse hook, and the summary once loaded.
 */
export class IndexUpdate {
	private readonly byFile = new Map<string, {articles: Article[]; warnings: LoadWarning[]}>();
	private readonly before = new Map<string, string>();
	private readonly plan: UpdatePlan;
	private keptArticles = 0;

	/** Throws DamagedIndexError when the body of an article it keeps is damaged in the saved file. */
	constructor(saved: SavedState, previous: CorpusIndex | undefined, plan: UpdatePlan) {
		this.plan = plan;
		for (const [id, hash] of saved.articles) this.before.set(id, hash);
		if (!previous) return;
		for (const file of plan.kept) this.byFile.set(file, {articles: [], warnings: []});
		for (const article of previous.articles) {
			const kept = this.byFile.get(article.file);
			if (!kept) continue;
			// Read now, so that damage is found before anything is built on it (the build reads every body anyway).
			void article.body;
			kept.articles.push(article);
		}
		// Warnings in their order: a file's own first, then its records' (as the loader pushes them).
		// Warnings of the walk are made again by it; the build's (a correction matching nothing) again by the build.
		for (const warning of previous.warnings) this.byFile.get(warning.file)?.warnings.push(warning);
	}

	/** LoadOptions.reuse: an unchanged file's articles and warnings as the saved index has them. */
	readonly reuse = (file: FoundFile): {articles: Article[]; warnings: LoadWarning[]} | undefined => {
		const kept = this.byFile.get(file.path);
		if (kept) this.keptArticles += kept.articles.length;
		return kept;
	};

	/** Compares the articles loaded with the saved ones (by id and content). */
	summary(articles: readonly Article[]): UpdateSummary {
		let added = 0;
		let changed = 0;
		let same = 0;
		for (const article of articles) {
			const hash = this.before.get(article.id);
			if (hash === undefined) added++;
			else if (hash !== article.hash) changed++;
			else same++;
		}
		return {added, changed, removed: this.before.size - same - changed, kept: this.keptArticles, filesRead: this.plan.read, filesGone: this.plan.gone};
	}
}

/** "updating the saved index: 3 new, 1 changed, 0 removed" */
export function describeUpdate(update: UpdateSummary): string {
	return `updating the saved index: ${update.added} new, ${update.changed} changed, ${update.removed} removed`;
}
