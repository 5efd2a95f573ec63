// Terminal safety of `compare`: hostile strings in every field of a statement, its articles and its
// renderings never put an escape or control byte into the text or Markdown output.
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {buildComparison} from '../../src/analysis/compare.js';
import type {Rendering, Statement} from '../../src/analysis/types.js';
import type {Article} from '../../src/corpus/types.js';
import {formatComparison} from '../../src/output/compare-format.js';
import {makeArticle} from '../fixtures/article.js';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Anything but "\n" that a terminal would act on, or that reorders or hides text. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\ufeff]/;
/** The formatter's own colours: SGR sequences only. */
const stripSgr = (s: string) => s.replace(/\u001b\[[\d;]*m/g, '');

const HOSTILE = [
	'\u001b[2J\u001b[H',
	'\u001b]52;c;ZXZpbA==\u0007',
	'\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\',
	'\u001b]0;title\u001b\\',
	'\u009b31m',
	'\u001bP+q\u001b\\',
	'\u202e',
	'\u2066',
	'\u200b',
	'\r',
	'\b\b\b',
	'\u0007',
	'\u0000',
	'\t',
	'\u001b',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom('the', 'bridge', 'will', 'open', ' ', 'قال', '北京', '👍🏽')), {minLength: 1, maxLength: 8}).map(p => p.join(''));

function fakeArticle(id: string, body: string, title: string, outlet: string): Article {
	return makeArticle({id, body, file: id, outlet, published: '2023-03-14', title, paragraphs: [body], words: 3});
}

function fakeStatement(parts: {quotes: string[]; titles: string[]; outlets: string[]; verbs: string[]; speaker: string; labels: string[]}) {
	const articles: Article[] = [];
	const renderings: Rendering[] = parts.quotes.map((quote, i) => {
		const lead = `${parts.speaker} ${parts.verbs[i]}: “`;
		const body = `${lead}${quote}” more text.`;
		const id = `a${i}.txt`;
		articles.push(fakeArticle(id, body, parts.titles[i], parts.outlets[i]));
		return {
			id: `${id}:${lead.length}`,
			article: id,
			outlet: parts.outlets[i],
			published: '2023-03-14',
			text: quote,
			start: lead.length,
			end: lead.length + quote.length,
			kind: 'direct',
			verb: parts.verbs[i],
			speaker: 'e1',
			speakerName: parts.speaker,
			speakerLabel: parts.labels[i],
		};
	});
	const statement: Statement = {id: `s-${parts.speaker.length}`, speaker: 'e1', speakerName: parts.speaker, renderings, outlets: renderings.length};
	return {statement, articles};
}

describe('compare output with hostile strings', () => {
	it('text and Markdown carry no escape, control or bidi character (colour off), only SGR colour (colour on)', () => {
		const four = fc.array(hostile, {minLength: 2, maxLength: 2});
		fc.assert(
			fc.property(four, four, four, four, hostile, four, (quotes, titles, outlets, verbs, speaker, labels) => {
				const {statement, articles} = fakeStatement({quotes, titles, outlets, verbs, speaker, labels});
				const comparison = buildComparison(statement, articles);
				const width = 40 + (quotes[0].length % 60);
				expect(formatComparison(comparison, 'text', {color: false, width})).not.toMatch(UNSAFE);
				expect(stripSgr(formatComparison(comparison, 'text', {color: true, width}))).not.toMatch(UNSAFE);
				expect(formatComparison(comparison, 'markdown')).not.toMatch(UNSAFE);
				// JSON escapes control characters itself; it must still parse.
				expect(() => JSON.parse(formatComparison(comparison, 'json'))).not.toThrow();
			}),
			{numRuns: 400},
		);
	});
});

describe('presslens compare on a corpus with hostile strings', () => {
	const cli = join(projectRoot, 'bin/presslens.js');
	const built = existsSync(join(projectRoot, 'dist/src/cli.js'));
	const dir = mkdtempSync(join(tmpdir(), 'presslens-compare-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('is built (npm test builds first)', () => {
		expect(built, 'run `npm run build` before this test').toBe(true);
	});

	it.runIf(built)('prints no escape byte in any format', async () => {
		// The same statement in two outlets. Raw escapes in the files, and JSON \u escapes that only
		// decode after parsing, in the titles, outlets, speaker and the quote itself.
		const quote = (variant: string) =>
			`The bridge over the Lund river will reopen in ${variant} and not a day later, whatever the council says about the budget`;
		const records = [
			{title: 'Bridge \u001b[2Jto reopen\u202e soon', source: 'Courier\u001b]0;pwned\u0007 Daily', date: '2023-03-14', text: `Veltmoor mayor Maren Okonkwo-Lisle said on Tuesday: “${quote('spring\u001b]52;c;ZXZpbA==\u0007')},” adding that crews were ready.\n\nThe council met on Monday to discuss the budget for the bridge and other projects in the town.`},
			{title: 'Mayor\u200b promises \u009b31mbridge', source: 'Lund \u2066Herald', date: '2023-03-15', text: `“${quote('the spring\r')},” Maren Okonkwo-Lisle told reporters on Tuesday.\n\nResidents have waited two years for the bridge to reopen, and some shops have closed.`},
		];
		writeFileSync(join(dir, 'hostile.jsonl'), records.map(r => JSON.stringify(r)).join('\n') + '\n');
		const {stdout: statementsOut} = await run(process.execPath, [cli, 'statements', dir, '--json'], {cwd: projectRoot});
		const statements = statementsOut.trim().split('\n').filter(Boolean).map(l => JSON.parse(l));
		const linked = statements.find(s => s.renderings.length >= 2);
		expect(linked, `no linked statement in ${statementsOut}`).toBeDefined();
		for (const format of ['text', 'markdown']) {
			const {stdout} = await run(process.execPath, [cli, 'compare', linked.id, dir, '--format', format], {cwd: projectRoot});
			expect(stdout, format).toContain('Lund river');
			expect(stdout, format).not.toMatch(UNSAFE);
		}
	}, 60_000);
});
