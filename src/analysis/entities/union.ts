// Union-find over name keys with the guards every alias merge must pass: the user's splits, two
// different people's full names never in one entity, and a person never inside an organisation or
// a place. Each root keeps a summary of what its group holds, merged on union, so a guard is a look
// at two summaries, not at every name of two groups.
import {sameNameAnyOrder} from './transliteration.js';

export interface Summary {
	/** The user's split groups this group's names belong to: [group, member]. */
	tags: Array<[number, number]>;
	/** Keys (unorderedKey) of the full names of people in the group. */
	people: Set<string>;
	/** Holds a name with strong evidence of a person (a given name, a title). */
	person: boolean;
	/** Holds a name with strong evidence of an organisation or a place. */
	thing: boolean;
	/** A compound of several names ("Pelosi-Schumer"): joins nothing unless the user says so. */
	alone: boolean;
}

export class GuardedUnion {
	private readonly parent = new Map<string, string>();
	private readonly summaries = new Map<string, Summary>();

	/** `initial` says what a single key holds, for keys not yet joined to anything. */
	constructor(private readonly initial: (key: string) => Summary) {}

	find(x: string): string {
		let root = x;
		for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
		// Path compression: later finds of every key on the way are one step.
		for (let y = x; y !== root; ) {
			const next = this.parent.get(y)!;
			this.parent.set(y, root);
			y = next;
		}
		return root;
	}

	private summaryOf(root: string): Summary {
		let sm = this.summaries.get(root);
		if (!sm) this.summaries.set(root, (sm = this.initial(root)));
		return sm;
	}

	allowed(a: string, b: string): boolean {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra === rb) return true;
		const sa = this.summaryOf(ra);
		const sb = this.summaryOf(rb);
		if (sa.tags.some(([g, i]) => sb.tags.some(([h, j]) => g === h && i !== j))) return false;
		if (sa.alone || sb.alone) return false;
		if ((sa.person && sb.thing) || (sa.thing && sb.person)) return false;
		if (sa.people.size && sb.people.size && !samePerson(sa.people, sb.people)) return false;
		return true;
	}

	/** Joins two keys' groups unless a guard refuses (`force`: the user said so); true when joined. */
	/** What the group of `key` holds. */
	summary(key: string): Summary {
		return this.summaryOf(this.find(key));
	}

	join(a: string, b: string, force = false): boolean {
		if (!force && !this.allowed(a, b)) return false;
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra === rb) return true;
		const sa = this.summaryOf(ra);
		const sb = this.summaryOf(rb);
		this.parent.set(rb, ra);
		this.summaries.delete(rb);
		for (const k of sb.people) sa.people.add(k);
		this.summaries.set(ra, {tags: sb.tags.length ? [...sa.tags, ...sb.tags] : sa.tags, people: sa.people, person: sa.person || sb.person, thing: sa.thing || sb.thing, alone: false});
		return true;
	}
}

/** Some full name in one set is a spelling of one in the other, in any order (exact keys first: the common case). */
function samePerson(a: Set<string>, b: Set<string>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const k of small) if (large.has(k)) return true;
	if (a.size * b.size > 256) return false;
	for (const x of small) for (const y of large) if (sameNameAnyOrder(x, y)) return true;
	return false;
}
