// The user's corrections to linking (presslens.json `statements`), applied to the statements the
// rules made: `link` joins, `split` separates, `speaker` names who said it. Each id is resolved
// against the statements as they stand when its rule is applied (so a split may name the statement
// a link made), then against the statements the rules made, then against rendering ids.
import type {StatementSettings} from '../../corpus/config.js';
import type {Rendering, Statement} from '../types.js';
import {assemble, chooseSpeaker, type SpeakerVote} from './assemble.js';
import {surnameKey, type SpeakerResolver} from './speakers.js';
import {minOf} from '../../util/arrays.js';

/** Which rule of presslens.json put a rendering where it is (for `explain`). */
export interface OverrideNote {
	rule: string;
	renderings: string[];
}

export interface OverrideResult {
	statements: Statement[];
	/** Ids that matched nothing or more than one thing. */
	problems: string[];
	notes: OverrideNote[];
}

type Match = {kind: 'statement' | 'rendering'; renderings: Rendering[]} | {kind: 'none' | 'ambiguous'};

class State {
	statements: Statement[];
	private byRendering = new Map<string, Statement>();

	constructor(
		statements: Statement[],
		private readonly original: Statement[],
		private readonly speakers: SpeakerResolver,
	) {
		this.statements = statements;
		this.reindex();
	}

	private reindex(): void {
		this.byRendering.clear();
		for (const s of this.statements) for (const r of s.renderings) this.byRendering.set(r.id, s);
	}

	holder(rendering: string): Statement | undefined {
		return this.byRendering.get(rendering);
	}

	match(id: string): Match {
		const exact = this.byRendering.get(id);
		if (exact) return {kind: 'rendering', renderings: [exact.renderings.find(r => r.id === id)!]};
		for (const list of [this.statements, this.original]) {
			const found = list.filter(s => s.id.startsWith(id));
			if (found.length > 1) return {kind: 'ambiguous'};
			if (found.length === 1) return {kind: 'statement', renderings: found[0].renderings.map(r => this.current(r))};
		}
		const renderings: Rendering[] = [];
		for (const s of this.statements) for (const r of s.renderings) if (r.id.startsWith(id)) renderings.push(r);
		if (renderings.length > 1) return {kind: 'ambiguous'};
		return renderings.length === 1 ? {kind: 'rendering', renderings} : {kind: 'none'};
	}

	/** A rendering as it stands now (its speaker may have been corrected). */
	private current(r: Rendering): Rendering {
		return this.byRendering.get(r.id)?.renderings.find(x => x.id === r.id) ?? r;
	}

	/** Takes these renderings out of their statements and makes each group one statement. */
	regroup(groups: Rendering[][]): void {
		const moving = new Set(groups.flat().map(r => r.id));
		const touched = new Set<Statement>();
		for (const id of moving) {
			const s = this.byRendering.get(id);
			if (s) touched.add(s);
		}
		const kept = this.statements.filter(s => !touched.has(s));
		for (const s of touched) {
			const rest = s.renderings.filter(r => !moving.has(r.id));
			if (rest.length > 0) kept.push(rest.length === s.renderings.length ? s : this.make(rest));
		}
		for (const group of groups) if (group.length > 0) kept.push(this.make(group));
		this.statements = kept;
		this.reindex();
	}

	replace(old: Statement, next: Statement): void {
		this.statements[this.statements.indexOf(old)] = next;
		for (const r of next.renderings) this.byRendering.set(r.id, next);
	}

	/** A statement of these renderings, its speaker chosen from theirs as the rules choose it. */
	make(renderings: Rendering[]): Statement {
		const votes = renderings.flatMap((r): SpeakerVote[] => {
			const key = r.speaker ?? surnameKey(r.speakerName);
			if (!key || !r.speakerName || (r.speaker && this.speakers.type(r.speaker) === 'place')) return [];
			return [{key, entity: r.speaker, name: r.speakerName, direct: r.kind === 'direct', person: (r.speaker ? this.speakers.type(r.speaker) : null) === 'person', words: r.text.split(/\s+/).length}];
		});
		return assemble([...renderings], chooseSpeaker(votes), this.speakers);
	}
}

export function applyOverrides(statements: Statement[], settings: StatementSettings, speakers: SpeakerResolver): OverrideResult {
	const result: OverrideResult = {statements, problems: [], notes: []};
	if (!settings.link?.length && !settings.split?.length && !settings.speaker) return result;
	const state = new State(statements, statements, speakers);
	const resolve = (id: string, where: string): Match => {
		const m = state.match(id);
		if (m.kind === 'none') result.problems.push(`${where}: no statement or rendering "${id}"`);
		if (m.kind === 'ambiguous') result.problems.push(`${where}: "${id}" names more than one statement or rendering; give more characters`);
		return m;
	};

	settings.link?.forEach((group, i) => {
		const renderings = group.flatMap((id, j) => {
			const m = resolve(id, `statements.link[${i}][${j}]`);
			return m.kind === 'statement' || m.kind === 'rendering' ? m.renderings : [];
		});
		const unique = [...new Map(renderings.map(r => [r.id, r])).values()];
		if (unique.length < 2) return;
		state.regroup([unique]);
		result.notes.push({rule: `statements.link[${i}]`, renderings: unique.map(r => r.id)});
	});

	settings.split?.forEach((group, i) => {
		const parts = group.map((id, j) => {
			const m = resolve(id, `statements.split[${i}][${j}]`);
			return m.kind === 'statement' || m.kind === 'rendering' ? m : {kind: 'none', renderings: []};
		});
		// In each statement that holds renderings of two or more of the ids, the first id's stay with
		// the rest and every other id's renderings become a statement of their own.
		// A rendering named by its own id belongs to that id, before any statement id claims it.
		const claimed = new Map<string, number>();
		for (const kind of ['rendering', 'statement'])
			parts.forEach((m, p) => m.kind === kind && m.renderings.forEach(r => claimed.has(r.id) || claimed.set(r.id, p)));
		const moving: Rendering[][] = [];
		for (const s of [...new Set([...claimed.keys()].map(id => state.holder(id)).filter((s): s is Statement => s !== undefined))]) {
			const owners = new Map<number, Rendering[]>();
			for (const r of s.renderings) {
				const p = claimed.get(r.id);
				if (p !== undefined) owners.set(p, [...(owners.get(p) ?? []), r]);
			}
			if (owners.size < 2) continue;
			const first = minOf(owners.keys());
			for (const [p, list] of owners) if (p !== first) moving.push(list);
		}
		if (moving.length === 0) return;
		state.regroup(moving);
		result.notes.push({rule: `statements.split[${i}]`, renderings: moving.flat().map(r => r.id)});
	});

	for (const [id, name] of Object.entries(settings.speaker ?? {})) {
		const m = resolve(id, `statements.speaker[${JSON.stringify(id)}]`);
		if (m.kind !== 'statement' && m.kind !== 'rendering') continue;
		const entity = name === null ? null : speakers.lookup(name);
		const rule = `statements.speaker[${JSON.stringify(id)}]`;
		const holders = new Set(m.renderings.map(r => state.holder(r.id)).filter((s): s is Statement => s !== undefined));
		for (const s of holders) {
			if (m.kind === 'statement') {
				state.replace(s, {...s, speaker: entity, speakerName: (entity && speakers.displayName(entity)) || name});
				continue;
			}
			const named = new Set(m.renderings.map(r => r.id));
			const renderings = s.renderings.map(r => (named.has(r.id) ? {...r, speaker: entity, speakerName: name, speakerLabel: name === null ? null : r.speakerLabel} : r));
			state.replace(s, state.make(renderings));
		}
		result.notes.push({rule, renderings: m.renderings.map(r => r.id)});
	}
	result.statements = state.statements;
	return result;
}
