// Settings from the user's config.json that apply to every corpus, merged under a corpus's own
// presslens.json. The merge knows nothing of the schema, so a key presslens.json gains is merged
// too: objects key by key (the corpus's value wins for the same key), lists joined (the corpus's
// entries first, an entry both give kept once: rule lists such as entities.ignore add up), and any
// other value taken from the corpus when it gives one.

/** The presslens.json settings of config.json, and the file they came from (for messages). */
export interface ConfigDefaults {
	settings: Record<string, unknown>;
	source: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeSettings(under: unknown, over: unknown): unknown {
	if (over === undefined) return under;
	if (under === undefined) return over;
	if (isObject(under) && isObject(over)) {
		const merged: Record<string, unknown> = {...under};
		for (const [key, value] of Object.entries(over)) merged[key] = mergeSettings(under[key], value);
		return merged;
	}
	if (Array.isArray(under) && Array.isArray(over)) {
		const seen = new Set(over.map((item) => canonicalJson(item)));
		return [...over, ...under.filter((item) => !seen.has(canonicalJson(item)))];
	}
	return over;
}

/** JSON with object keys sorted: equal settings give equal text (a cache key, a set of entries). */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => (isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}
