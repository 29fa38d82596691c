import { waitFor } from './partners.js';
import type { GraphQLResponse, TestStack } from './stack.js';

/** The fields of an activity log entry the tests read (schema/partners.graphql `ActivityLogEntry`). */
export interface Entry {
  id: string;
  occurredAt: string;
  operation: string;
  actor: { kind: string; userId: string | null; partnerId: string | null; user: { id: string; displayName: string } | null };
  target: { type: string; id: string; name: string | null };
  customerId: string | null;
  organization: { id: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export const ENTRY_FIELDS = `id occurredAt operation actor { kind userId partnerId user { id displayName } }
  target { type id name } customerId organization { id } before after`;

export const ACTIVITY_LOG = `query ($first: Int, $after: String, $filter: ActivityLogFilter) {
  activityLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY_FIELDS} } } } }`;

export type ActivityPage = {
  activityLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Entry }[] };
};

/** One page of the caller's activity log through the gateway. */
export function activityPage(stack: TestStack, token: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<ActivityPage>> {
  return stack.query<ActivityPage>(ACTIVITY_LOG, { token, variables: { first: 100, ...variables } });
}

/** Every entry of the caller's log matching `filter`, page after page, newest first. */
export async function allEntries(stack: TestStack, token: string, filter: Record<string, unknown> = {}, first = 100): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let after: string | null = null; ;) {
    const page = await activityPage(stack, token, { first, after, filter });
    if (page.errors) throw new Error(JSON.stringify(page.errors));
    entries.push(...page.data!.activityLog.edges.map((edge) => edge.node));
    if (!page.data!.activityLog.pageInfo.hasNextPage) return entries;
    after = page.data!.activityLog.pageInfo.endCursor;
  }
}

/** The entries of `operation` on `targetId`, once the log has read the event that records it (the feed follows the outboxes). */
export function entriesOf(stack: TestStack, token: string, operation: string, targetId: string, count = 1): Promise<Entry[]> {
  return waitFor(async () => {
    const entries = (await allEntries(stack, token, { operation })).filter((entry) => entry.target.id === targetId);
    return entries.length >= count ? entries : null;
  }, `${operation} of ${targetId} in the activity log`);
}

/** GET of the activity export through the gateway (`url` is the gateway's /graphql URL). */
export function exportActivity(gatewayUrl: string, token: string | null, query: Record<string, string> = {}): Promise<Response> {
  const url = new URL('/exports/activity.csv', gatewayUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
