import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GatewayConfig } from '@graphql-hive/gateway-runtime';
import type { TrustedDocumentsSettings } from '../platform/gateway-config.js';
import type { Logger } from '../platform/logger.js';
import { REQUEST_ERROR_HTTP } from './request-errors.js';

/** The header a frontend app names itself with (Apollo Router and Hive Gateway client identification). */
export const CLIENT_NAME_HEADER = 'graphql-client-name';

/** One app's manifest: document id (sha256 hash of the document, GraphQL Code Generator client preset) → document. */
export type TrustedDocumentManifest = Record<string, string>;

export type { TrustedDocumentsSettings };

function asManifest(value: unknown, origin: string): TrustedDocumentManifest {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${origin}: a manifest is an object { hash: document }`);
  for (const [hash, document] of Object.entries(value)) {
    if (typeof document !== 'string') throw new Error(`${origin}: the document of ${hash} is not a string`);
  }
  return value as TrustedDocumentManifest;
}

async function readManifests(settings: TrustedDocumentsSettings): Promise<Map<string, TrustedDocumentManifest>> {
  const manifests = new Map<string, TrustedDocumentManifest>();
  if (settings.dir) {
    for (const file of (await readdir(settings.dir)).filter((name) => name.endsWith('.json')).sort()) {
      const origin = path.join(settings.dir, file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(origin, 'utf8'));
      } catch (error) {
        throw new Error(`${origin}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      manifests.set(file.slice(0, -'.json'.length), asManifest(parsed, origin));
    }
  }
  if (settings.url) {
    const response = await fetch(settings.url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${settings.url}: HTTP ${response.status}`);
    const body = await response.json() as Record<string, unknown>;
    for (const [client, manifest] of Object.entries(body)) manifests.set(client, asManifest(manifest, `${settings.url} ${client}`));
  }
  return manifests;
}

/**
 * The registered apps and their documents, read from `settings` at `start()` (which throws when they cannot be
 * read) and again every `reloadMs`; a reload that fails keeps the documents already loaded and is logged at warn
 * level once per distinct failure (a corrupt file is reported when it becomes corrupt, or changes and is still
 * corrupt, not on every cycle), and a successful read after a failure is logged once at info level.
 */
export class TrustedDocuments {
  private manifests = new Map<string, TrustedDocumentManifest>();
  private timer: NodeJS.Timeout | undefined;
  /** the message of the failure last logged, until a read succeeds again */
  private lastFailure: string | undefined;

  constructor(readonly settings: TrustedDocumentsSettings, private readonly logger: Logger) {}

  /** Reads the manifests now (throws when they cannot be read or are not `{ hash: document }` objects). */
  async reload(): Promise<void> {
    this.manifests = await readManifests(this.settings);
  }

  /** First read (errors propagate), then a read every `reloadMs` until `stop()`. */
  async start(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => { void this.reloadCycle(); }, this.settings.reloadMs);
    this.timer.unref();
  }

  /**
   * One background reload: never throws; a failure keeps the documents already loaded and is logged (warn) only
   * when its message differs from the failure logged last (the message names the file and the parse position).
   */
  async reloadCycle(): Promise<void> {
    try {
      await this.reload();
      if (this.lastFailure !== undefined) this.logger.info('trusted documents: manifests read again');
      this.lastFailure = undefined;
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      if (message === this.lastFailure) return;
      this.lastFailure = message;
      this.logger.warn({ err: error }, 'trusted documents: reload failed, keeping the last ones');
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Whether `client` has a manifest. */
  isRegistered(client: string): boolean {
    return this.manifests.has(client);
  }

  /**
   * The document `id` of `client`'s manifest; without a registered client, of any manifest. An APQ hash (64 hex
   * digits) also finds the client preset's `sha256:<hash>` key.
   */
  document(id: string, client: string | null): string | undefined {
    const keys = /^[0-9a-f]{64}$/.test(id) ? [id, `sha256:${id}`] : [id];
    const manifests = client !== null && this.manifests.has(client) ? [this.manifests.get(client)!] : [...this.manifests.values()];
    for (const manifest of manifests) {
      for (const key of keys) if (Object.hasOwn(manifest, key)) return manifest[key];
    }
    return undefined;
  }

  /** Whether a request naming `client` (null: none) may send a document as text. */
  mayRunFreeText(client: string | null): boolean {
    if (client === null) return true; // analysts: ad-hoc operations under the query limits
    if (this.isRegistered(client)) return false;
    return !this.settings.requireForNamedClients;
  }
}

/**
 * The client a request names in `graphql-client-name`, or null. An operation over graphql-ws reaches the plugin
 * without an HTTP request (the runtime passes none): it names no client, like an analyst's request.
 */
const clientOf = (request: Request | undefined): string | null => request?.headers?.get(CLIENT_NAME_HEADER)?.trim() || null;

/**
 * The runtime's `persistedDocuments` option (Hive Gateway, @graphql-yoga/plugin-persisted-operations) over
 * `documents`: the id comes as `documentId` (body or query string) or as APQ `extensions.persistedQuery.sha256Hash`
 * (the runtime's extractor); a registered app finds only its own documents (else PERSISTED_QUERY_NOT_FOUND) and may
 * not send text (PERSISTED_QUERY_NOT_ALLOWED); a request naming no client may send text.
 */
export function persistedDocumentsOption(documents: TrustedDocuments): NonNullable<GatewayConfig<Record<string, unknown>>['persistedDocuments']> {
  return {
    getPersistedOperation: (id, request) => documents.document(id, clientOf(request)) ?? null,
    allowArbitraryDocuments: (request) => documents.mayRunFreeText(clientOf(request)),
    customErrors: {
      notFound: {
        message: 'No registered document has this id for this client.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: REQUEST_ERROR_HTTP },
      },
      persistedQueryOnly: {
        message: `This client (${CLIENT_NAME_HEADER}) may run only its registered documents: send documentId instead of the text.`,
        extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: REQUEST_ERROR_HTTP },
      },
      keyNotFound: {
        message: 'Send the operation as `query`, or a registered document as `documentId`.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: REQUEST_ERROR_HTTP },
      },
    },
  };
}
