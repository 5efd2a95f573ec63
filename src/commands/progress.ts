// Progress on stderr for the non-interactive commands, only when a person is watching. One line,
// redrawn in place; anything else written to stderr clears it first (clearProgressLine), so a
// warning or an error never runs on after "indexing 120/300".

let drawnOn: NodeJS.WritableStream | undefined;

/** Clears the progress line if one is drawn. */
export function clearProgressLine(): void {
	drawnOn?.write('\r\x1b[2K');
	drawnOn = undefined;
}

/** `update` may name what is being done anew ("updating the saved index: …"): the label from then on. */
export function stderrProgress(label: string, stream: NodeJS.WritableStream & {isTTY?: boolean} = process.stderr): {update: (done: number, total: number, relabel?: string) => void; done: () => void} {
	const tty = Boolean(stream.isTTY);
	const started = Date.now();
	let last = 0;
	return {
		update(done, total, relabel) {
			const now = Date.now();
			if (relabel !== undefined && relabel !== label) {
				label = relabel;
				last = 0;
			}
			if (!tty || (now - last < 100 && done < total)) return;
			last = now;
			const rate = done / Math.max(0.001, (now - started) / 1000);
			const left = rate > 0 && total > done ? ` ~${Math.ceil((total - done) / rate)}s left` : '';
			stream.write(`\r\x1b[2K${label} ${done}/${total} (${Math.round(rate)}/s)${left}`);
			drawnOn = stream;
		},
		done() {
			if (drawnOn === stream) clearProgressLine();
		},
	};
}
