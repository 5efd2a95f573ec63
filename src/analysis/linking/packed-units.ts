// The units as judging a pair reads them (judge-pairs.ts), laid out for another thread: their term
// ids in one array in shared memory (read there, not copied), their speakers' strings in plain
// lists, and a table of the speaker entities' types, names and labels in place of the corpus and
// entity list the units were made from. Unpacked, they judge every pair as the originals do (tested).
import type {JudgedUnit, PairJudge} from './judge-pairs.js';
import type {Comparable} from './similarity.js';
import type {TermIds} from './tokens.js';
import {contextOf, type LinkInput, type SpeakerFacts} from './units.js';

export interface PackedUnits {
	count: number;
	/** Unit i's LISTS lists of term ids: list k is terms[starts[LISTS * i + k] .. starts[LISTS * i + k + 1]). */
	terms: Int32Array;
	starts: Int32Array;
	/** 1 when unit i quotes words inside a paraphrase (its lists 3 to 5). */
	quoted: Uint8Array;
	/** NO_DAY for none. */
	days: Int32Array;
	weights: Float64Array;
	text: string[];
	speakerName: Array<string | null>;
	speakerLabel: Array<string | null>;
	speaker: Array<string | null>;
	speakerKey: Array<string | null>;
	speakerKind: Array<string | null>;
	/** The speaker entities, as SpeakerFacts answers for them. */
	entities: {ids: string[]; types: Array<string | null>; names: string[][]; labels: string[][]};
}

/** all, content, common, and the same of the quoted words. */
const LISTS = 6;
const NO_DAY = -0x80000000;

export function packUnits(input: Pick<LinkInput, 'units' | 'weights' | 'speakers'>): PackedUnits {
	const {units, weights, speakers} = input;
	const lists = (u: Comparable): Array<TermIds | undefined> => [u.all, u.content, u.common, u.quoted?.all, u.quoted?.content, u.quoted?.common];
	let total = 0;
	for (const u of units) for (const list of lists(u)) total += list?.length ?? 0;
	const terms = new Int32Array(new SharedArrayBuffer(4 * total));
	const starts = new Int32Array(new SharedArrayBuffer(4 * (LISTS * units.length + 1)));
	const quoted = new Uint8Array(units.length);
	const days = new Int32Array(units.length);
	let at = 0;
	units.forEach((u, i) => {
		lists(u).forEach((list, k) => {
			starts[LISTS * i + k] = at;
			if (list) for (let j = 0; j < list.length; j++) terms[at++] = list[j];
		});
		quoted[i] = u.quoted ? 1 : 0;
		days[i] = u.day ?? NO_DAY;
	});
	starts[LISTS * units.length] = at;
	const ids = [...new Set(units.flatMap(u => (u.speaker ? [u.speaker] : [])))];
	return {
		count: units.length,
		terms,
		starts,
		quoted,
		days,
		weights,
		text: units.map(u => u.quote.text),
		speakerName: units.map(u => u.quote.speakerName),
		speakerLabel: units.map(u => u.quote.speakerLabel),
		speaker: units.map(u => u.speaker),
		speakerKey: units.map(u => u.speakerKey),
		speakerKind: units.map(u => u.speakerKind),
		entities: {ids, types: ids.map(id => speakers.type(id)), names: ids.map(id => speakers.names(id)), labels: ids.map(id => speakers.labels(id))},
	};
}

/** The units again, with the weights and the pairs' context made from them as prepareUnits makes them. */
export function unpackUnits(packed: PackedUnits): PairJudge {
	const {terms, starts, weights} = packed;
	const list = (i: number, k: number): number[] => {
		const out: number[] = [];
		for (let j = starts[LISTS * i + k]; j < starts[LISTS * i + k + 1]; j++) out.push(terms[j]);
		return out;
	};
	const units: JudgedUnit[] = [];
	for (let i = 0; i < packed.count; i++) {
		const unit: JudgedUnit = {
			all: list(i, 0),
			content: list(i, 1),
			common: list(i, 2),
			quote: {text: packed.text[i], speakerName: packed.speakerName[i], speakerLabel: packed.speakerLabel[i]},
			speaker: packed.speaker[i],
			speakerKey: packed.speakerKey[i],
			speakerKind: packed.speakerKind[i],
			day: packed.days[i] === NO_DAY ? null : packed.days[i],
		};
		if (packed.quoted[i]) unit.quoted = {all: list(i, 3), content: list(i, 4), common: list(i, 5)};
		units.push(unit);
	}
	return {units, weight: t => weights[t], context: contextOf(units, new SpeakerTable(packed.entities))};
}

/** SpeakerFacts from the packed table. */
class SpeakerTable implements SpeakerFacts {
	private readonly at: Map<string, number>;

	constructor(private readonly table: PackedUnits['entities']) {
		this.at = new Map(table.ids.map((id, i) => [id, i]));
	}

	type(entity: string): string | null {
		const i = this.at.get(entity);
		return i === undefined ? null : this.table.types[i];
	}

	displayName(entity: string): string | null {
		const i = this.at.get(entity);
		return i === undefined ? null : (this.table.names[i][0] ?? null);
	}

	names(entity: string): string[] {
		const i = this.at.get(entity);
		return i === undefined ? [] : this.table.names[i];
	}

	labels(entity: string): string[] {
		const i = this.at.get(entity);
		return i === undefined ? [] : this.table.labels[i];
	}
}
