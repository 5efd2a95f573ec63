import fc from 'fast-check';
import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {hintsFor, keysFromInput, resolveKey} from '../../src/tui/state/keymap.js';
import {BINDINGS, initialState, REGISTRY} from '../../src/tui/specs/registry.js';
import {listWindow, scrollIntoView} from '../../src/tui/state/window.js';
import {update, updateKeys} from '../../src/tui/state/reducer.js';
import {createEnv} from '../../src/tui/state/env.js';
import {Model} from '../../src/tui/model/model.js';
import {manyArticles, sampleIndex} from './fixtures.js';

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

describe('keysFromInput', () => {
	it('splits a chunk of typed characters into one key each', () => {
		expect(keysFromInput('jjk', noKey)).toEqual(['j', 'j', 'k']);
		expect(keysFromInput('王小 🚢', noKey)).toEqual(['王', '小', 'space', '🚢']);
	});
	it('names special keys', () => {
		expect(keysFromInput('', {...noKey, tab: true, shift: true})).toEqual(['shift+tab']);
		expect(keysFromInput('', {...noKey, escape: true, meta: true})).toEqual(['escape']);
		// Ink 6.8 reports Backspace as delete.
		expect(keysFromInput('', {...noKey, delete: true})).toEqual(['backspace']);
		expect(keysFromInput('u', {...noKey, ctrl: true})).toEqual(['ctrl+u']);
		expect(keysFromInput('', {...noKey, pageDown: true})).toEqual(['pagedown']);
		// Esc typed right before a key arrives as Alt+key.
		expect(keysFromInput('3', {...noKey, meta: true})).toEqual(['escape', '3']);
	});
});

describe('keymap', () => {
	it('resolves the same key to different commands by context', () => {
		const list = initialState();
		expect(resolveKey(list, 'j', REGISTRY)).toBe('move.down');
		expect(resolveKey({...list, search: ''}, 'j', REGISTRY)).toBeUndefined();
		expect(resolveKey({...list, search: ''}, 'escape', REGISTRY)).toBe('search.cancel');
		expect(resolveKey(list, 'escape', REGISTRY)).toBe('back');
		expect(resolveKey(list, 'h', REGISTRY)).toBeUndefined();
		expect(resolveKey({...list, stack: [{kind: 'comparison', id: 's1', column: 0, scroll: 0}]}, 'h', REGISTRY)).toBe('column.left');
		// Every list sorts by its columns with s (issue 16; before, s was an Articles key only).
		expect(resolveKey({...list, focus: 'entities'}, 's', REGISTRY)).toBe('sort.column');
		expect(resolveKey({...list, focus: 'entities'}, 't', REGISTRY)).toBe('entities.type');
	});
	it('never binds one key to two commands in the same context', () => {
		const contexts = new Set(BINDINGS.flatMap((b) => b.contexts));
		for (const context of contexts) {
			const seen = new Map<string, string>();
			for (const b of BINDINGS.filter((x) => x.contexts.includes(context))) {
				for (const key of b.keys) {
					expect(seen.get(key) ?? b.command, `${context}: ${key}`).toBe(b.command);
					seen.set(key, b.command);
				}
			}
		}
	});
	it('hints only what works in the current context', () => {
		const hints = (s = initialState()) => hintsFor(s, REGISTRY).map((h) => h.text);
		expect(hints()).toContain('search');
		expect(hints()).not.toContain('export');
		expect(hints({...initialState(), stack: [{kind: 'comparison', id: 's1', column: 0, scroll: 0}]})).toContain('export');
		expect(hints({...initialState(), search: 'x'})).toEqual(['keep filter', 'clear', 'move']);
	});
});

describe('list windowing', () => {
	it('keeps the cursor visible with the smallest scroll and no blank tail', () => {
		fc.assert(
			fc.property(fc.nat(500), fc.nat(600), fc.integer({min: 1, max: 60}), fc.nat(600), (total, cursor, height, offset) => {
				const c = Math.min(cursor, Math.max(0, total - 1));
				const {start, end} = listWindow(total, c, height, offset);
				if (total === 0) return start === 0 && end === 0;
				const visible = c >= start && c < end;
				const full = end - start === Math.min(total, height);
				const minimal = (c >= offset && c < offset + height && offset <= total - height) ? start === offset : true;
				return visible && full && minimal;
			}),
		);
		expect(scrollIntoView(100, 50, 10, 0)).toBe(41);
		expect(scrollIntoView(100, 45, 10, 41)).toBe(41);
		expect(scrollIntoView(100, 40, 10, 41)).toBe(40);
	});
});

describe('reducer', () => {
	const env = (index = sampleIndex(), columns = 100, rows = 30) => createEnv(new Model(index), {columns, rows}, {brackets: true});

	it('applies a sequence of keys, each to the state the previous one left', () => {
		const e = env();
		const {state} = updateKeys(initialState(), ['2', '/', 'o', 'k', 'o', 'n', 'enter', 'enter'], e);
		expect(state.lists.entities.query).toBe('okon');
		expect(state.stack).toEqual([{kind: 'entity', id: 'mara-okonkwo-leiva', cursor: 0}]);
	});

	it('stops at the quit effect and drops the keys after it', () => {
		const {state, effects} = updateKeys(initialState(), ['j', 'q', 'j'], env());
		expect(effects).toEqual([{kind: 'quit'}]);
		expect(state.lists.articles.cursor).toBe(1);
	});

	it('pages by the visible list height and clamps at the ends', () => {
		const e = env(manyArticles(100), 80, 24);
		let s = updateKeys(initialState(), ['pagedown'], e).state;
		expect(s.lists.articles.cursor).toBe(17);
		s = updateKeys(s, ['G', 'j', 'j'], e).state;
		expect(s.lists.articles.cursor).toBe(99);
		expect(s.lists.articles.offset).toBe(83);
		s = updateKeys(s, ['g', 'k'], e).state;
		expect(s.lists.articles).toMatchObject({cursor: 0, offset: 0});
	});

	it('keeps the cursor on screen after a resize', () => {
		const s = updateKeys(initialState(), ['G'], env(manyArticles(100), 80, 40)).state;
		const small = env(manyArticles(100), 80, 12);
		const resized = update(s, {type: 'resize'}, small).state;
		expect(resized.lists.articles.cursor).toBe(99);
		expect(resized.lists.articles.offset).toBe(100 - 5);
	});

	it('asks before an export overwrites and runs it only on yes', () => {
		const e = env();
		const confirm = {question: 'x exists. Overwrite it?', effect: {kind: 'export' as const, statementId: 's1', overwrite: true}};
		const asked = {...initialState(), confirm};
		expect(updateKeys(asked, ['q'], e).effects).toEqual([]);
		expect(updateKeys(asked, ['n'], e).state.confirm).toBeNull();
		expect(updateKeys(asked, ['y'], e).effects).toEqual([confirm.effect]);
	});
});
