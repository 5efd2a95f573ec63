import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {loadCorpus} from '../../src/corpus/load.js';
import type {Corpus} from '../../src/corpus/types.js';
import {UsageError} from '../../src/corpus/walk.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const BODY = 'The council approved the new tram line on Tuesday after a long debate, officials said.';

const FILES: Record<string, string | Buffer> = {
	'a-scrape.txt': `https://www.reuters.com/world/2022/01/02/tram-line-approved/\nTram Line Approved After Long Debate\n\n${BODY}\n`,
	'b-front.md': `---\ntitle: "Bridge Reopens"\nsource: Harbour Times\ndate: 2022-02-03\n---\n\n# Bridge Reopens\n\nThe old bridge reopened to traffic on Thursday after two years of repairs, the city said.\n`,
	'c-page.html': `<!doctype html><html><head><title>Park Plans | Valley Courier</title><meta property="og:title" content="Park Plans"><meta property="og:site_name" content="Valley Courier"><meta property="article:published_time" content="2022-03-04T09:00:00Z"><link rel="canonical" href="https://valley.example/park-plans"></head><body><nav>Home News Sport</nav><article><h1>Park Plans</h1><p>The city unveiled plans for a new park on the river bank on Friday, with room for a market and two playgrounds for families.</p><p>Work will start next spring and last about a year, the planning office said in a statement on its website.</p></article><footer>© Valley Courier</footer></body></html>`,
	'd-records.jsonl': [
		JSON.stringify({title: 'First Record', source: 'Wire One', date: '2022-04-05', url: 'https://wire.example/1', text: 'The first record has a body of its own that says something about the weather in the hills.'}),
		'{broken json',
		JSON.stringify({headline: 'Second Record', outlet: 'Wire Two', published_at: '4/6/22', content: 'The second record talks about a football match that ended in a draw after extra time.'}),
	].join('\n'),
	'e-packed.jsonl.gz': gzipSync(JSON.stringify({title: 'Packed Record', site_name: 'Gzip Gazette', body: 'A compressed record still loads like any other record in the corpus folder.'}) + '\n'),
	'nested/f-latin1.txt': Buffer.from(`Caf\xe9 Owners Protest\n\nThe caf\xe9 owners of the old town protested against the new rent rules on Monday, the union said.\n`, 'latin1'),
	'g-empty.txt': '',
	'h-blank.txt': '   \n\n  \t\n',
	'i-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]),
	'j-picture.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
	'k-big.txt': `Big File Title\n\n${'This sentence repeats to make the file larger than the limit. '.repeat(2000)}\n`,
	'presslens.json': JSON.stringify({files: {'a-scrape.txt': {byline: 'Declared Author'}}, maxFileSize: '64KB'}),
};

describe('loadCorpus on a mixed folder', () => {
	let dir: string;
	let corpus: Corpus;
	let before: string;
	const snapshot = (d: string): string =>
		readdirSync(d, {recursive: true, withFileTypes: false})
			.map(f => String(f))
			.sort()
			.map(f => `${f}:${statSync(join(d, f)).mtimeMs}:${statSync(join(d, f)).isFile() ? readFileSync(join(d, f)).length : 'dir'}`)
			.join('\n');

	beforeAll(async () => {
		dir = makeCorpus(FILES);
		before = snapshot(dir);
		corpus = await loadCorpus([dir]);
	});
	afterAll(() => removeCorpus(dir));
	const byId = (id: string) => corpus.articles.find(a => a.id === id)!;
	const warningFor = (file: string) => corpus.warnings.filter(w => w.file.endsWith(file)).map(w => w.message).join(' | ');

	test('loads every good article with a stable id, in path order', () => {
		expect(corpus.articles.map(a => a.id)).toEqual([
			'a-scrape.txt',
			'b-front.md',
			'c-page.html',
			'd-records.jsonl#1',
			'd-records.jsonl#3',
			'e-packed.jsonl.gz#1',
			'nested/f-latin1.txt',
		]);
	});

	test('plain text: outlet and date from the URL, user-declared byline', () => {
		const a = byId('a-scrape.txt');
		expect(a).toMatchObject({outlet: 'Reuters', published: '2022-01-02', title: 'Tram Line Approved After Long Debate', byline: 'Declared Author', body: BODY});
		expect(a.provenance).toMatchObject({outlet: 'url', published: 'url', url: 'metadata', byline: 'user'});
	});

	test('markdown front matter', () => {
		expect(byId('b-front.md')).toMatchObject({title: 'Bridge Reopens', outlet: 'Harbour Times', published: '2022-02-03'});
		expect(byId('b-front.md').body).toContain('The old bridge reopened');
	});

	test('HTML meta tags and main text', () => {
		const a = byId('c-page.html');
		expect(a).toMatchObject({title: 'Park Plans', outlet: 'Valley Courier', published: '2022-03-04', url: 'https://valley.example/park-plans'});
		expect(a.body).toContain('new park on the river bank');
		expect(a.body).not.toContain('Home News Sport');
	});

	test('JSON Lines: common field names, a broken line skipped with the others kept', () => {
		expect(byId('d-records.jsonl#1')).toMatchObject({title: 'First Record', outlet: 'Wire One', published: '2022-04-05'});
		expect(byId('d-records.jsonl#3')).toMatchObject({title: 'Second Record', outlet: 'Wire Two', published: '2022-04-06'});
		expect(warningFor('d-records.jsonl')).toMatch(/JSON/i);
		expect(byId('e-packed.jsonl.gz#1')).toMatchObject({title: 'Packed Record', outlet: 'Gzip Gazette'});
	});

	test('invalid UTF-8 falls back to Latin-1 with a warning', () => {
		expect(byId('nested/f-latin1.txt').title).toBe('Café Owners Protest');
		expect(warningFor('f-latin1.txt')).toMatch(/not valid UTF-8/);
	});

	test('bad files are skipped with the reason', () => {
		expect(warningFor('g-empty.txt')).toMatch(/empty/);
		expect(warningFor('h-blank.txt')).toMatch(/empty/);
		expect(warningFor('i-binary.txt')).toMatch(/binary/);
		expect(warningFor('j-picture.png')).toMatch(/not an article format/);
		expect(warningFor('k-big.txt')).toMatch(/over the limit of 64\.0 KB/);
		for (const w of corpus.warnings.filter(w => /empty|binary|limit|format/.test(w.message))) expect(w.skipped).toBe(true);
	});

	test('the corpus folder is never written', () => {
		expect(snapshot(dir)).toBe(before);
	});
});

test('a missing path is a usage error', async () => {
	await expect(loadCorpus(['/no/such/place'])).rejects.toThrow(UsageError);
});

test('a single file can be given directly', async () => {
	const dir = makeCorpus({'one.txt': `One Title Here\n\n${BODY}\n`});
	try {
		const corpus = await loadCorpus([join(dir, 'one.txt')]);
		expect(corpus.articles.map(a => a.id)).toEqual(['one.txt']);
	} finally {
		removeCorpus(dir);
	}
});
