/** One payload of an incremental response (GraphQL incremental delivery as graphql-tools / Yoga send it). */
export interface IncrementalPayload {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  incremental?: { data?: Record<string, unknown> | null; items?: unknown[]; path: (string | number)[];
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] }[];
  hasNext?: boolean;
}

/**
 * POSTs `body` to the gateway asking for `accept` (`multipart/mixed` or `text/event-stream`) and returns the
 * response's status, content type and payloads in the order they arrived (the whole response is read).
 */
export async function postIncremental(url: string, body: Record<string, unknown>, accept: 'multipart/mixed' | 'text/event-stream',
  headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; payloads: IncrementalPayload[] }> {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', accept, ...headers }, body: JSON.stringify(body),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const payloads = contentType.startsWith('multipart/mixed') ? multipartPayloads(text, contentType)
    : contentType.startsWith('text/event-stream') ? ssePayloads(text) : [JSON.parse(text) as IncrementalPayload];
  return { status: response.status, contentType, payloads };
}

/** The JSON parts of a multipart/mixed body (RFC 2046): each part's body after its headers. */
function multipartPayloads(text: string, contentType: string): IncrementalPayload[] {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1] ?? '-';
  return text.split(`--${boundary}`).map((part) => part.split(/\r?\n\r?\n/).slice(1).join('\n\n').trim())
    .filter((json) => json.startsWith('{')).map((json) => JSON.parse(json) as IncrementalPayload);
}

/** The `data:` of each `next` event of a text/event-stream body (GraphQL over SSE, distinct connections mode). */
function ssePayloads(text: string): IncrementalPayload[] {
  return text.split(/\r?\n\r?\n/).filter((event) => /^event: next$/m.test(event))
    .map((event) => JSON.parse(event.split(/\r?\n/).filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n')) as IncrementalPayload);
}
