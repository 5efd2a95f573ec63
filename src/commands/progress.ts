// Progress on stderr for the non-interactive commands, only when a person is watching.
export function stderrProgress(label: string): {update: (done: number, total: number) => void; done: () => void} {
	const tty = Boolean(process.stderr.isTTY);
	const started = Date.now();
	let last = 0;
	return {
		update(done, total) {
			const now = Date.now();
			if (!tty || (now - last < 100 && done < total)) return;
			last = now;
			const rate = done / Math.max(0.001, (now - started) / 1000);
			const left = rate > 0 && total > done ? ` ~${Math.ceil((total - done) / rate)}s left` : '';
			process.stderr.write(`\r\x1b[2K${label} ${done}/${total} (${Math.round(rate)}/s)${left}`);
		},
		done() {
			if (tty && last) process.stderr.write('\r\x1b[2K');
		},
	};
}
