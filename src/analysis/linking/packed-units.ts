// The units as judging a pair reads them (judge-pairs.ts), laid out for another thread, which made
// their words itself from the quotes' texts while this one merged entities (comparablesOf; the
// term ids are in shared memory, read in place by both threads: packed-comparables.ts): their days
// and speakers' strings in plain lists, and a table of the speaker entities' types, names and labels
// in place of the corpus and entity list the units were made from. Unpacked, they judge every pair
// as the originals do (tested).
import type {JudgedUnit, PairJudge} from './judge-pairs.js';
import type {Comparable} from './similarity.js';
import {contextOf, JudgedWords, type LinkInput, type MadeComparables, type SpeakerFacts, type TextList} from './units.js';

/** What judging reads of the units besides their words (the other thread made those: comparablesOf). */
export interface PackedUnits {
	count: number;
	/** NO_DAY for none. */
	days: Int32Array;
	weights: Float64Array;
	speakerName: PackedStrings;
	speakerLabel: PackedStrings;
	speaker: PackedStrings;
	speakerKey: PackedStrings;
	speakerKind: PackedStrings;
	/** The speaker entities, as SpeakerFacts answers for them. */
	entities: {ids: string[]; types: Array<string | null>; names: string[][]; labels: string[][]};
}

const NO_DAY = -0x80000000;

export function packUnits(input: Pick<LinkInput, 'units' | 'weights' | 'speakers'>): PackedUnits {
	const {units, weights, speakers} = input;
	const ids = [...new Set(units.flatMap(u => (u.speaker ? [u.speaker] : [])))];
	return {
		count: units.length,
		days: Int32Array.from(units, u => u.day ?? NO_DAY),
		weights,
		speakerName: packStrings(units.map(u => u.quote.speakerName)),
		speakerLabel: packStrings(units.map(u => u.quote.speakerLabel)),
		speaker: packStrings(units.map(u => u.speaker)),
		speakerKey: packStrings(units.map(u => u.speakerKey)),
		speakerKind: packStrings(units.map(u => u.speakerKind)),
		entities: {ids, types: ids.map(id => speakers.type(id)), names: ids.map(id => speakers.names(id)), labels: ids.map(id => speakers.labels(id))},
	};
}

/**
 * The units again from their texts and comparables (in quoteTexts' order) and the rest packed,
 * with the weights and the pairs' context made from them as prepareUnits makes them.
 */
export function unpackUnits(packed: PackedUnits, made: MadeComparables, texts: TextList): PairJudge {
	const {weights} = packed;
	const [speakerName, speakerLabel, speaker, speakerKey, speakerKind] = [packed.speakerName, packed.speakerLabel, packed.speaker, packed.speakerKey, packed.speakerKind].map(unpackStrings);
	const units: JudgedUnit[] = [];
	for (let i = 0; i < packed.count; i++) {
		const quote = new PackedQuote(texts, i, speakerName[i], speakerLabel[i]);
		units.push(new PackedUnit(made.comparables[i], quote, speaker[i], speakerKey[i], speakerKind[i], packed.days[i] === NO_DAY ? null : packed.days[i]));
	}
	return {units, weight: t => weights[t], context: contextOf(units, new SpeakerTable(packed.entities))};
}

/** A unit again, its words read from the comparable, with a place for what judging remembers on it (JudgedWords). */
class PackedUnit extends JudgedWords implements JudgedUnit {
	constructor(
		words: Comparable,
		readonly quote: PackedQuote,
		readonly speaker: string | null,
		readonly speakerKey: string | null,
		readonly speakerKind: string | null,
		readonly day: number | null,
	) {
		super(words);
	}
}

/** A unit's quote, its text read from the list when asked for (only soft matches read it). */
class PackedQuote {
	constructor(
		private readonly texts: TextList,
		private readonly i: number,
		readonly speakerName: string | null,
		readonly speakerLabel: string | null,
	) {}

	get text(): string {
		return this.texts.at(this.i)!;
	}
}

/**
 * Strings each held once, and each value's place among them (-1: null): a message copies every
 * string it holds, and a speaker's name comes once per quote of theirs.
 */
export interface PackedStrings {
	table: string[];
	at: Int32Array;
}

function packStrings(values: ReadonlyArray<string | null>): PackedStrings {
	const places = new Map<string, number>();
	const at = Int32Array.from(values, v => {
		if (v === null) return -1;
		let p = places.get(v);
		if (p === undefined) places.set(v, (p = places.size));
		return p;
	});
	return {table: [...places.keys()], at};
}

function unpackStrings({table, at}: PackedStrings): Array<string | null> {
	return Array.from(at, p => (p < 0 ? null : table[p]));
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
