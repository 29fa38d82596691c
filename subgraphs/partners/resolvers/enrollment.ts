import { holds } from '../../kit/authorization.js';
import { DomainError } from '../../kit/errors.js';
import { actorOf } from '../../kit/events.js';
import { sendAfterCommit } from '../../kit/mail.js';
import type { PartnersDeps } from '../deps.js';
import { vettingOf } from '../domain/enrollment.js';
import type {
  MutationAppealEnrollmentArgs, MutationLinkPartnerMembershipAccountArgs, MutationSaveEnrollmentDetailsArgs,
  MutationSelectOrganizationProfileArgs, MutationStartEnrollmentArgs, MutationSubmitEnrollmentArgs,
  MutationVerifyPrimaryContactEmailArgs, RequireFields, Resolvers,
} from '../generated/resolvers.js';
import type { Enrollment } from '../model/enrollment.js';
import {
  appealEnrollment, cancelEnrollment, linkPartnerMembershipAccount, saveEnrollmentDetails, selectOrganizationProfile, startEnrollment,
} from '../services/enrollment.js';
import { resendPrimaryContactVerification, submitEnrollment, verifyPrimaryContactEmail } from '../services/verification.js';
import { grants } from '../permissions.js';
import { enrollmentVisibleTo, visibleEnrollment } from '../visibility.js';
import { callerOf, userRef, type Context } from './common.js';

/**
 * With no application yet, the answer (none) is for whoever could start one — the global admin of a work account
 * that is not a partner yet — and for the P-03 roles; anyone else is refused as on any row they hold no role
 * for, rather than told whether an application exists.
 */
function mayStartEnrollment(ctx: Context): boolean {
  const principal = ctx.principal;
  if (!principal) return false;
  if (!principal.partnerId) return principal.tenantGlobalAdmin;
  return holds(principal, grants.enrollmentReaders);
}

/** §3.1 steps of the creator: thin wrappers, one transaction each, mail after commit. */
export function enrollmentResolvers(deps: PartnersDeps) {
  return {
    Query: {
      async myEnrollment(_: unknown, __: unknown, ctx: Context) {
        const enrollment = await ctx.loaders.latestEnrollment.load(callerOf(ctx).tenantId);
        if (!(enrollment ? enrollmentVisibleTo(enrollment, ctx.principal) : mayStartEnrollment(ctx))) throw new DomainError('NOT_AUTHORISED');
        return enrollment;
      },
    },
    Mutation: {
      startEnrollment: (_: unknown, args: RequireFields<MutationStartEnrollmentArgs, 'program'>, ctx: Context) =>
        ctx.db.transaction((tx) => startEnrollment(tx, callerOf(ctx), args.program, deps)),
      linkPartnerMembershipAccount: (_: unknown, args: MutationLinkPartnerMembershipAccountArgs, ctx: Context) =>
        ctx.db.transaction((tx) => linkPartnerMembershipAccount(tx, callerOf(ctx), args, deps)),
      selectOrganizationProfile: (_: unknown, args: MutationSelectOrganizationProfileArgs, ctx: Context) =>
        ctx.db.transaction((tx) => selectOrganizationProfile(tx, callerOf(ctx), args.mpnId, deps)),
      saveEnrollmentDetails: (_: unknown, args: MutationSaveEnrollmentDetailsArgs, ctx: Context) =>
        ctx.db.transaction((tx) => saveEnrollmentDetails(tx, callerOf(ctx), args.input, deps)),
      async submitEnrollment(_: unknown, args: MutationSubmitEnrollmentArgs, ctx: Context) {
        const { result, mail } = await ctx.db.transaction((tx) => submitEnrollment(tx, callerOf(ctx), args.supportProfile, deps));
        await sendAfterCommit(deps.mailer, mail, ctx.logger);
        return result;
      },
      async resendPrimaryContactVerification(_: unknown, __: unknown, ctx: Context) {
        const { result, mail } = await ctx.db.transaction((tx) => resendPrimaryContactVerification(tx, callerOf(ctx), deps));
        await sendAfterCommit(deps.mailer, mail, ctx.logger);
        return result;
      },
      verifyPrimaryContactEmail: (_: unknown, args: MutationVerifyPrimaryContactEmailArgs, ctx: Context) =>
        ctx.db.transaction((tx) => verifyPrimaryContactEmail(tx, args.token, actorOf(ctx.principal), deps)),
      cancelEnrollment: (_: unknown, __: unknown, ctx: Context) =>
        ctx.db.transaction((tx) => cancelEnrollment(tx, callerOf(ctx), deps)),
      appealEnrollment: (_: unknown, args: MutationAppealEnrollmentArgs, ctx: Context) =>
        ctx.db.transaction((tx) => appealEnrollment(tx, callerOf(ctx), args, deps)),
    },
    EnrollmentApplication: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleEnrollment(ref.id, ctx),
      createdBy: (enrollment: Enrollment) => userRef(enrollment.createdBy),
      vettingStatus: (enrollment: Enrollment) => vettingOf(enrollment.status).vettingStatus,
      vettingSubStatus: (enrollment: Enrollment) => vettingOf(enrollment.status).vettingSubStatus,
      candidateOrgProfiles: (enrollment: Enrollment) => enrollment.candidateProfiles,
      legalBusinessProfile: (enrollment: Enrollment) => (enrollment.legalBusinessProfile
        ? { ...enrollment.legalBusinessProfile, ...vettingOf(enrollment.status) } : null),
    },
  } satisfies Resolvers;
}
