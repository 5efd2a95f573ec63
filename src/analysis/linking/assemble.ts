// A statement made from its renderings: its id, its speaker and its outlet count. Used when the
// clusters become statements and again when the user's corrections (overrides.ts) regroup them.
import {outletKey} from '../../corpus/summary.js';
import {createHash} from 'node:crypto';
import type {Rendering, Statement} from '../types.js';
import {nameParts, partsAgree} from './name-forms.js';
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
	/** The speaker's full name (a person entity's own), to pool votes for one person spelled two ways. */
	full?: string | null;
	/** The article it is read from: an article votes once per speaker, however many pieces it quotes. */
	article?: string;
	/** The entity is a person (not an organisation whose name a person's was run into). */
	personEntity?: boolean;
}

/**
 * The speaker most renderings agree on; on a tie a named person beats an organisation (outlets
 * often attribute a spokesman's words to his group), then the outlet that quotes in full wins.
 * The fullest name is shown.
 */
export function chooseSpeaker(votes: SpeakerVote[]): {speaker: string | null; speakerName: string | null} {
	const tally = new Map<string, Tally>();
	const counted = new Set<string>();
	for (const v of votes) {
		const t = tally.get(v.key) ?? {count: 0, person: 0, direct: 0, words: 0, names: [], entity: v.entity, full: v.full ?? v.name, personEntity: v.personEntity === true};
		const once = v.article === undefined || !counted.has(`${v.article}\u0000${v.key}`);
		if (v.article !== undefined) counted.add(`${v.article}\u0000${v.key}`);
		if (once) {
			t.count++;
			if (v.direct) t.direct++;
			if (v.person) t.person++;
		}
		t.words += v.words;
		t.names.push(v.name);
		tally.set(v.key, t);
	}
	const best = pooled([...tally.values()]).sort((a, b) => b.count - a.count || b.person - a.person || b.direct - a.direct || b.words - a.words)[0];
	if (!best) return {speaker: null, speakerName: null};
	const name = [...best.names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
	return {speaker: best.entity, speakerName: name};
}

interface Tally {
	count: number;
	person: number;
	direct: number;
	words: number;
	names: string[];
	entity: string | null;
	full: string;
	personEntity: boolean;
}

/**
 * Tallies of one person under two keys (two entities the entity step kept apart, "Hossein
 * Mahdavi-Rad" and "Hussein Mahdavirad") pooled, the one with more votes taking the other's; a
 * person's entity is kept over an organisation's.
 */
function pooled(tallies: Tally[]): Tally[] {
	const sorted = [...tallies].sort((a, b) => b.count - a.count || b.person - a.person);
	const out: Tally[] = [];
	for (const t of sorted) {
		const into = out.find(o => partsAgree(nameParts(o.full), nameParts(t.full)) === 'same' && nameParts(t.full).length >= 2);
		if (!into) {
			out.push({...t, names: [...t.names]});
			continue;
		}
		into.count += t.count;
		into.direct += t.direct;
		into.words += t.words;
		into.names.push(...t.names);
		if ((into.person === 0 && t.person > 0) || (!into.personEntity && t.personEntity)) {
			into.entity = t.entity;
			into.personEntity = t.personEntity;
		}
		into.person += t.person;
	}
	return out;
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
