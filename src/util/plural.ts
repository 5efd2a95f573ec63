// Counts in words: "1 rendering", "2 renderings", "1,204 articles".

/** `count` and the noun in the number it takes, the count grouped by thousands. */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
