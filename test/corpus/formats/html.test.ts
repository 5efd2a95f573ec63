import {describe, expect, it} from 'vitest';
import {parseHtml, stripSiteName} from '../../../src/corpus/formats/html.js';

const LEAD = 'The mayor of Lindholm announced on Tuesday that the old tram line would reopen next spring, after three years of repairs and a long dispute over its cost. ';

function page({head = '', body}: {head?: string; body: string}) {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const ARTICLE_BODY = `
<header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
<main><article>
  <h1>Tram line to reopen</h1>
  <p class="byline">By Hanna Quist</p>
  <p>${LEAD.repeat(3)}</p>
  <figure><img src="/tram.jpg" alt="tram"><figcaption>The tram depot in 2019. (Photo: City archive)</figcaption></figure>
  <h2>Cost dispute</h2>
  <p>Council members   argued for months&nbsp;over the budget, <a href="/budget">documents show</a>.</p>
  <blockquote><p>“It is finally happening,” said Oskar Brandt, a council member.</p></blockquote>
  <ul><li>Line 4 reopens in April.</li><li>Line 7 follows in June.</li></ul>
</article></main>
<aside><p>Most read: Something unrelated about the weather this week.</p></aside>
<footer><p>© 2024 Lindholm Courier</p></footer>
<script>window.tracking = "Do not include me";</script>
<style>.x { color: red }</style>`;

describe('parseHtml', () => {
	it('reads Open Graph, article: and canonical metadata', () => {
		const r = parseHtml(page({
			head: `<title>Tram line to reopen | Lindholm Courier</title>
				<meta property="og:title" content="Tram line to reopen">
				<meta property="og:site_name" content="Lindholm Courier">
				<meta property="article:published_time" content="2024-02-20T07:15:00+01:00">
				<meta name="author" content="Hanna Quist">
				<link rel="canonical" href="https://courier.example.com/city/tram">
				<meta property="og:url" content="https://courier.example.com/city/tram?utm=1">`,
			body: ARTICLE_BODY,
		}));
		expect(r).toMatchObject({
			title: 'Tram line to reopen',
			outlet: 'Lindholm Courier',
			published: '2024-02-20T07:15:00+01:00',
			url: 'https://courier.example.com/city/tram',
			byline: 'Hanna Quist',
		});
		expect(r.provenance).toEqual({title: 'metadata', outlet: 'metadata', published: 'metadata', url: 'metadata', byline: 'metadata'});
	});

	it('extracts the main text as paragraphs without page chrome, scripts or styles', () => {
		const r = parseHtml(page({head: '<title>Tram line to reopen</title>', body: ARTICLE_BODY}));
		const text = r.paragraphs.join('\n');
		expect(r.paragraphs[0]).toBe(LEAD.repeat(3).trim());
		expect(r.paragraphs).toContain('Cost dispute');
		expect(r.paragraphs).toContain('Council members argued for months over the budget, documents show.');
		expect(r.paragraphs).toContain('“It is finally happening,” said Oskar Brandt, a council member.');
		expect(r.paragraphs).toContain('Line 4 reopens in April.');
		expect(text).not.toMatch(/tracking|color: red|Home|Most read/);
		expect(r.boilerplate).toEqual(['The tram depot in 2019. (Photo: City archive)']);
		expect(r.paragraphs).not.toContain('Tram line to reopen');
	});

	it('falls back to <title> without its site suffix, JSON-LD, <time> and readability', () => {
		const ld = JSON.stringify({
			'@context': 'https://schema.org',
			'@graph': [
				{'@type': 'NewsMediaOrganization', '@id': '#org', name: 'Lindholm Courier'},
				{'@type': 'NewsArticle', datePublished: '2024-02-19', author: [{'@type': 'Person', name: 'Hanna Quist'}, {name: 'Per Lund'}], publisher: {'@id': '#org'}},
			],
		});
		const r = parseHtml(page({
			head: `<title>Tram line to reopen - Lindholm Courier</title><script type="application/ld+json">${ld}</script>`,
			body: ARTICLE_BODY,
		}));
		expect(r).toMatchObject({title: 'Tram line to reopen', outlet: 'Lindholm Courier', published: '2024-02-19', byline: 'Hanna Quist, Per Lund', url: null});
	});

	it('uses a <time datetime> as an inferred date and resolves a relative canonical against og:url', () => {
		const r = parseHtml(page({
			head: '<meta property="og:url" content="https://courier.example.com/x"><link rel="canonical" href="/city/tram">',
			body: `<article><time datetime="2024-03-01T10:00">1 March</time><p>${LEAD}</p></article>`,
		}));
		expect(r.published).toBe('2024-03-01T10:00');
		expect(r.provenance.published).toBe('inferred');
		expect(r.url).toBe('https://courier.example.com/city/tram');
	});

	it('ignores broken JSON-LD and author URLs', () => {
		const r = parseHtml(page({
			head: '<script type="application/ld+json">{"@type": "NewsArticle", broken</script><meta property="article:author" content="https://facebook.com/someone"><meta name="dc.creator" content="Lena Berg">',
			body: `<p>${LEAD}</p>`,
		}));
		expect(r.byline).toBe('Lena Berg');
		expect(r.paragraphs).toEqual([LEAD.trim()]);
	});

	it('reads fragments and pages without <html>/<body>', () => {
		expect(parseHtml('<p>Short first.</p><p>Short &eacute;cond.</p>').paragraphs).toEqual(['Short first.', 'Short écond.']);
		const r = parseHtml('<head><title>Fragment title</title><meta name="date" content="2022-02-02"></head><p>Only text.</p>');
		expect(r).toMatchObject({title: 'Fragment title', published: '2022-02-02', paragraphs: ['Only text.']});
	});

	it('never throws on malformed or empty input', () => {
		const inputs = ['', '<!DOCTYPE html>', '<<<>>><p <a></div></div></span>text & stuff <!-- unclosed', '<html><body><div><p>open<p>nested <b>bold', '\u0000\u001b[31m<p>x</p>', '<svg><p>in svg</p></svg>', '<table><tr><td>cell'.repeat(200)];
		for (const html of inputs) {
			const r = parseHtml(html);
			expect(Array.isArray(r.paragraphs)).toBe(true);
			expect(r.paragraphs.join(' ')).not.toMatch(/[\u0000-\u0008\u001b]/);
		}
		expect(parseHtml('<html><body><div><p>open<p>nested <b>bold').paragraphs).toEqual(['open', 'nested bold']);
		expect(parseHtml('').paragraphs).toEqual([]);
	});

	it('skips main-text extraction on pathologically nested markup and still reads the text', () => {
		const r = parseHtml(`<html><body>${'<div>'.repeat(1000)}<p>Deep text.</p></body></html>`);
		expect(r.paragraphs).toEqual(['Deep text.']);
		expect(r.warnings[0]).toMatch(/nested more than \d+ levels/);
	});

	it('cleans what character references decode into: bidi overrides, controls', () => {
		const r = parseHtml(page({head: '<title>Bank &#x202e;reveals&#x202c; plan&#27;[31m</title><meta name="author" content="Lea&#8203; Ott">', body: '<p>Body &#x202e;text&#7; here.</p>'}));
		expect(r.title).toBe('Bank reveals plan');
		expect(r.byline).toBe('Lea Ott');
		expect(r.paragraphs).toEqual(['Body text here.']);
	});

	it('keeps loose text in <body> when a page has no <p> elements', () => {
		const r = parseHtml(page({body: '<div>Line one of the notice.<br>Line two of the notice.</div>'}));
		expect(r.paragraphs).toEqual(['Line one of the notice.', 'Line two of the notice.']);
	});
});

describe('stripSiteName', () => {
	it('drops the site name at either end, only when it is the site name', () => {
		expect(stripSiteName('Tram line to reopen | Lindholm Courier', 'Lindholm Courier')).toBe('Tram line to reopen');
		expect(stripSiteName('The Lindholm Courier — Tram line to reopen', 'Lindholm Courier')).toBe('Tram line to reopen');
		expect(stripSiteName('Budget vote - what it means', 'Lindholm Courier')).toBe('Budget vote - what it means');
		expect(stripSiteName('Tram line to reopen | Lindholm Courier', null)).toBe('Tram line to reopen | Lindholm Courier');
	});
});
