import { GraphQLJSONObject } from 'graphql-scalars';
import { sqlList } from '../../kit/loaders.js';
import { keysetConnection } from '../../kit/pagination.js';
import { activityFilterOf, activityList } from '../activity-log.js';
import type { QueryActivityLogArgs, Resolvers } from '../generated/resolvers.js';
import type { ActivityRecord } from '../model/activity.js';
import { namedOrganization, partnerCallerOf, userRef, type Context } from './common.js';

/** P-23: the organization's activity log (issue 18 §3); the shield admits global admins, RLS the organization's rows. */
export function activityResolvers() {
  return {
    JSONObject: GraphQLJSONObject,
    Query: {
      activityLog: (_: unknown, args: QueryActivityLogArgs, ctx: Context) =>
        keysetConnection(args,
          sqlList(ctx.db, { ...activityList(partnerCallerOf(ctx).partnerId, activityFilterOf(args.filter)), nodes: ctx.loaders.activity })),
    },
    ActivityLogEntry: {
      actor: (record: ActivityRecord) => ({
        kind: record.actorKind, userId: record.actorUserId, partnerId: record.actorPartnerId,
        user: record.actorKind === 'PARTNER_USER' ? userRef(record.actorUserId) : null,
      }),
      target: (record: ActivityRecord) => ({ type: record.targetType, id: record.targetId, name: record.targetName }),
      organization: (record: ActivityRecord, _: unknown, ctx: Context) => namedOrganization(record.partnerId, ctx),
    },
  } satisfies Resolvers;
}
