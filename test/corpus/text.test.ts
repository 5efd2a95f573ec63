import {describe, expect, test} from 'vitest';
import {parseText, rejoin} from '../../src/corpus/formats/text.js';
import {BYLINE} from '../../src/corpus/formats/lines.js';

// Invented pages in the shapes scrapers produce; none of these strings come from the bundled corpus.
const SCRAPE = [
	'https://news.example.org/20230304/harbour-deal-signed-123.html',
	'Harbour Deal Signed as Ministers Meet in Valdoria',
	'Harbour Deal Signed as Ministers Meet in Valdoria',
	'Example Daily',
	'Ministers from both countries signed the harbour deal on Friday. From now on, the port of Lenz will... 04.03.2023, Example Daily',
	'2023-03-04T10:15+0000',
	'2023-03-04T10:15+0000',
	'harbours',
	'valdoria, trade',
	// The run-on copy: paragraphs glued, lead missing.
	'The treaty was welcomed by dockworkers, who had feared closures, the union spokesman Tomas Brenner said.“We waited ten years for this agreement and we will hold them to it,” Brenner said, speaking to local radio on Friday.The port handles a fifth of the country\'s grain exports and employs four thousand people in the old town and the new docks.',
	'https://cdn.example.org/img/123.jpg',
	'feedback@example.org',
	'+12025550123',
	'en_US',
	'10:15 GMT 04.03.2023 (Updated: 11:00 GMT 05.03.2023) Ministers from both countries signed the harbour deal on Friday. From now on, the port of Lenz will be run jointly by the two governments for twenty years.',
	'The treaty was welcomed by dockworkers, who had feared closures, the union spokesman Tomas Brenner said.',
	'“We waited ten years for this agreement and we will hold them to it,” Brenner',
	'said, speaking to local radio on Friday.',
	'The port handles a fifth of the country\'s grain exports and employs four thousand people in the old town and the new docks.',
	'* A footnote the publisher adds to every page about something else entirely.',
].join('\n');

describe('parseText on a flattened page', () => {
	const r = parseText(SCRAPE);

	test('finds header fields', () => {
		expect(r.url).toBe('https://news.example.org/20230304/harbour-deal-signed-123.html');
		expect(r.title).toBe('Harbour Deal Signed as Ministers Meet in Valdoria');
		expect(r.published).toBe('2023-03-04');
	});

	test('keeps the more complete copy of a duplicated body, once', () => {
		const body = r.paragraphs.join('\n');
		expect(r.paragraphs[0]).toMatch(/^Ministers from both countries signed/);
		expect(body.match(/grain exports/g)).toHaveLength(1);
		expect(body).not.toContain('04.03.2023');
		expect(r.warnings.join(' ')).toMatch(/duplicated/);
	});

	test('drops metadata, tags, contact lines and footnotes', () => {
		const body = r.paragraphs.join('\n');
		for (const bad of ['feedback@example.org', '+12025550123', 'en_US', 'harbours', 'valdoria, trade', 'cdn.example.org', 'footnote', 'Example Daily']) {
			expect(body).not.toContain(bad);
		}
		expect(r.boilerplate).toContain('* A footnote the publisher adds to every page about something else entirely.');
	});

	test('rejoins a line broken mid-sentence', () => {
		expect(r.paragraphs).toContain('“We waited ten years for this agreement and we will hold them to it,” Brenner said, speaking to local radio on Friday.');
	});
});

describe('parseText headers', () => {
	test('"date YYYY-MM-DD" glued to a headline', () => {
		const r = parseText(' date 2022-05-06 Floods Close Three Bridges in Northern Province\n\nBy Staff, Wires\n\nHeavy rain closed three bridges on Thursday, the provincial road authority said in a statement.\n');
		expect(r.published).toBe('2022-05-06');
		expect(r.title).toBe('Floods Close Three Bridges in Northern Province');
		expect(r.byline).toBe('Staff, Wires');
		expect(r.paragraphs).toEqual(['Heavy rain closed three bridges on Thursday, the provincial road authority said in a statement.']);
		expect(r.boilerplate).toContain('By Staff, Wires');
	});

	test('"date YYYY-MM-DD" glued to the first sentence is body, not a title', () => {
		const r = parseText(' date 2022-05-06 The Northern Alliance, a coalition of farming parties, has rejected the budget and called for new talks.\nThe vote is due next week.\n');
		expect(r.title).toBeUndefined();
		expect(r.paragraphs[0]).toMatch(/^The Northern Alliance, a coalition/);
	});

	test('key: value metadata lines', () => {
		const r = parseText('Title: Quiet Election Day\nSource: The Valley Courier\nDate: 2020-11-03\n\nVoters queued in light rain across the valley on Tuesday, officials said.\n');
		expect(r.title).toBe('Quiet Election Day');
		expect(r.outlet).toBe('The Valley Courier');
		expect(r.published).toBe('2020-11-03');
		expect(r.provenance.outlet).toBe('metadata');
	});
});

describe('parseText page furniture', () => {
	const page = [
		'Mayor Opens New Library in Riverside District',
		'',
		'Support RiverNews',
		'',
		'Click to see full-size image',
		'',
		'The mayor opened the new library on Monday, promising longer opening hours for students.',
		'',
		'Children queue outside the new library on opening day (Getty Images)',
		'',
		'A New Chapter',
		'',
		'The building cost twelve million and took three years to finish, the council said on Monday.',
		'',
		'Support RiverNews',
		'',
		'Notify of',
		'Newest Most Voted',
		'View all comments',
		'',
		'This is a reader comment that goes on about something unrelated for quite a while.',
	].join('\n');
	const r = parseText(page);

	test('cuts reader comments after the comment widget', () => {
		expect(r.paragraphs.join(' ')).not.toContain('reader comment');
	});

	test('drops banners and image captions but keeps subheadings', () => {
		expect(r.paragraphs).toEqual([
			'The mayor opened the new library on Monday, promising longer opening hours for students.',
			'A New Chapter',
			'The building cost twelve million and took three years to finish, the council said on Monday.',
		]);
		expect(r.title).toBe('Mayor Opens New Library in Riverside District');
		expect(r.boilerplate).toContain('Support RiverNews');
	});
});

test('rejoin joins only mid-sentence breaks', () => {
	expect(rejoin(['The minister of state Anna', 'said the plan works.', 'Next paragraph.'])).toEqual([
		'The minister of state Anna said the plan works.',
		'Next paragraph.',
	]);
	expect(rejoin(['A Heading', 'lowercase start of a new thought.'])).toEqual(['A Heading', 'lowercase start of a new thought.']);
});

test('never throws on odd input', () => {
	for (const input of ['', '\n\n\n', '…', 'date', ' date 2020-13-45 x', 'a'.repeat(100_000), '“'.repeat(50)]) {
		expect(() => parseText(input)).not.toThrow();
	}
});

test('furniture patterns do not eat sentences that start like furniture', () => {
	const r = parseText('Council Passes Budget\n\nBy Ann Lee and Bo Park\n\nBy Tuesday night the votes had been counted in every ward of the city.\n\nRelated legislation passed in the spring after a long debate in the chamber.\n');
	expect(r.paragraphs).toEqual([
		'By Tuesday night the votes had been counted in every ward of the city.',
		'Related legislation passed in the spring after a long debate in the chamber.',
	]);
	expect(r.byline).toBe('Ann Lee and Bo Park');
	expect(BYLINE.test('By Tuesday night the votes had been counted')).toBe(false);
});
