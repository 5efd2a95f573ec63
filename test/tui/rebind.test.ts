// The user's keys over the keymap: rebinding, the clashes and mistakes refused (each naming the
// file, the key path and what is allowed), and commands added by a pane becoming rebindable.
import {describe, expect, it} from 'vitest';
import {articlesPane} from '../../src/tui/specs/articles.js';
import {makeRegistry, REGISTRY} from '../../src/tui/specs/registry.js';
import {parseKey} from '../../src/tui/state/key-names.js';
import {hintsFor, resolveKey} from '../../src/tui/state/keymap.js';
import {commandNames, rebind} from '../../src/tui/state/rebind.js';

const FILE = '/home/u/.config/presslens/config.json';
const list = REGISTRY.initialState();
const searching = {...list, search: ''};
const comparison = {...list, focus: 'statements', stack: [{kind: 'comparison', id: 's1', column: 0, scroll: 0}]};

function refused(keys: unknown): string {
	try {
		rebind(REGISTRY, keys, FILE);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`${JSON.stringify(keys)} was accepted`);
}

describe('key names', () => {
	it('reads the spellings a user writes', () => {
		expect(parseKey('j')).toEqual({key: 'j'});
		expect(parseKey('G')).toEqual({key: 'G'});
		expect(parseKey('shift+g')).toEqual({key: 'G'});
		expect(parseKey('Ctrl+N')).toEqual({key: 'ctrl+n'});
		expect(parseKey('Down')).toEqual({key: 'down'});
		expect(parseKey('esc')).toEqual({key: 'escape'});
		expect(parseKey('PgDn')).toEqual({key: 'pagedown'});
		expect(parseKey(' ')).toEqual({key: 'space'});
	});
	it('refuses what the terminal cannot deliver as that key, saying why', () => {
		expect(parseKey('ctrl+i')).toEqual({error: expect.stringContaining('as Tab')});
		expect(parseKey('ctrl+c')).toEqual({error: expect.stringContaining('always quits')});
		expect(parseKey('F13')).toEqual({error: expect.stringContaining('ctrl+LETTER')});
		expect(parseKey('ctrl+alt+x')).toEqual({error: expect.stringContaining('not a key')});
		expect(parseKey('\u0007')).toEqual({error: expect.stringContaining('control character')});
		expect(parseKey(7)).toEqual({error: expect.stringContaining('must be a string')});
	});
});

describe('rebinding', () => {
	it('replaces a command\'s keys everywhere it works, and the help, hints and dispatch follow', () => {
		const {registry, rebound} = rebind(REGISTRY, {'move.down': ['u', 'down', 'ctrl+n']}, FILE);
		expect([...rebound]).toEqual(['move.down']);
		expect(resolveKey(list, 'u', registry)).toBe('move.down');
		expect(resolveKey(list, 'ctrl+n', registry)).toBe('move.down');
		expect(resolveKey(list, 'j', registry)).toBeUndefined();
		expect(resolveKey(comparison, 'u', registry)).toBe('move.down');
		// In the search line a character is typed, so only the other keys move there.
		expect(resolveKey(searching, 'u', registry)).toBeUndefined();
		expect(resolveKey(searching, 'ctrl+n', registry)).toBe('move.down');
		expect(hintsFor(list, registry).find((h) => h.text === 'move')?.keys).toBe('u/k');
		// The default registry is left as it was.
		expect(resolveKey(list, 'j', REGISTRY)).toBe('move.down');
	});

	it('makes a pane\'s own command rebindable from the spec alone', () => {
		const outlets = {...articlesPane, id: 'outlets', label: 'Outlets', key: '4', toggles: [{command: 'outlets.sort', keys: ['o'], description: 'Outlets: sort', hint: {keys: 'o', text: 'sort'}, cycles: 'order' as const}]};
		const registry = makeRegistry([...REGISTRY.panes, outlets]);
		expect(commandNames(registry.bindings)).toContain('outlets.sort');
		const rebound = rebind(registry, {'outlets.sort': ['O'], 'pane.outlets': ['0']}, FILE).registry;
		const state = {...rebound.initialState(), focus: 'outlets'};
		expect(resolveKey(state, 'O', rebound)).toBe('outlets.sort');
		expect(resolveKey(state, '0', rebound)).toBe('pane.outlets');
		expect(hintsFor(state, rebound).find((h) => h.text === 'sort')?.keys).toBe('O');
	});

	it('accepts every command bound to its own default keys: the defaults never clash', () => {
		for (const command of commandNames(REGISTRY.bindings)) {
			const keys = [...new Set(REGISTRY.bindings.filter((b) => b.command === command).flatMap((b) => b.keys))].filter((k) => k !== 'ctrl+c');
			expect(() => rebind(REGISTRY, {[command]: keys}, FILE), command).not.toThrow();
		}
	});
});

describe('mistakes in keys', () => {
	it('refuses a key bound twice where both work, naming the file and both commands', () => {
		const message = refused({'move.down': ['k']});
		expect(message).toContain(FILE);
		expect(message).toContain('keys.move.down');
		expect(message).toContain('"k" is also bound to move.up');
		// Contexts that are active together clash too: every view's moves and the comparison's keys.
		expect(refused({'move.up': ['e', 'up']})).toMatch(/keys\.move\.up: "e" is also bound to comparison\.export \(in comparison\)/);
	});

	it('lets one key mean different things where they never meet', () => {
		// find.next leaves n for move.down (a view's find keys are active with its moves).
		const {registry} = rebind(REGISTRY, {'move.down': ['n'], 'find.next': ['m']}, FILE);
		// n answers no to a question; there it is not a move.
		expect(resolveKey({...list, confirm: {question: 'Replace?', effect: {kind: 'quit'}}}, 'n', registry)).toBe('confirm.no');
	});

	it('refuses an unknown command, suggesting the nearest and listing the commands', () => {
		const message = refused({'list.down': ['j']});
		expect(message).toContain(`${FILE}: keys.list.down: no such command (did you mean move.down?)`);
		expect(message).toContain('app.quit');
	});

	it('refuses unparsable keys, empty lists and printable keys for the search line', () => {
		expect(refused({'move.down': ['ctrl+i']})).toContain('keys.move.down[0]: "ctrl+i" cannot be bound');
		expect(refused({'move.down': []})).toContain('keys.move.down must be a list of one or more keys');
		expect(refused({'search.cancel': ['x']})).toContain('would be typed into the search line');
		expect(refused(['j'])).toContain('"keys" must map command names');
	});

	it('lists every problem at once', () => {
		const message = refused({'list.down': ['j'], 'move.up': ['F99']});
		expect(message).toContain('keys.list.down');
		expect(message).toContain('keys.move.up[0]');
	});
});
