// URLs from articles are untrusted: what the app opens or writes as a link must be a plain web address.

/**
 * An article's URL as something safe to hand to a browser: parsed by the WHATWG parser (which
 * percent-encodes spaces and quotes), http or https only, at most 2,000 characters. Null otherwise:
 * a `javascript:` or `file:` URL, or text that is no URL at all, is never opened.
 */
export function safeUrl(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const text = raw.trim();
	// Controls inside a URL are an attack or damage, not something to clean up and open anyway.
	if (!text || /[\p{Cc}\p{Cf}]/u.test(text)) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (url.username || url.password) return null;
	return url.href.length <= 2000 ? url.href : null;
}
