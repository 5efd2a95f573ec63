// A small, safe reader for the metadata block at the top of Markdown/text files: YAML between
// `---` lines, TOML between `+++` lines, or "Key: value" header lines (Pelican, MultiMarkdown).
// Only flat scalar keys and simple lists are read; nested maps are skipped. Nothing is evaluated.

export type FrontMatterValue = string | string[];

export interface FrontMatter {
	kind: 'yaml' | 'toml' | 'headers';
	/** Keys lower-cased; values unquoted. */
	data: Record<string, FrontMatterValue>;
	/** The text after the block. */
	body: string;
}

export interface FrontMatterResult {
	frontMatter: FrontMatter | null;
	/** A block that opened but never closed, read as body instead. */
	warning?: string;
}

/** Header keys that mark a leading "Key: value" block as metadata rather than prose. */
const HEADER_KEYS = /^(?:title|headline|date|published|author|authors|byline|source|outlet|site|publisher|url|link|canonical)$/i;

/** Keys come from the file: a prototype-free object keeps "__proto__" or "constructor" inert. */
const record = (): Record<string, FrontMatterValue> => Object.create(null);

function unquoteDouble(s: string): string {
	return s.replace(/\\(u[\da-fA-F]{4}|.)/g, (_, c: string) => {
		if (c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
		return ({n: '\n', t: '\t', r: '', '"': '"', '\\': '\\', '/': '/'} as Record<string, string>)[c] ?? c;
	});
}

/** A scalar as written after `key:` or `key =`: quotes removed, trailing comment dropped. */
function scalar(raw: string): string {
	const s = raw.trim();
	let m = /^"((?:[^"\\]|\\.)*)"/.exec(s);
	if (m) return unquoteDouble(m[1]);
	m = /^'((?:[^']|'')*)'/.exec(s);
	if (m) return m[1].replace(/''/g, "'");
	return s.replace(/\s+#.*$/, '').trim();
}

/** Items of a one-line list: `[a, "b, c", 'd']`. */
function flowList(raw: string): string[] {
	const inner = raw.trim().slice(1, -1);
	const items = inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? [];
	return items.map(scalar).filter(Boolean);
}

function value(raw: string): FrontMatterValue | null {
	const s = raw.trim();
	if (!s) return null;
	if (/^\[.*\]$/.test(s)) return flowList(s);
	if (s.startsWith('{')) return null; // an inline map: not a flat field
	return scalar(s);
}

function parseYaml(lines: string[]): Record<string, FrontMatterValue> {
	const data = record();
	for (let i = 0; i < lines.length; i++) {
		const m = /^([A-Za-z_][\w.-]*(?: [\w.-]+)*)\s*:(?:\s+(.*))?$/.exec(lines[i].replace(/\s+$/, ''));
		if (!m) continue;
		const key = m[1].toLowerCase();
		const rest = (m[2] ?? '').trim();
		// Indented lines that follow belong to this key: a list, a block scalar or a nested map.
		const nested: string[] = [];
		while (i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]) || /^-\s/.test(lines[i + 1]) || !lines[i + 1].trim())) {
			nested.push(lines[++i]);
		}
		if (/^[|>][+-]?\d*$/.test(rest)) {
			const text = nested.map(l => l.trim());
			data[key] = (rest.startsWith('>') ? text.join(' ') : text.join('\n')).trim();
		} else if (rest && !rest.startsWith('#')) {
			const v = value(rest);
			if (v !== null && v.length) data[key] = v;
		} else {
			const items = nested.map(l => /^\s*-\s+(.*)$/.exec(l)).filter((x): x is RegExpExecArray => x !== null);
			const list = items.map(x => x[1]).filter(x => !/^[\w -]+:\s/.test(x)).map(scalar).filter(Boolean);
			if (list.length) data[key] = list;
		}
	}
	return data;
}

function parseToml(lines: string[]): Record<string, FrontMatterValue> {
	const data = record();
	for (const line of lines) {
		// Keys inside [tables] are nested settings, not the document's own fields.
		if (/^\s*\[/.test(line)) break;
		const m = /^\s*([A-Za-z_][\w.-]*|"[^"]+")\s*=\s*(.*)$/.exec(line);
		if (!m) continue;
		const v = value(m[2]);
		if (v !== null && v.length) data[m[1].replace(/"/g, '').toLowerCase()] = v;
	}
	return data;
}

function parseHeaders(lines: string[]): Record<string, FrontMatterValue> {
	const data = record();
	for (const line of lines) {
		const m = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/.exec(line);
		if (m && m[2].trim()) data[m[1].toLowerCase().replace(/[\s-]+/g, '_')] = m[2].trim();
	}
	return data;
}

/** Splits a leading metadata block from the text; null when the text has none. */
export function splitFrontMatter(input: string): FrontMatterResult {
	const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	const lead = /^(?:[ \t]*\n)*/.exec(text)![0].length;
	const rest = text.slice(lead);
	const fence = /^(---|\+\+\+)[ \t]*\n/.exec(rest);
	if (fence) {
		const marker = fence[1];
		const close = marker === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
		const after = rest.slice(fence[0].length);
		const end = close.exec(after);
		if (!end) return {frontMatter: null, warning: `front matter opened with ${marker} but never closed; read as body`};
		const lines = after.slice(0, end.index).split('\n');
		const body = after.slice(end.index + end[0].length).replace(/^\n/, '');
		const data = marker === '---' ? parseYaml(lines) : parseToml(lines);
		return {frontMatter: {kind: marker === '---' ? 'yaml' : 'toml', data, body}};
	}
	// "Title: …" header lines up to the first blank line, when the first key is a known field.
	const blank = rest.search(/\n[ \t]*\n/);
	const block = blank === -1 ? '' : rest.slice(0, blank);
	const lines = block.split('\n');
	const first = /^([A-Za-z][\w -]{0,30}?)\s*:\s*\S/.exec(lines[0] ?? '');
	if (first && HEADER_KEYS.test(first[1]) && lines.every(l => /^[A-Za-z][\w -]{0,30}?\s*:\s*\S/.test(l) || /^\s+\S/.test(l))) {
		return {frontMatter: {kind: 'headers', data: parseHeaders(lines), body: rest.slice(blank).replace(/^\n+/, '')}};
	}
	return {frontMatter: null};
}
