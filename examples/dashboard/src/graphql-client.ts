import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The name this app is registered under (trusted-documents/partner-dashboard.json). */
export const CLIENT_NAME = 'partner-dashboard';

interface GraphQLError { message: string; path?: (string | number)[]; extensions?: { code?: string } }
export interface Result<T> { data?: T | null; errors?: GraphQLError[] }
interface Payload {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
  incremental?: { data?: Record<string, unknown> | null; items?: unknown[]; path: (string | number)[]; errors?: GraphQLError[] }[];
  hasNext?: boolean;
}

/** The document's registered id: the client preset embeds it as `__meta__.hash` (persistedDocuments: true). */
function documentIdOf(document: TypedDocumentNode<unknown, unknown>): string {
  const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!id) throw new Error('not a registered document: run npm run documents');
  return id;
}

function request(document: TypedDocumentNode<unknown, unknown>, variables: unknown, token: string | null, accept: string,
  signal?: AbortSignal): Promise<Response> {
  return fetch('/graphql', {
    method: 'POST',
    signal,
    headers: {
      'content-type': 'application/json', accept, 'graphql-client-name': CLIENT_NAME, 'x-graphql-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
}

/** Runs a registered query or mutation: one result. */
export async function execute<T, V>(document: TypedDocumentNode<T, V>, variables: V, token: string | null): Promise<Result<T>> {
  const response = await request(document as TypedDocumentNode<unknown, unknown>, variables, token, 'application/graphql-response+json, application/json');
  return response.json() as Promise<Result<T>>;
}

/** Places an incremental part into the result: deferred fields merged at `path`, streamed items appended there. */
function merge(target: Record<string, unknown>, part: NonNullable<Payload['incremental']>[number]): void {
  let node: unknown = target;
  for (const key of part.path) node = (node as Record<string | number, unknown>)[key];
  if (part.items) (node as unknown[]).push(...part.items);
  else if (part.data && node) Object.assign(node as Record<string, unknown>, part.data);
}

/**
 * The JSON bodies of complete multipart/mixed parts in `buffer` (which starts with a line break, so that every
 * boundary follows one: JSON bodies hold no raw line breaks), and what is left of it.
 */
function takeParts(buffer: string): [string[], string] {
  const parts = buffer.split(/\r\n---/);
  const rest = parts.pop() ?? '';
  return [parts.map((part) => part.slice(part.search(/\r?\n\r?\n/) + 1).trim()).filter((body) => body.startsWith('{')), rest];
}

/**
 * Runs a registered query that may use `@defer`/`@stream` over multipart/mixed: `onResult` is called with the whole
 * result so far after every part (first the initial payload, then with each deferred part merged in).
 */
export async function executeIncrementally<T, V>(document: TypedDocumentNode<T, V>, variables: V, token: string,
  onResult: (result: Result<T>, done: boolean) => void): Promise<void> {
  const response = await request(document as TypedDocumentNode<unknown, unknown>, variables, token, 'multipart/mixed, application/json');
  if (!response.headers.get('content-type')?.startsWith('multipart/mixed')) {
    onResult(await response.json() as Result<T>, true);
    return;
  }
  const result: Result<Record<string, unknown>> = {};
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '\r\n';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    let bodies: string[];
    [bodies, buffer] = takeParts(buffer + value);
    buffer = `\r\n---${buffer}`;
    for (const body of bodies) {
      const payload = JSON.parse(body) as Payload;
      if (payload.data !== undefined) result.data = payload.data;
      if (payload.errors) result.errors = [...(result.errors ?? []), ...payload.errors];
      for (const part of payload.incremental ?? []) {
        if (result.data) merge(result.data, part);
        if (part.errors) result.errors = [...(result.errors ?? []), ...part.errors];
      }
      onResult(result as Result<T>, payload.hasNext === false);
    }
  }
}

/**
 * Follows a registered subscription over Server-Sent Events and keeps following it: when the stream ends or the
 * connection drops, it subscribes again after a pause with `after` set to the last event id it saw, so that the
 * gateway replays what was missed (DESIGN "Events": events have increasing ids for resume). `onStatus` reports
 * whether the stream is connected. Returns a function that stops it.
 */
export function follow<T, V extends { after?: string | null }>(document: TypedDocumentNode<T, V>, token: string,
  eventIdOf: (data: T) => string | undefined, onEvent: (data: T) => void, onStatus: (live: boolean) => void): () => void {
  const stop = new AbortController();
  let after: string | null = null;
  const seen = new Set<string>();
  const run = async () => {
    while (!stop.signal.aborted) {
      try {
        const response = await request(document as TypedDocumentNode<unknown, unknown>, { after }, token, 'text/event-stream', stop.signal);
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        onStatus(true);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const events = (buffer + value).split(/\r?\n\r?\n/);
          buffer = events.pop() ?? '';
          for (const event of events) {
            if (!/^event: next$/m.test(event)) continue;
            const data = event.split(/\r?\n/).filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
            const result = JSON.parse(data) as Result<T>;
            if (!result.data) continue;
            const id = eventIdOf(result.data);
            if (id !== undefined && seen.has(id)) continue; // delivered before the reconnect
            if (id !== undefined) seen.add(id);
            after = id ?? after;
            onEvent(result.data);
          }
        }
      } catch {
        // dropped: try again below
      }
      onStatus(false);
      if (!stop.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  void run();
  return () => stop.abort();
}
