import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { projectRoot } from '../../platform/config.js';
import { publicSchema } from '../../scripts/schema-release.js';
import {
  ACTIVITY_OPERATIONS, activityEntryOf, isClassified, type ActivitySource, type Producer,
} from '../../subgraphs/partners/domain/activity.js';

/** Issue 18 §3: what each event of the three outboxes becomes in the activity log (pure mapping, no database). */

const source = (producer: Producer, type: string, payload: Record<string, unknown>): ActivitySource =>
  ({ producer, type, aggregateId: '00000000-0000-4000-8000-000000000001', payload });

/** The event types of docs/events.md ("Event types"), by producer. */
async function documentedEventTypes(): Promise<[Producer, string][]> {
  const text = await readFile(path.join(projectRoot, 'docs/events.md'), 'utf8');
  const table = text.slice(text.indexOf('## Event types'), text.indexOf('## What the activity log added'));
  return [...table.matchAll(/^\| (identity|partners|customers) \| (.+) \|$/gm)]
    .flatMap(([, producer, types]) => [...types.matchAll(/`(\w+)`/g)].map(([, type]) => [producer as Producer, type] as [Producer, string]));
}

describe('the activity log\'s mapping of events (issue 18 §3)', () => {
  it('classifies every event type docs/events.md lists: logged, or not logged with its reason', async () => {
    const types = await documentedEventTypes();
    expect(types.length).toBeGreaterThan(25);
    expect(types.filter(([producer, type]) => !isClassified(producer, type))).toEqual([]);
  });

  it('names its operations exactly as the schema\'s ActivityOperation enum does', async () => {
    const schema = buildSchema(await publicSchema());
    const values = (schema.getType('ActivityOperation') as GraphQLEnumType).getValues().map((value) => value.name);
    expect(values).toEqual([...ACTIVITY_OPERATIONS]);
  });

  it('P-21, P-22: a contact request is logged when sent, declined or expired; INVITED is the invitation\'s own entry', () => {
    const request = { id: '00000000-0000-4000-8000-0000000000c1', providerId: 'p', resellerId: 'r', state: 'OPEN', invitationId: null };
    expect(activityEntryOf(source('partners', 'ProviderContactRequested', { request }))).toMatchObject({
      operation: 'REQUEST_PROVIDER_CONTACT', target: { type: 'ProviderContactRequest', id: request.id }, before: null, after: request,
    });
    const declined = { ...request, state: 'DECLINED' };
    expect(activityEntryOf(source('partners', 'ProviderContactRequestChanged', { state: 'DECLINED', request: declined, before: request })))
      .toMatchObject({ operation: 'DECLINE_PROVIDER_CONTACT', before: request, after: declined });
    expect(activityEntryOf(source('partners', 'ProviderContactRequestChanged', { state: 'INVITED', request: { ...request, state: 'INVITED' } })))
      .toBeNull();
  });

  it('issue 14: the reviewer\'s suspension names the status before and after; ending every session is logged, one sign-out is not', () => {
    const organization = { id: '00000000-0000-4000-8000-0000000000d1', companyName: 'Contoso S.r.l.', programStatus: 'SUSPENDED' };
    expect(activityEntryOf(source('partners', 'PartnerOrganizationSuspended', {
      organization, before: { ...organization, programStatus: 'ACTIVE' }, reason: 'unpaid invoices',
    }))).toMatchObject({ operation: 'SUSPEND_PARTNER_ORGANIZATION', target: { name: 'Contoso S.r.l.' },
      before: { programStatus: 'ACTIVE' }, after: { programStatus: 'SUSPENDED', reason: 'unpaid invoices' } });
    const user = { id: '00000000-0000-4000-8000-0000000000aa', email: 'luca@contoso.it' };
    expect(activityEntryOf(source('identity', 'PartnerUserSignedOutEverywhere', { user, before: user })))
      .toMatchObject({ operation: 'SIGN_OUT_ALL_SESSIONS', target: { type: 'PartnerUser', id: user.id } });
    expect(activityEntryOf(source('identity', 'SessionRevoked', { session: { id: 's' } }))).toBeNull();
  });

  it('§3.4: a role change keeps the user before and after, named by its user principal name', () => {
    const user = { id: '00000000-0000-4000-8000-0000000000aa', email: 'luca@contoso.it', agentRole: 'HELPDESK_AGENT' };
    expect(activityEntryOf(source('identity', 'PartnerUserRolesChanged', { user, before: { ...user, agentRole: 'NONE' } }))).toEqual({
      operation: 'SET_PARTNER_USER_ROLES', target: { type: 'PartnerUser', id: user.id, name: 'luca@contoso.it' }, customerId: null,
      before: { ...user, agentRole: 'NONE' }, after: user,
    });
  });

  it('one change, one entry: an order line\'s provisioning and an accepted invitation\'s state are not entries of their own', () => {
    const subscription = { id: '00000000-0000-4000-8000-0000000000bb', customerId: '00000000-0000-4000-8000-0000000000cc', status: 'ACTIVE' };
    expect(activityEntryOf(source('customers', 'SubscriptionChanged', { subscription, change: 'PROVISIONED' }))).toBeNull();
    expect(activityEntryOf(source('customers', 'SubscriptionChanged', { subscription: { ...subscription, status: 'PENDING' }, change: 'ORDERED' }))
      ?.operation).toBe('SUBMIT_ORDER');
    expect(activityEntryOf(source('partners', 'PartnershipInvitationChanged', { state: 'ACCEPTED', invitation: { id: subscription.id } }))).toBeNull();
    expect(activityEntryOf(source('partners', 'PartnerSupportTicketChanged', { ticket: { id: subscription.id } }))).toBeNull();
  });

  it('§3.1: an enrollment step is named by its trigger, or, for an event recorded before it named one, by its transition', () => {
    const enrollment = { id: '00000000-0000-4000-8000-0000000000dd' };
    expect(activityEntryOf(source('partners', 'EnrollmentApplicationUpdated',
      { step: 'resendPrimaryContactVerification', from: 'PENDING_EMAIL_VERIFICATION', to: 'PENDING_EMAIL_VERIFICATION', enrollment }))
      ?.operation).toBe('RESEND_PRIMARY_CONTACT_VERIFICATION');
    expect(activityEntryOf(source('partners', 'EnrollmentStatusChanged', { from: 'REJECTED', to: 'IN_REVIEW', enrollment }))).toMatchObject({
      operation: 'APPEAL_ENROLLMENT', before: { status: 'REJECTED' }, after: { status: 'IN_REVIEW' } });
    expect(activityEntryOf(source('partners', 'EnrollmentStatusChanged', { from: 'IN_REVIEW', to: 'APPROVED', enrollment }))?.operation)
      .toBe('APPROVE_ENROLLMENT');
  });

  it('C-18, C-21: a customer user\'s name and a service request\'s text do not reach the log', () => {
    const user = { id: '00000000-0000-4000-8000-0000000000ee', userPrincipalName: 'adamo@adatum.it', state: 'DELETED', isAdmin: false, licenses: [] };
    const deleted = activityEntryOf(source('customers', 'CustomerUserChanged', { change: 'DELETED', user, before: { ...user, state: 'ACTIVE' } }));
    expect(deleted).toMatchObject({ operation: 'DELETE_CUSTOMER_USER', target: { name: null }, before: { state: 'ACTIVE' }, after: { state: 'DELETED' } });
    expect(JSON.stringify(deleted)).not.toContain('adamo');
  });
});
