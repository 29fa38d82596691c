import { DomainError } from '../../kit/errors.js';
import { actorOf } from '../../kit/events.js';
import { sendAfterCommit, type PartnersRuntime } from '../deps.js';
import type { EnrollmentDetailsInput } from './types.js';
import type { SupportProfileInput } from '../domain/details.js';
import { vettingOf } from '../domain/enrollment.js';
import type { Enrollment } from '../model/enrollment.js';
import type { PartnerType } from '../model/organization.js';
import {
  appealEnrollment, cancelEnrollment, linkPartnerMembershipAccount, saveEnrollmentDetails, selectOrganizationProfile, startEnrollment,
} from '../services/enrollment.js';
import { latestEnrollment } from '../services/enrollment-store.js';
import { resendPrimaryContactVerification, submitEnrollment, verifyPrimaryContactEmail } from '../services/verification.js';
import { EnrollmentEntity } from '../model/enrollment.js';
import { callerOf, userRef, type Context } from './common.js';

const ENROLLMENT_READERS = new Set(['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN']);

/** Its creator always; once the organization exists in the caller's token, the P-03 roles of that organization. */
export function canReadEnrollment(enrollment: Enrollment, ctx: Context): boolean {
  const principal = ctx.principal;
  if (!principal || principal.tenantId !== enrollment.tenantId) return false;
  if (enrollment.createdBy === principal.userId) return true;
  return principal.partnerId === enrollment.tenantId
    && (ENROLLMENT_READERS.has(principal.agentRole) || ENROLLMENT_READERS.has(principal.adminRole));
}

/**
 * With no application yet, the answer (none) is for whoever could start one — the global admin of a work account
 * that is not a partner yet — and for the P-03 roles; anyone else is refused as on any row they hold no role
 * for, rather than told whether an application exists.
 */
function mayStartEnrollment(ctx: Context): boolean {
  const principal = ctx.principal;
  if (!principal) return false;
  if (!principal.partnerId) return principal.tenantGlobalAdmin;
  return ENROLLMENT_READERS.has(principal.agentRole) || ENROLLMENT_READERS.has(principal.adminRole);
}

/** §3.1 steps of the creator: thin wrappers, one transaction each, mail after commit. */
export function enrollmentResolvers(runtime: PartnersRuntime) {
  return {
    Query: {
      async myEnrollment(_: unknown, __: unknown, ctx: Context) {
        const enrollment = await ctx.db.transaction((tx) => latestEnrollment(tx, callerOf(ctx).tenantId));
        if (!(enrollment ? canReadEnrollment(enrollment, ctx) : mayStartEnrollment(ctx))) throw new DomainError('NOT_AUTHORISED');
        return enrollment;
      },
    },
    Mutation: {
      startEnrollment: (_: unknown, args: { program: PartnerType }, ctx: Context) =>
        ctx.db.transaction((tx) => startEnrollment(tx, callerOf(ctx), args.program, runtime)),
      linkPartnerMembershipAccount: (_: unknown, args: { userName: string; password: string }, ctx: Context) =>
        ctx.db.transaction((tx) => linkPartnerMembershipAccount(tx, callerOf(ctx), args, runtime)),
      selectOrganizationProfile: (_: unknown, args: { mpnId: string }, ctx: Context) =>
        ctx.db.transaction((tx) => selectOrganizationProfile(tx, callerOf(ctx), args.mpnId, runtime)),
      saveEnrollmentDetails: (_: unknown, args: { input: EnrollmentDetailsInput }, ctx: Context) =>
        ctx.db.transaction((tx) => saveEnrollmentDetails(tx, callerOf(ctx), args.input, runtime)),
      async submitEnrollment(_: unknown, args: { supportProfile?: SupportProfileInput | null }, ctx: Context) {
        const { result, mail } = await ctx.db.transaction((tx) => submitEnrollment(tx, callerOf(ctx), args.supportProfile, runtime));
        await sendAfterCommit(runtime.mailer, mail, ctx.logger);
        return result;
      },
      async resendPrimaryContactVerification(_: unknown, __: unknown, ctx: Context) {
        const { result, mail } = await ctx.db.transaction((tx) => resendPrimaryContactVerification(tx, callerOf(ctx), runtime));
        await sendAfterCommit(runtime.mailer, mail, ctx.logger);
        return result;
      },
      verifyPrimaryContactEmail: (_: unknown, args: { token: string }, ctx: Context) =>
        ctx.db.transaction((tx) => verifyPrimaryContactEmail(tx, args.token, actorOf(ctx.principal), runtime)),
      cancelEnrollment: (_: unknown, __: unknown, ctx: Context) =>
        ctx.db.transaction((tx) => cancelEnrollment(tx, callerOf(ctx), runtime)),
      appealEnrollment: (_: unknown, args: { comment: string; documents?: string[] | null }, ctx: Context) =>
        ctx.db.transaction((tx) => appealEnrollment(tx, callerOf(ctx), args, runtime)),
    },
    EnrollmentApplication: {
      async __resolveReference(ref: { id: string }, ctx: Context) {
        const enrollment = await ctx.db.transaction((tx) => tx.getRepository(EnrollmentEntity).findOneBy({ id: ref.id }));
        return enrollment && canReadEnrollment(enrollment, ctx) ? enrollment : null;
      },
      createdBy: (enrollment: Enrollment) => userRef(enrollment.createdBy),
      vettingStatus: (enrollment: Enrollment) => vettingOf(enrollment.status).vettingStatus,
      vettingSubStatus: (enrollment: Enrollment) => vettingOf(enrollment.status).vettingSubStatus,
      candidateOrgProfiles: (enrollment: Enrollment) => enrollment.candidateProfiles,
      legalBusinessProfile: (enrollment: Enrollment) => (enrollment.legalBusinessProfile
        ? { ...enrollment.legalBusinessProfile, ...vettingOf(enrollment.status) } : null),
    },
  };
}
