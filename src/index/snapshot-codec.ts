// The saved index's record codec: a record type is described once, as a list of its fields and how
// each is stored (snapshot-schema.ts), and that one description drives both writing and reading.
//
// Records go to a stream of 32-bit integers: each record starts with a tag (packed, or stored as
// JSON), then one or more integers per field. Strings are references into tables that hold each
// distinct string once and are saved as blocks of Latin-1 or UTF-16 text (see StringWriter). A
// record whose keys, key order or values the schema does not describe is stored as JSON, so it
// reopens exactly as it was; the test suite checks that no record the real code makes needs it.
//
// Reading must make millions of objects fast: a decoder is compiled from the schema into a function
// that builds each record as one object literal with its keys in order (the engine then gives every
// record of a type one compact shape), the same code one would write by hand for each type.

import {GrowingInts as IntWriter} from '../util/growing-ints.js';

/** A reference for null (strings) and "stored otherwise" (counts). */
export const NULL = -1;

/** Record tags in the integer stream. */
const PACKED = 0;
const AS_JSON = 1;

export const isStr = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= -0x80000000 && (v as number) <= 0x7fffffff;
/** An object of Object's own kind, so its enumerable keys are its own keys. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> => {
	if (typeof v !== 'object' || v === null) return false;
	const proto = Object.getPrototypeOf(v) as unknown;
	return proto === Object.prototype || proto === null;
};

export function isStrList(v: unknown): v is string[] {
	if (!Array.isArray(v)) return false;
	for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
	return true;
}

/**
 * True when the object's own keys are exactly `keys`, in that order (so a rebuilt object prints the
 * same). for-in on a plain object lists its own keys without making an array of them.
 */
/** `o` has exactly `keys`, in that order, except that it may stop early from `required` on. */
export function hasKeys(o: object, keys: readonly string[], required = keys.length): boolean {
	let i = 0;
	for (const key in o) if (key !== keys[i++]) return false;
	return i >= required && i <= keys.length;
}

// ---- writing

/** The integer stream being written: a GrowingInts (the same doubling typed array the linking uses). */
// The integer stream being written: the same doubling typed array the linking uses.
export {IntWriter};

const WIDE = /[^\u0000-\u00ff]/;

/** Every distinct string once; a reference is its place in its table, times two, plus one when wide. */
export class StringWriter {
	private ids = new Map<string, number>();
	readonly narrow: string[] = [];
	readonly wide: string[] = [];

	ref(s: string | null): number {
		if (s === null) return NULL;
		let id = this.ids.get(s);
		if (id === undefined) {
			if (WIDE.test(s)) {
				id = this.wide.length * 2 + 1;
				this.wide.push(s);
			} else {
				id = this.narrow.length * 2;
				this.narrow.push(s);
			}
			this.ids.set(s, id);
		}
		return id;
	}

	/** A string seldom repeated (a quote, an id): stored without looking for an earlier copy, which costs more than it saves. */
	once(s: string | null): number {
		if (s === null) return NULL;
		if (WIDE.test(s)) {
			this.wide.push(s);
			return (this.wide.length - 1) * 2 + 1;
		}
		this.narrow.push(s);
		return (this.narrow.length - 1) * 2;
	}

	json(value: unknown): number {
		return this.ref(JSON.stringify(value));
	}

	/** Drops the lookup of earlier strings once every reference is made (it is as large as the tables). */
	forget(): void {
		this.ids = new Map();
	}
}

/** What records are written to; `extra` holds what the schema's own field kinds need (other streams, lookups). */
export class Encoder<X> {
	readonly ints = new IntWriter();
	readonly strings = new StringWriter();
	/** Records stored as JSON, by type: the test suite expects none for what the real code makes. */
	readonly asJson = new Map<string, number>();

	constructor(readonly extra: X) {}

	storedAsJson(what: string): void {
		this.asJson.set(what, (this.asJson.get(what) ?? 0) + 1);
	}
}

// ---- reading

export class Decoder {
	p = 0;

	constructor(
		readonly ints: Int32Array,
		readonly narrow: string[],
		readonly wide: string[],
	) {}

	int(): number {
		if (this.p >= this.ints.length) throw new Error('the index ends too early');
		return this.ints[this.p++];
	}

	str(ref: number): string | null {
		if (ref === NULL) return null;
		const value = ref & 1 ? this.wide[ref >>> 1] : this.narrow[ref >>> 1];
		if (value === undefined) throw new Error('unknown string');
		return value;
	}

	ref(): string | null {
		return this.str(this.int());
	}

	json(): unknown {
		const text = this.ref();
		if (text === null) throw new Error('missing value');
		return JSON.parse(text);
	}

	/** A count of items that follow, each taking at least one integer. */
	count(): number {
		const n = this.int();
		if (!(n >= 0 && this.p + n <= this.ints.length)) throw new Error('bad count');
		return n;
	}
}

// ---- field kinds

/**
 * How one field is stored. `fits` says whether the value can be stored this way (a record with a
 * field that cannot is stored whole as JSON); `write` and `read` move it to and from the integer
 * stream. A field made on first read has `load`: `read` gives a handle and the record gets an
 * accessor that calls `load` with it once, then holds the value. A derived field has `derive`:
 * `read` gives null when the value was what `derive` makes from the other fields.
 */
export interface FieldKind<X = unknown, S = unknown> {
	fits(value: unknown, record: Record<string, unknown>, encoder: Encoder<X>): boolean;
	write(value: unknown, record: Record<string, unknown>, encoder: Encoder<X>): void;
	read(decoder: Decoder, source: S): unknown;
	load?(handle: unknown, record: Record<string, unknown>, source: S): unknown;
	/** Told of each record read with the field's handle (before any load): for readers of the stored form. */
	attach?(record: object, handle: unknown, source: S): void;
	derive?(record: Record<string, unknown>): unknown;
	/** The objects may leave the field out (see `optional`). */
	optional?: true;
	/**
	 * The field is one integer (`int`) or one string reference (`str`), read exactly as `read` does:
	 * compiled readers then read it in place instead of calling `read` (see compileReader).
	 */
	inline?: 'int' | 'str';
}

/** A string (or null) that recurs (a name, an outlet): stored once however often it appears. */
export const ref: FieldKind = {
	fits: isStr,
	write: (v, _r, e) => e.ints.push(e.strings.ref(v as string | null)),
	read: (d) => d.ref(),
	inline: 'str',
};

/** A string (or null) that seldom recurs (an id, a quote): stored without looking for an earlier copy. */
export const once: FieldKind = {
	fits: isStr,
	write: (v, _r, e) => e.ints.push(e.strings.once(v as string | null)),
	read: (d) => d.ref(),
	inline: 'str',
};

export const int: FieldKind = {
	fits: isInt,
	write: (v, _r, e) => e.ints.push(v as number),
	read: (d) => d.int(),
	inline: 'int',
};

/** A small object of any shape, kept as its JSON text (shared when it recurs). */
export const json: FieldKind = {
	fits: isPlainObject,
	write: (v, _r, e) => e.ints.push(e.strings.json(v)),
	read: (d) => d.json(),
};

/** A list of strings that recur. */
export const refs: FieldKind = {
	fits: isStrList,
	write(v, _r, e) {
		const list = v as string[];
		e.ints.push(list.length);
		for (const s of list) e.ints.push(e.strings.ref(s));
	},
	read(d) {
		// Made at their final size: most hold one item or none, and growing them by push would leave
		// room for many more in each.
		const n = d.count();
		if (n === 0) return [];
		if (n === 1) return [d.ref()];
		const out = new Array<string | null>(n);
		for (let i = 0; i < n; i++) out[i] = d.ref();
		return out;
	},
};

/** A string usually made from the record's other fields (an id): stored only when it is not that. */
export function derived(make: (record: Record<string, unknown>) => string): FieldKind {
	return {
		fits: (v) => typeof v === 'string',
		write: (v, r, e) => e.ints.push(v === make(r) ? NULL : e.strings.once(v as string)),
		read: (d) => d.ref(),
		derive: make,
		inline: 'str',
	};
}

/**
 * A field the objects may leave out: they then have no such key at all (not one set to undefined),
 * as the analysis makes them. Optional fields come last in a schema, so key order is kept.
 */
export function optional<X, S>(kind: FieldKind<X, S>): FieldKind<X, S> {
	return {
		optional: true,
		fits: (v, r, e) => v === undefined || kind.fits(v, r, e),
		write(v, r, e) {
			e.ints.push(v === undefined ? 0 : 1);
			if (v !== undefined) kind.write(v, r, e);
		},
		read: (d, s) => (d.int() === 0 ? undefined : kind.read(d, s)),
	};
}

/** A list of records of one type. */
export function list<X, S>(codec: RecordCodec<X, S>): FieldKind<X, S> {
	return {
		fits: Array.isArray,
		write(v, _r, e) {
			const items = v as unknown[];
			e.ints.push(items.length);
			for (const item of items) codec.write(item, e);
		},
		read(d, s) {
			const n = d.count();
			if (n === 1) return [codec.read(d, s)];
			const out = new Array<unknown>(n);
			for (let i = 0; i < n; i++) out[i] = codec.read(d, s);
			return out;
		},
	};
}

// ---- records

export type Schema<T, X = unknown, S = unknown> = {readonly [K in keyof T]-?: FieldKind<X, S>};

export interface RecordCodec<X, S> {
	readonly name: string;
	readonly keys: readonly string[];
	write(value: unknown, encoder: Encoder<X>): void;
	read(decoder: Decoder, source: S): unknown;
}

/** Replaces a field made on first read by its value, in the same place among the keys. */
function settle(target: object, key: string, value: unknown): void {
	Object.defineProperty(target, key, {value, enumerable: true, configurable: true, writable: true});
}

/**
 * The codec of one record type. `schema` lists every field in the order the objects hold them; its
 * type makes a field of `T` missing from it a compile error.
 */
export function record<T, X = unknown, S = unknown>(name: string, schema: Schema<T, X, S>): RecordCodec<X, S> {
	const fields = Object.entries(schema) as Array<[string, FieldKind<X, S>]>;
	const keys = fields.map(([key]) => key);
	const kinds = fields.map(([, kind]) => kind);
	const required = kinds.findIndex((k) => k.optional) === -1 ? kinds.length : kinds.findIndex((k) => k.optional);
	if (kinds.slice(required).some((k) => !k.optional)) throw new Error(`${name}: optional fields must come last`);
	const read = compileReader(name, fields);
	return {
		name,
		keys,
		write(value, e) {
			const o = value as Record<string, unknown>;
			let packed = isPlainObject(value) && hasKeys(o, keys, required);
			for (let i = 0; packed && i < kinds.length; i++) packed = kinds[i].fits(o[keys[i]], o, e);
			if (!packed) {
				e.ints.push(AS_JSON);
				e.ints.push(e.strings.json(value));
				e.storedAsJson(name);
				return;
			}
			e.ints.push(PACKED);
			for (let i = 0; i < kinds.length; i++) kinds[i].write(o[keys[i]], o, e);
		},
		read,
	};
}

/**
 * The reading half of a record codec (the tag, then the fields), as a function made from the schema:
 * every field is read into a local in schema order, then the object is made as one literal, fields
 * made on first read as accessors that replace themselves with their value. Keys are written as
 * literal (JSON-quoted) names, not computed ones, so the engine makes each literal from one
 * template. Integers and string references (`inline`) are read in place from the stream, with the
 * checks Decoder makes, since a call per field costs more than the read (millions of fields at
 * open); other kinds are called with the decoder, its position handed over around the call. The
 * generated text refers to the field kinds only by their place in the schema, and the keys are the
 * schema's own.
 */
function compileReader<X, S>(name: string, fields: Array<[string, FieldKind<X, S>]>): (d: Decoder, s: S) => unknown {
	const reads: string[] = [];
	const members: string[] = [];
	const after: string[] = [];
	fields.forEach(([key, kind], i) => {
		// A literal's "__proto__" key would set its prototype instead of a field.
		if (key === '__proto__') throw new Error(`${name}: a field cannot be called __proto__`);
		const k = JSON.stringify(key);
		if (kind.inline === 'int') reads.push(`if (p >= L) end(); const f${i} = I[p++];`);
		else if (kind.inline === 'str') reads.push(`if (p >= L) end(); const r${i} = I[p++]; const f${i} = r${i} === ${NULL} ? null : r${i} & 1 ? W[r${i} >>> 1] : N[r${i} >>> 1]; if (f${i} === undefined) unknown();`);
		else reads.push(`d.p = p; const f${i} = K[${i}].read(d, s); p = d.p;`);
		if (kind.attach) after.push(`K[${i}].attach(o, f${i}, s);`);
		if (kind.load) {
			members.push(
				`get ${k}() { const v = K[${i}].load(f${i}, this, s); settle(this, ${k}, v); return v; }`,
				`set ${k}(v) { settle(this, ${k}, v); }`,
			);
		} else if (kind.optional) {
			after.push(`if (f${i} !== undefined) o[${k}] = f${i};`);
		} else {
			members.push(`${k}: f${i}`);
			if (kind.derive) after.push(`if (f${i} === null) o[${k}] = K[${i}].derive(o);`);
		}
	});
	const tag = `if (d.p >= d.ints.length) end(); const tag = d.ints[d.p++]; if (tag === ${AS_JSON}) return d.json(); if (tag !== ${PACKED}) throw new Error(${JSON.stringify(`bad ${name}`)});`;
	const locals = 'const I = d.ints, L = I.length, N = d.narrow, W = d.wide; let p = d.p;';
	const body = `${tag}\n${locals}\n${reads.join('\n')}\nd.p = p;\nconst o = {${members.join(',\n')}};\n${after.join('\n')}\nreturn o;`;
	const make = new Function('K', 'settle', 'end', 'unknown', `return function read_${name.replace(/\W/g, '_')}(d, s) {\n${body}\n};`) as (
		kinds: FieldKind<X, S>[],
		settleField: typeof settle,
		end: () => never,
		unknown: () => never,
	) => (d: Decoder, s: S) => unknown;
	return make(
		fields.map(([, kind]) => kind),
		settle,
		() => {
			throw new Error('the index ends too early');
		},
		() => {
			throw new Error('unknown string');
		},
	);
}
