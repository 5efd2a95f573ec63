import {describe, expect, it} from 'vitest';
import {parseJsonFile} from '../../../src/corpus/formats/json.js';
import type {ParsedFile, ParsedRecord} from '../../../src/corpus/record.js';

const ok = (f: ParsedFile) => f.records.filter((r): r is ParsedRecord => !('skipped' in r));
const skipped = (f: ParsedFile) => f.records.filter((r): r is {skipped: string} => 'skipped' in r).map(r => r.skipped);

describe('parseJsonFile: JSON Lines', () => {
	it('reads common field names, case-insensitively, with metadata provenance', () => {
		const line = JSON.stringify({
			Title: 'Ferry strike ends',
			SOURCE: {id: 'nb', name: 'Northern Bulletin'},
			published_at: '2019-11-02T09:30:00Z',
			URL: 'https://bulletin.example.com/ferry',
			authors: ['Tom Rask', 'Ida Vell'],
			content_original: 'The ferry strike ended on Friday.\n\nCrews   returned to work.\nTimetables resume Monday.',
		});
		const [r] = ok(parseJsonFile(line + '\n', 'jsonl'));
		expect(r).toMatchObject({
			title: 'Ferry strike ends',
			outlet: 'Northern Bulletin',
			published: '2019-11-02T09:30:00Z',
			url: 'https://bulletin.example.com/ferry',
			byline: 'Tom Rask, Ida Vell',
			paragraphs: ['The ferry strike ended on Friday.', 'Crews returned to work.', 'Timetables resume Monday.'],
		});
		expect(r.provenance).toEqual({title: 'metadata', outlet: 'metadata', published: 'metadata', url: 'metadata', byline: 'metadata'});
	});

	it('skips a broken line with its number and keeps the others; blank lines are ignored', () => {
		const text = [
			JSON.stringify({title: 'One', text: 'First body.'}),
			'',
			'{"title": "Two", "text": "unterminated',
			'   ',
			JSON.stringify({title: 'Three', text: 'Third body.'}),
		].join('\n');
		const f = parseJsonFile(text, 'jsonl');
		expect(ok(f).map(r => r.title)).toEqual(['One', 'Three']);
		expect(skipped(f)).toHaveLength(1);
		expect(skipped(f)[0]).toMatch(/^line 3: invalid JSON \(/);
	});

	it('skips records without body text and values that are not objects', () => {
		const text = [JSON.stringify({title: 'No body', text: '   '}), '42', '"a string"', 'null', JSON.stringify({title: 'T', body: 'B.'})].join('\n');
		expect(skipped(parseJsonFile(text, 'jsonl'))).toEqual([
			'line 1: no body text',
			'line 2: not an object (number)',
			'line 3: not an object (string)',
			'line 4: not an object (null)',
		]);
	});

	it('takes the first non-empty body field in priority order and joins string arrays as paragraphs', () => {
		const [a, b] = ok(parseJsonFile([
			JSON.stringify({text: '', content: 'From content.', body: 'From body.'}),
			JSON.stringify({article: ['Para one.', '  Para   two. ']}),
		].join('\n'), 'jsonl'));
		expect(a.paragraphs).toEqual(['From content.']);
		expect(b.paragraphs).toEqual(['Para one.', 'Para two.']);
	});

	it('turns an HTML body into paragraphs', () => {
		const [r] = ok(parseJsonFile(JSON.stringify({content: {rendered: '<p>First &amp; foremost,\n the <b>mayor</b> spoke.</p><script>x()</script><p>Second<br>line</p>'}}), 'jsonl'));
		expect(r.paragraphs).toEqual(['First & foremost, the mayor spoke.', 'Second', 'line']);
	});

	it('keeps only http(s) URLs and no URL-shaped outlet names', () => {
		const [r] = ok(parseJsonFile(JSON.stringify({text: 'Body.', url: '/relative/path', link: 'https://x.example.org/a', source: 'https://x.example.org'}), 'jsonl'));
		expect(r.url).toBe('https://x.example.org/a');
		expect(r.outlet).toBeNull();
		expect(r.provenance.outlet).toBeUndefined();
	});

	it('yields one record per article nested in a container record, inheriting its date', () => {
		const roundup = {
			id: 7,
			issue: 'Canal reopens',
			date: '2021-06-01T12:00:00-07:00',
			summary: ['Editors summary, not an article.'],
			coverage: {
				east: {paperName: 'x', newsSource: 'East Courier', newsTitle: 'Canal open again', newsLink: 'https://east.example.com/canal', newBody: ['Ships passed.', 'Tolls fell.']},
				west: {newsSource: 'West Herald', newsTitle: 'Canal traffic resumes', newsLink: 'https://west.example.com/c', newBody: ['Traffic resumed.'], published: '2021-05-31'},
				empty: {newsSource: 'No Text Daily', newBody: []},
			},
		};
		const f = parseJsonFile(JSON.stringify(roundup) + '\n' + JSON.stringify({id: 8, coverage: {}}), 'jsonl');
		const rs = ok(f);
		expect(rs.map(r => [r.outlet, r.title, r.url, r.published])).toEqual([
			['East Courier', 'Canal open again', 'https://east.example.com/canal', '2021-06-01T12:00:00-07:00'],
			['West Herald', 'Canal traffic resumes', 'https://west.example.com/c', '2021-05-31'],
		]);
		expect(rs[0].provenance.published).toBe('inferred');
		expect(rs[1].provenance.published).toBe('metadata');
		expect(rs[0].paragraphs).toEqual(['Ships passed.', 'Tolls fell.']);
		expect(skipped(f)).toEqual(['line 2: no body text']);
	});

	it('finds nested articles inside arrays too', () => {
		const f = parseJsonFile(JSON.stringify({batch: [{headline: 'A', text: 'a.'}, {headline: 'B', text: 'b.'}]}), 'jsonl');
		expect(ok(f).map(r => r.title)).toEqual(['A', 'B']);
	});
});

describe('parseJsonFile: JSON', () => {
	const article = (n: number) => ({headline: `Story ${n}`, body: `Body ${n}.`, pubDate: `2020-01-0${n}`});

	it('reads a single object', () => {
		const f = parseJsonFile(JSON.stringify(article(1)), 'json');
		expect(ok(f).map(r => [r.title, r.published])).toEqual([['Story 1', '2020-01-01']]);
	});

	it('reads an array of objects, skipping bad entries by position', () => {
		const f = parseJsonFile(JSON.stringify([article(1), 'oops', {title: 'empty'}, article(2)]), 'json');
		expect(ok(f).map(r => r.title)).toEqual(['Story 1', 'Story 2']);
		expect(skipped(f)).toEqual(['record 2: not an object (string)', 'record 3: no body text']);
	});

	it.each(['articles', 'items', 'data', 'records'])('reads an array under "%s", with the wrapper outlet as inferred', key => {
		const f = parseJsonFile(JSON.stringify({site_name: 'Feed Weekly', [key]: [article(1), {...article(2), outlet: 'Own Outlet'}]}), 'json');
		expect(ok(f).map(r => [r.title, r.outlet, r.provenance.outlet])).toEqual([
			['Story 1', 'Feed Weekly', 'inferred'],
			['Story 2', 'Own Outlet', 'metadata'],
		]);
	});

	it('reports a file that is not JSON, and reads JSON Lines saved as .json', () => {
		const bad = parseJsonFile('{"title": ', 'json');
		expect(bad.records).toEqual([]);
		expect(bad.warnings[0]).toMatch(/^invalid JSON/);
		const lines = parseJsonFile(`${JSON.stringify(article(1))}\n${JSON.stringify(article(2))}\n`, 'json');
		expect(ok(lines)).toHaveLength(2);
		expect(lines.warnings[0]).toMatch(/JSON Lines/);
	});

	it('cleans controls and bidi overrides that \\u escapes decode into, in fields and body', () => {
		const raw = '{"title": "Evil\\u001b[2J title\\u202e", "source": "Out\\u0007let", "url": "https://x.example.org/\\u202e", "text": "A\\u0000B\\u001b]0;pwn\\u0007 body"}';
		const [r] = ok(parseJsonFile(raw, 'json'));
		expect(r).toMatchObject({title: 'Evil title', outlet: 'Outlet', url: 'https://x.example.org/', paragraphs: ['AB body']});
	});

	it('tolerates a byte-order mark and numeric dates', () => {
		const [r] = ok(parseJsonFile('\ufeff' + JSON.stringify({text: 'x', date: 1600000000}), 'json'));
		expect(r.published).toBe('1600000000');
	});
});
