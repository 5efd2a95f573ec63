// The comparison view shows buildComparison's diffs: the words it marks are the words
// `presslens compare` marks, and its summary is the same change list.
import {describe, expect, it} from 'vitest';
import {buildComparison, describeChange} from '../../src/analysis/compare.js';
import type {Statement} from '../../src/analysis/types.js';
import {formatComparison} from '../../src/output/compare-format.js';
import {comparisonLines, comparisonView} from '../../src/tui/content/comparison.js';
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
});
