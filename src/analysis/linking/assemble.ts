// A statement made from its renderings: its id, its speaker and its outlet count. Used when the
// clusters become statements and again when the user's corrections (overrides.ts) regroup them.
import {outletKey} from '../../corpus/summary.js';
import {createHash} from 'node:crypto';
import type {Rendering, Statement} from '../types.js';
import type {SpeakerResolver} from './speakers.js';

/** One rendering's say in who the speaker is. */
export interface SpeakerVote {
	/** Entity id, else a name key; renderings with the same key vote together. */
	key: string;
	entity: string | null;
	name: string;
	direct: boolean;
	person: boolean;
	words: number;
}

/**
 * The speaker most renderings agree on; on a tie a named person beats an organisation (outlets
 * often attribute a spokesman's words to his group), then the outlet that quotes in full wins.
 * The fullest name is shown.
 */
export function chooseSpeaker(votes: SpeakerVote[]): {speaker: string | null; speakerName: string | null} {
	const tally = new Map<string, {count: number; person: number; direct: number; words: number; names: string[]; entity: string | null}>();
	for (const v of votes) {
		const t = tally.get(v.key) ?? {count: 0, person: 0, direct: 0, words: 0, names: [], entity: v.entity};
		t.count++;
		if (v.direct) t.direct++;
		if (v.person) t.person++;
		t.words += v.words;
		t.names.push(v.name);
		tally.set(v.key, t);
	}
	const best = [...tally.values()].sort((a, b) => b.count - a.count || b.person - a.person || b.direct - a.direct || b.words - a.words)[0];
	if (!best) return {speaker: null, speakerName: null};
	const name = [...best.names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
	return {speaker: best.entity, speakerName: name};
}

/** Earliest first, then by article and position. */
export function sortRenderings(renderings: Rendering[]): Rendering[] {
	return renderings.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.article.localeCompare(b.article) || a.start - b.start);
}

/** A statement's id: a hash of its renderings' ids, so it does not depend on input order. */
export function statementId(renderings: Rendering[]): string {
	return createHash('sha1')
		.update(renderings.map(r => r.id).sort().join('\n'))
		.digest('hex')
		.slice(0, 10);
}

/** A statement of these renderings and this chosen speaker; one name per speaker across statements. */
export function assemble(renderings: Rendering[], chosen: {speaker: string | null; speakerName: string | null}, speakers: SpeakerResolver): Statement {
	sortRenderings(renderings);
	const speaker = chosen.speaker;
	// The entity's own name, else the fullest name quoted.
	const speakerName = (speaker && speakers.displayName(speaker)) || chosen.speakerName;
	const outlets = new Set(renderings.map(r => outletKey(r.outlet, r.article))).size;
	return {id: statementId(renderings), speaker, speakerName, renderings, outlets};
}
