// Shell completion scripts, written from the table of commands and flags that makes --help
// (table.ts): a command or flag added there is completed without touching this file. What is
// completed: commands, each command's flags and the global ones, a flag's choices (--type
// person), files and folders for file flags and for PATHs, a positional's choices.
import type {Command, Flag, Flags} from './args.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

type AnyCommand = Command<never>;

interface Table {
	commands: readonly AnyCommand[];
	flags: Flags;
	global: readonly string[];
}

export function completionScript(shell: Shell, table: Table): string {
	return shell === 'bash' ? bash(table) : shell === 'zsh' ? zsh(table) : fish(table);
}

const flagsOf = (table: Table, command: AnyCommand | null) => [...(command?.flags ?? []), ...table.global];
const dashed = (names: readonly string[]) => names.map((n) => `--${n}`).join(' ');

function bash(table: Table): string {
	const {commands, flags} = table;
	const values = Object.entries(flags).filter(([, f]) => f.type === 'string');
	const valueCase = values
		.map(([name, f]) => {
			const reply = f.choices ? `COMPREPLY=($(compgen -W "${f.choices.join(' ')}" -- "$cur"))` : f.complete === 'folder' ? 'COMPREPLY=($(compgen -d -- "$cur"))' : f.complete === 'file' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : 'COMPREPLY=()';
			return `\t\t--${name}) ${reply}; return ;;`;
		})
		.join('\n');
	const flagCase = commands.map((c) => `\t\t${c.name}) flags="${dashed(flagsOf(table, c))}" ;;`).join('\n');
	const positionalCase = commands
		.filter((c) => c.positionals?.[0]?.choices)
		.map((c) => `\t\t${c.name}) COMPREPLY=($(compgen -W "${c.positionals![0].choices!.join(' ')}" -- "$cur")); return ;;`)
		.join('\n');
	const noPaths = commands.filter((c) => c.noPaths).map((c) => c.name);
	return `# presslens completion for bash. Load it with
#   eval "$(presslens completion bash)"                      (in ~/.bashrc)
# or save it as ~/.local/share/bash-completion/completions/presslens
_presslens() {
	local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" at=0 i
	for ((i = 1; i < COMP_CWORD; i++)); do
		case "\${COMP_WORDS[i]}" in
			${commands.map((c) => c.name).join('|')}) cmd="\${COMP_WORDS[i]}"; at=$i; break ;;
			-*) ;;
			*) break ;;
		esac
	done
	case "$prev" in
${valueCase}
	esac
	local flags="${dashed(table.global)}"
	case "$cmd" in
${flagCase}
	esac
	if [[ "$cur" == -* ]]; then
		COMPREPLY=($(compgen -W "$flags" -- "$cur"))
		return
	fi
	if [[ -z "$cmd" && $COMP_CWORD -eq 1 ]]; then
		COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')}" -- "$cur") $(compgen -f -- "$cur"))
		return
	fi
	if [[ $((COMP_CWORD - at)) -eq 1 ]]; then
		case "$cmd" in
${positionalCase}
		esac
	fi
	case "$cmd" in
		${noPaths.length ? `${noPaths.join('|')}) COMPREPLY=() ;;` : ''}
		*) COMPREPLY=($(compgen -f -- "$cur")) ;;
	esac
}
complete -o filenames -o bashdefault -F _presslens presslens
`;
}

/** Text inside a zsh single-quoted spec, where ] and : end fields. */
const zshText = (text: string) => text.replace(/([[\]:\\])/g, '\\$1').replace(/'/g, "'\\''");

function zshFlag(name: string, flag: Flag): string {
	const description = `[${zshText(flag.description)}]`;
	if (flag.type === 'boolean') return `'--${name}${description}'`;
	const action = flag.choices ? `(${flag.choices.join(' ')})` : flag.complete === 'folder' ? '_files -/' : flag.complete === 'file' ? '_files' : ' ';
	return `'--${name}=${description}:${zshText(flag.value ?? 'value')}:${action}'`;
}

function zsh(table: Table): string {
	const {commands, flags} = table;
	const specs = (command: AnyCommand | null) => {
		const own = flagsOf(table, command).map((name) => zshFlag(name, flags[name]));
		const positionals = (command?.positionals ?? []).map((p, i) => `'${i + 1}:${zshText(p.name)}:${p.choices ? `(${p.choices.join(' ')})` : ' '}'`);
		return [...own, ...positionals, ...(command?.noPaths ? [] : ["'*:path:_files'"])].join(' ');
	};
	const described = commands.map((c) => `'${zshText(c.name)}:${zshText(c.summary)}'`).join(' ');
	return `#compdef presslens
# presslens completion for zsh. Load it with
#   eval "$(presslens completion zsh)"                       (in ~/.zshrc, after compinit)
# or save it as _presslens in a folder of your $fpath
_presslens() {
	local -a commands=(${described})
	if (( CURRENT == 2 )) && [[ $words[CURRENT] != -* ]]; then
		_describe -t commands command commands
		_files
		return
	fi
	# After a command, its own flags: the command word is then read as the name being completed.
	case $words[2] in
${commands.map((c) => `\t\t${c.name}) shift words; (( CURRENT-- )); _arguments -s ${specs(c)} ;;`).join('\n')}
		*) _arguments -s ${specs(null)} ;;
	esac
}
if [[ $funcstack[1] == _presslens ]]; then _presslens "$@"; else compdef _presslens presslens; fi
`;
}

/** Text inside a fish single-quoted string. */
const fishText = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(table: Table): string {
	const {commands, flags} = table;
	const names = commands.map((c) => c.name).join(' ');
	const lines = commands.map((c) => `complete -c presslens -n 'not __fish_seen_subcommand_from ${names}' -a ${c.name} -d ${fishText(c.summary)}`);
	for (const [name, flag] of Object.entries(flags)) {
		const users = table.global.includes(name) ? [] : commands.filter((c) => c.flags.includes(name)).map((c) => c.name);
		const condition = users.length ? ` -n '__fish_seen_subcommand_from ${users.join(' ')}'` : '';
		const value = flag.type === 'boolean' ? '' : flag.choices ? ` -x -a ${fishText(flag.choices.join(' '))}` : flag.complete ? ' -r -F' : ' -x';
		lines.push(`complete -c presslens${condition} -l ${name}${value} -d ${fishText(flag.description)}`);
	}
	for (const c of commands) {
		const first = c.positionals?.[0];
		if (first?.choices) lines.push(`complete -c presslens -n '__fish_seen_subcommand_from ${c.name}' -x -a ${fishText(first.choices.join(' '))}`);
	}
	return `# presslens completion for fish. Load it with
#   presslens completion fish | source                       (in ~/.config/fish/config.fish)
# or save it as ~/.config/fish/completions/presslens.fish
${lines.join('\n')}
`;
}
