// "Linked" has one meaning everywhere (app header, `statements --linked`, the overview): rendered
// by two or more articles, whatever their outlets.
import {describe, expect, it} from 'vitest';
import {isLinked, type Rendering, type Statement} from '../../src/analysis/types.js';

const rendering = (article: string, start: number): Rendering => ({
	id: `${article}:${start}`, article, outlet: 'Same Outlet', published: null, text: 'We will reopen the quay.', start, end: start + 24,
	kind: 'direct', verb: 'said', speaker: null, speakerName: 'Vogt', speakerLabel: null,
});
const statement = (renderings: Rendering[]): Statement => ({id: 's', speaker: null, speakerName: 'Vogt', renderings, outlets: 1});

describe('isLinked', () => {
	it('is true for two articles of one outlet, false for two renderings in one article or one alone', () => {
		expect(isLinked(statement([rendering('a.txt', 0), rendering('b.txt', 10)]))).toBe(true);
		expect(isLinked(statement([rendering('a.txt', 0), rendering('a.txt', 90)]))).toBe(false);
		expect(isLinked(statement([rendering('a.txt', 0)]))).toBe(false);
		expect(isLinked(statement([]))).toBe(false);
	});
});
