import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

type Decoder = (body: Buffer, options: zlib.ZlibOptions | zlib.BrotliOptions) => Promise<Buffer>;

/** The request Content-Encodings the gateway decodes (RFC 9110 §8.4.1); `identity` means none. */
const DECODERS: Record<string, Decoder> = {
  gzip: promisify(zlib.gunzip) as Decoder,
  'x-gzip': promisify(zlib.gunzip) as Decoder,
  deflate: promisify(zlib.inflate) as Decoder,
  br: promisify(zlib.brotliDecompress) as Decoder,
};
export const SUPPORTED_CONTENT_ENCODINGS = ['gzip', 'deflate', 'br'];

/** A GraphQL-shaped refusal of the HTTP layer: `{ errors: [{ message, extensions: { code, reason } }] }`. */
function refusal(fetchAPI: { Response: typeof Response }, status: number, code: string, reason: string, message: string,
  headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, reason } }] }), {
    status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** The codings of a Content-Encoding header in the order they were applied, `identity` left out. */
function codingsOf(header: string): string[] {
  return header.split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding && coding !== 'identity');
}

/**
 * Decodes the body of a request sent with `Content-Encoding: gzip | deflate | br` (several, comma-separated, are
 * undone last first) before the GraphQL request is parsed; the runtime itself would read the compressed bytes as
 * JSON. Bounded: the decoded body may not exceed `maxBodyBytes` (the limit on a plain body), so a small
 * compressed body cannot inflate without end. Refusals are answered here, GraphQL-shaped and never logged:
 * - an encoding not in SUPPORTED_CONTENT_ENCODINGS: 415 BAD_REQUEST / UNSUPPORTED_CONTENT_ENCODING;
 * - a body that does not decode as its encoding says: 400 BAD_REQUEST / MALFORMED_BODY;
 * - a decoded body over the limit: 413 PAYLOAD_TOO_LARGE.
 */
export function useRequestEncoding(maxBodyBytes: number): GatewayPlugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      const header = request.headers.get('content-encoding');
      if (!header || request.method === 'GET' || request.method === 'HEAD') return;
      const codings = codingsOf(header);
      if (!codings.length) return;
      const unknown = codings.find((coding) => !DECODERS[coding]);
      if (unknown) {
        endResponse(refusal(fetchAPI, 415, 'BAD_REQUEST', 'UNSUPPORTED_CONTENT_ENCODING',
          `Content-Encoding "${unknown.slice(0, 40)}" is not supported: send the body as is, or as ${SUPPORTED_CONTENT_ENCODINGS.join(', ')}.`,
          { 'accept-encoding': SUPPORTED_CONTENT_ENCODINGS.join(', ') }));
        return;
      }
      let body: Buffer = Buffer.from(await request.arrayBuffer());
      for (const coding of [...codings].reverse()) {
        try {
          body = await DECODERS[coding](body, { maxOutputLength: maxBodyBytes });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
            endResponse(refusal(fetchAPI, 413, 'PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', `The decoded request body is larger than ${maxBodyBytes} bytes.`));
          } else {
            endResponse(refusal(fetchAPI, 400, 'BAD_REQUEST', 'MALFORMED_BODY', `The request body is not valid ${coding} data.`));
          }
          return;
        }
      }
      const headers = new fetchAPI.Headers(request.headers);
      headers.delete('content-encoding');
      headers.set('content-length', String(body.byteLength));
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers, body: new Uint8Array(body), signal: request.signal }));
    },
  };
}

/** Bodies for the statuses graphql-yoga answers without one (415: a Content-Type it cannot parse; 406: an Accept it cannot serve). */
const BODILESS_REFUSALS: Record<number, { reason: string; message: string }> = {
  415: { reason: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request as application/json (or application/graphql, or a GET with a query string).' },
  406: { reason: 'NOT_ACCEPTABLE', message: 'Accept application/graphql-response+json, application/json, text/event-stream or multipart/mixed.' },
};

/** The 406 of an operation with several results (`@defer`, `@stream`, a subscription) under a single-result Accept. */
const SEVERAL_RESULTS_REFUSAL = {
  reason: 'NOT_ACCEPTABLE',
  message: 'This operation delivers its result in several parts (@defer, @stream or a subscription): Accept multipart/mixed or text/event-stream.',
};

/**
 * Every refusal at `/graphql` is GraphQL-shaped: graphql-yoga's bodiless 415 and 406 get
 * `{ errors: [{ message, extensions: { code: BAD_REQUEST, reason } }] }`. A 406 for an operation whose result is
 * incremental (graphql-yoga's regular result processor refuses an async iterable) names the media types that carry
 * it, `multipart/mixed` and `text/event-stream`, in its message and its `Accept` header.
 */
export function useShapedRefusals(graphqlPath: string): GatewayPlugin {
  const incremental = new WeakSet<Request>();
  return {
    onResultProcess({ request, result }) {
      if (result && typeof result === 'object' && Symbol.asyncIterator in result) incremental.add(request);
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const severalResults = response.status === 406 && incremental.has(request);
      const refusal = severalResults ? SEVERAL_RESULTS_REFUSAL : BODILESS_REFUSALS[response.status];
      if (!refusal || response.headers.get('content-type')?.includes('json') || new URL(request.url).pathname !== graphqlPath) return;
      setResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: 'BAD_REQUEST', reason: refusal.reason } }] }), {
        status: response.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...(severalResults ? { accept: 'multipart/mixed, text/event-stream' } : {}) },
      }));
    },
  };
}
