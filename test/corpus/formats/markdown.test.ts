import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../../../src/corpus/formats/frontmatter.js';
import {markdownInline, parseMarkdown} from '../../../src/corpus/formats/markdown.js';

const BODY = `# Harbour tolls rise in Port Alvero

The council of **Port Alvero** voted on _Monday_ to raise [harbour tolls](https://example.org/tolls "Tolls") by a third.
Fishermen said the rise was *unfair*.

![A trawler at dawn](https://example.org/trawler.jpg)

## Reactions

> “We will not pay,” said Marta Ilves, a net-maker.

- first point
- second point with \`code\`

\`\`\`
const x = 1;
const y = 2;
\`\`\`

Footnoted claim.[^1]

[^1]: Figures from the harbour office.
`;

describe('parseMarkdown', () => {
	it('reads YAML front matter fields with metadata provenance', () => {
		const r = parseMarkdown(`---
title: "Harbour tolls rise: council vote"
source: Alvero Gazette
date: 2022-03-14
url: https://gazette.example.net/2022/tolls
author:
  - Ana Pell
  - Ivo Tamm
tags: [harbour, tolls]
---
${BODY}`);
		expect(r.title).toBe('Harbour tolls rise: council vote');
		expect(r.outlet).toBe('Alvero Gazette');
		expect(r.published).toBe('2022-03-14');
		expect(r.url).toBe('https://gazette.example.net/2022/tolls');
		expect(r.byline).toBe('Ana Pell, Ivo Tamm');
		expect(r.provenance).toEqual({title: 'metadata', outlet: 'metadata', published: 'metadata', url: 'metadata', byline: 'metadata'});
		expect(r.warnings).toEqual([]);
	});

	it('strips Markdown to plain paragraphs', () => {
		const r = parseMarkdown(`---\ntitle: Other title\n---\n${BODY}`);
		expect(r.paragraphs).toEqual([
			'Harbour tolls rise in Port Alvero',
			'The council of Port Alvero voted on Monday to raise harbour tolls by a third. Fishermen said the rise was unfair.',
			'Reactions',
			'“We will not pay,” said Marta Ilves, a net-maker.',
			'first point',
			'second point with code',
			'const x = 1; const y = 2;',
			'Footnoted claim.',
		]);
		expect(r.boilerplate).toEqual(['Figures from the harbour office.']);
	});

	it('takes a leading H1 as the title when front matter has none, and drops it from the body', () => {
		const r = parseMarkdown(BODY);
		expect(r.title).toBe('Harbour tolls rise in Port Alvero');
		expect(r.provenance.title).toBe('inferred');
		expect(r.paragraphs[0]).toMatch(/^The council/);
	});

	it('drops a first heading that repeats the front-matter title', () => {
		const r = parseMarkdown(`---\nheadline: Harbour tolls rise in Port Alvero\n---\n${BODY}`);
		expect(r.title).toBe('Harbour tolls rise in Port Alvero');
		expect(r.paragraphs[0]).toMatch(/^The council/);
	});

	it('reads TOML front matter and ignores keys inside tables', () => {
		const r = parseMarkdown(`+++
title = "Snow closes the pass"
publisher = 'Valley Post'
published_at = 2021-12-01T08:00:00Z
authors = ["Lea Moss"]
[params]
source = "Not the outlet"
+++
Snow closed the northern pass overnight.`);
		expect(r).toMatchObject({title: 'Snow closes the pass', outlet: 'Valley Post', published: '2021-12-01T08:00:00Z', byline: 'Lea Moss'});
		expect(r.paragraphs).toEqual(['Snow closed the northern pass overnight.']);
	});

	it('reads "Key: value" header lines (Pelican/MultiMarkdown style)', () => {
		const r = parseMarkdown('Title: Dam report published\nDate: 2020-07-07\nSite: River News\n\nThe report was published today.');
		expect(r).toMatchObject({title: 'Dam report published', published: '2020-07-07', outlet: 'River News'});
		expect(r.paragraphs).toEqual(['The report was published today.']);
	});

	it('keeps a site-relative permalink out of the url field', () => {
		const r = parseMarkdown('---\ntitle: T\npermalink: /2020/05/story/\n---\nText.');
		expect(r.url).toBeNull();
		expect(r.provenance.url).toBeUndefined();
	});

	it('warns about an unclosed front-matter block and reads the text as body', () => {
		const r = parseMarkdown('---\ntitle: Never closed\n\nBody text here.');
		expect(r.warnings[0]).toMatch(/never closed/);
		expect(r.title).toBeNull();
		expect(r.paragraphs).toContain('Body text here.');
	});

	it('returns no paragraphs for front matter without a body', () => {
		const r = parseMarkdown('---\ntitle: Empty\n---\n\n   \n');
		expect(r.title).toBe('Empty');
		expect(r.paragraphs).toEqual([]);
	});

	it('handles setext headings, rules, CRLF line ends and HTML comments', () => {
		const r = parseMarkdown('Main Heading\r\n============\r\n\r\nFirst para.\r\n\r\n---\r\n\r\nSub heading\r\n-----------\r\n<!-- hidden -->Last para.');
		expect(r.title).toBe('Main Heading');
		expect(r.paragraphs).toEqual(['First para.', 'Sub heading', 'Last para.']);
	});
});

describe('markdownInline', () => {
	it('keeps snake_case words, arithmetic stars and escaped characters', () => {
		expect(markdownInline('a file_name_here and 3 * 4 * 5')).toBe('a file_name_here and 3 * 4 * 5');
		expect(markdownInline('\\*not emphasis\\* and \\_x\\_')).toBe('*not emphasis* and _x_');
	});

	it('unwraps nested link-image combinations, autolinks, inline HTML and entities', () => {
		expect(markdownInline('[![logo](a.png)](https://x.org) see <https://y.org> <span>AT&amp;T</span>')).toBe(' see https://y.org AT&T');
		expect(markdownInline('***bold italic*** ~~gone~~')).toBe('bold italic gone');
	});
});

describe('splitFrontMatter', () => {
	it('reads quoted values, block scalars and comments', () => {
		const {frontMatter} = splitFrontMatter(`---
title: 'It''s here' # a comment
summary: >
  folded
  text
outlet: "Quote \\"Daily\\""
nested:
  name: skipped
---
body`);
		expect(frontMatter?.data).toEqual({title: "It's here", summary: 'folded text', outlet: 'Quote "Daily"'});
		expect(frontMatter?.body).toBe('body');
	});

	it('keeps keys named like Object.prototype members inert', () => {
		const {frontMatter} = splitFrontMatter('---\n__proto__:\n  - polluted\nconstructor: x\ntitle: T\n---\nbody');
		expect(frontMatter?.data.title).toBe('T');
		expect(frontMatter?.data.constructor).toBe('x');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(frontMatter!.data)).toBeNull();
	});

	it('returns null for text without a metadata block', () => {
		expect(splitFrontMatter('Just a paragraph: with a colon.\n\nMore.').frontMatter).toBeNull();
	});
});
