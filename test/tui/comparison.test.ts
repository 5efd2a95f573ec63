// The comparison view shows buildComparison's diffs: the words it marks are the words
// `presslens compare` marks, and its summary is the same change list.
import {describe, expect, it} from 'vitest';
import {buildComparison, describeChange} from '../../src/analysis/compare.js';
import type {Statement} from '../../src/analysis/types.js';
import {formatComparison} from '../../src/output/compare-format.js';
import {comparisonLines, comparisonPlainText, comparisonView} from '../../src/tui/content/comparison.js';
import {statementRow} from '../../src/tui/content/rows.js';
import {Model} from '../../src/tui/model/model.js';
import {article} from './fixtures.js';
import {sampleIndex} from './fixtures.js';

/** Changed stretches per column as `presslens compare --format text` (no colour) marks them, read off one wide line per column. */
function compareMarks(text: string, columns: number): string[][] {
	const body = text.split('\n').find((line) => line.split(' │ ').length === columns && /\[-|\{\+/.test(line));
	if (!body) throw new Error(`no body line in:\n${text}`);
	return body.split(' │ ').map((cell) => [...cell.matchAll(/\[-(.+?)-\]|\{\+(.+?)\+\}/g)].map((m) => (m[1] ?? m[2]).trim()));
}

function viewMarks(statement: Statement, model: Model): string[][] {
	return comparisonView(statement, model).columns.map((c) => c.runs.filter((r) => r.type !== 'same').map((r) => r.text));
}

describe('comparison view', () => {
	const index = sampleIndex();
	const model = new Model(index);

	it('marks the words presslens compare marks, with the moved word only where it moved', () => {
		const beacon = article('m1', 'North Star', '2024-05-01', 'Tolls', 'Reyes warned: “The toll deadline is nearing and drivers will never again pay twice.”');
		const harbour = article('m2', 'Harbour Post', '2024-05-02', 'Tolls', 'Reyes pointed out: “The toll deadline is winding up and drivers will never pay twice again.”');
		const quote = (a: typeof beacon, verb: string) => {
			const start = a.body.indexOf('“') + 1;
			const end = a.body.lastIndexOf('”');
			return {id: `${a.id}:${start}`, article: a.id, outlet: a.outlet, published: a.published, text: a.body.slice(start, end), start, end, kind: 'direct' as const, verb, speaker: null, speakerName: 'Reyes', speakerLabel: null};
		};
		const statement: Statement = {id: 'tolls', speaker: null, speakerName: 'Ana Reyes', renderings: [quote(beacon, 'warned'), quote(harbour, 'pointed out')], outlets: 2};
		const own = new Model({...index, articles: [beacon, harbour], entities: [], statements: [statement]});
		const marks = viewMarks(statement, own);
		expect(marks).toEqual([['nearing', 'again'], ['winding up', 'again.']]);
		const cli = formatComparison(buildComparison(statement, [beacon, harbour]), 'text', {width: 1000});
		expect(marks).toEqual(compareMarks(cli, 2));
		const view = comparisonView(statement, own);
		expect(view.summary).toEqual([{outlet: 'Harbour Post', changes: ['nearing → winding up', 'moved: again']}]);
		expect(view.attribution).toEqual(['verb: warned / pointed out']);
	});

	it('heads each column with its outlet group, and marks a copy of another column’s article', () => {
		const body = 'Reyes warned: “The toll deadline is nearing.”';
		const orig = {...article('g1', 'North Star', '2024-05-01', 'Tolls', body), group: 'left'};
		const copy = {...article('g2', 'Wire Copy', '2024-05-02', 'Tolls', body), group: 'right'};
		const start = body.indexOf('“') + 1;
		const end = body.lastIndexOf('”');
		const quote = (a: typeof orig) => ({id: `${a.id}:${start}`, article: a.id, outlet: a.outlet, published: a.published, text: body.slice(start, end), start, end, kind: 'direct' as const, verb: 'warned', speaker: null, speakerName: 'Reyes', speakerLabel: null});
		const statement: Statement = {id: 'copied', speaker: null, speakerName: 'Ana Reyes', renderings: [quote(orig), {...quote(copy), reprintOf: 'g1'}], outlets: 1};
		const own = new Model({...index, articles: [orig, copy], entities: [], statements: [statement]});
		const text = comparisonLines(comparisonView(statement, own), 100, 0, true, own)
			.lines.map((line) => line.map((seg) => seg.text).join(''))
			.join('\n');
		expect(text).toMatch(/group left +│ group right/);
		expect(text).toContain('reprint of North Star');
		expect(text.match(/reprint of/g)).toHaveLength(1);
	});

	it('agrees with presslens compare on every statement of the sample corpus', () => {
		for (const statement of index.statements) {
			const articles = index.articles;
			const comparison = buildComparison(statement, articles);
			expect(viewMarks(statement, model)).toEqual(compareMarks(formatComparison(comparison, 'text', {width: 1000}), statement.renderings.length));
			const view = comparisonView(statement, model);
			expect(view.summary.flatMap((s) => s.changes)).toEqual(comparison.diffs.flatMap((d) => d.changes.map(describeChange)));
			// buildComparison's summary is the change list followed by the attribution lines.
			const changeLines = comparison.summary.length - view.attribution.length;
			expect(comparison.summary.slice(changeLines)).toEqual(view.attribution);
		}
	});

	it('draws the markers of presslens compare when colour is off', () => {
		const statement = model.lookups.statementById.get('s2')!;
		const text = comparisonLines(comparisonView(statement, model), 100, 0, true, model)
			.lines.map((line) => line.map((s) => s.text).join(''))
			.join('\n');
		expect(text).toContain('[-in-]');
		expect(text).toContain('{+outside+}');
		expect(text).toMatch(/Differences from Daily Beacon\n *东方日报: in → outside · − the/);
	});

	it('shows reported speech without quote marks, marked indirect, in the columns, the copy and the list row', () => {
		const direct = article('d1', 'North Star', '2024-05-01', 'Tolls', 'Reyes said: “Drivers will pay once.”');
		const reported = article('d2', 'Harbour Post', '2024-05-02', 'Tolls', 'Reyes said drivers would pay once.');
		const base = {outlet: null, published: null, verb: 'said', speaker: null, speakerName: 'Reyes', speakerLabel: null};
		const statement: Statement = {
			id: 'once',
			speaker: null,
			speakerName: 'Reyes',
			outlets: 2,
			renderings: [
				{...base, id: 'd1:13', article: 'd1', outlet: 'North Star', text: 'Drivers will pay once.', start: 13, end: 35, kind: 'direct'},
				{...base, id: 'd2:11', article: 'd2', outlet: 'Harbour Post', text: 'drivers would pay once', start: 11, end: 33, kind: 'indirect'},
			],
		};
		const own = new Model({...index, articles: [direct, reported], entities: [], statements: [statement]});
		const view = comparisonView(statement, own);
		const drawn = comparisonLines(view, 120, 0, false, own).lines.map((line) => line.map((s) => s.text).join(''));
		const body = drawn.find((line) => line.includes('Drivers'))!;
		const reportedAt = body.indexOf('drivers');
		expect(body.slice(0, reportedAt)).toMatch(/“Drivers will pay once\.”/);
		expect(body.slice(reportedAt - 1)).not.toMatch(/[“”]/);
		expect(drawn.join('\n')).toContain('indirect');
		const copy = comparisonPlainText(view);
		expect(copy).toContain('“Drivers will pay once.”');
		expect(copy).toContain('(indirect) drivers would pay once');
		expect(copy).not.toContain('“drivers');
		expect(statementRow({...statement, renderings: [statement.renderings[1]]}, own, 80)).toContain('(indirect) drivers');
		expect(statementRow(statement, own, 80)).toContain('“Drivers');
	});
});
