import type { AccessClaims, AdminRole, AgentRole, ProgramStatus } from './tokens.js';

/** The outboxes whose events say who may still do what: users and sessions (identity), organizations (partners). */
export type AccessProducer = 'identity' | 'partners';

/** One outbox event as the access-state view reads it (docs/events.md). */
export interface AccessEvent {
  producer: AccessProducer;
  /** increasing per producer */
  id: string;
  type: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** What a batch of events touched: live streams of these users, sessions and organizations are re-evaluated. */
export interface AccessChange {
  userIds: Set<string>;
  sessionIds: Set<string>;
  organizationIds: Set<string>;
}

export const emptyAccessChange = (): AccessChange => ({ userIds: new Set(), sessionIds: new Set(), organizationIds: new Set() });

/** Does the change concern the bearer of these claims? */
export function concerns(change: AccessChange, claims: AccessClaims): boolean {
  return change.userIds.has(claims.sub) || change.sessionIds.has(claims.sid) || change.organizationIds.has(claims.tid);
}

interface UserAccess {
  agentRole: AgentRole;
  adminRole: AdminRole;
  state: string;
  mustChangePassword: boolean;
  /** bumped by every change to roles, state, password or sessions (identity.users.access_version) */
  accessVersion: number;
  /** tokens issued at a lower access version belong to ended sessions */
  sessionsValidFrom: number;
  changedAt: number;
}

interface OrganizationAccess {
  /** null: the organization was deleted (§3.1 row 12) */
  programStatus: ProgramStatus | null;
  eventId: number;
  changedAt: number;
}

/** identity's `user` snapshot (docs/events.md), from accessVersion on; older events carry no versions. */
interface UserSnapshot {
  id: string;
  agentRole: AgentRole;
  adminRole: AdminRole;
  state: string;
  mustChangePassword: boolean;
  accessVersion?: number;
  sessionsValidFrom?: number;
}

/**
 * The in-memory state behind continuous access evaluation (issue 14, DESIGN.md "Measured since"): the latest
 * user, session and organization facts of the owners' events, enough to judge an access token as things stand
 * now. It holds only what changed within the window the service feeds it (the access-token lifetime): a token
 * issued before an older change has expired, and one issued after it already says what the change did.
 */
export class AccessView {
  private readonly users = new Map<string, UserAccess>();
  private readonly organizations = new Map<string, OrganizationAccess>();
  private readonly endedSessions = new Map<string, number>();

  /** How many facts the view holds (users + organizations + ended sessions). */
  get size(): number {
    return this.users.size + this.organizations.size + this.endedSessions.size;
  }

  /** Applies one event in its producer's id order (idempotent); records what it touched in `change`. */
  apply(event: AccessEvent, change: AccessChange): void {
    const changedAt = event.occurredAt.getTime();
    if (event.producer === 'identity') this.applyIdentity(event, changedAt, change);
    else this.applyPartners(event, changedAt, change);
  }

  private applyIdentity(event: AccessEvent, changedAt: number, change: AccessChange): void {
    const session = event.payload.session as { id?: string; userId?: string } | undefined;
    if (session?.id) {
      this.endedSessions.set(session.id, changedAt);
      change.sessionIds.add(session.id);
    }
    const user = event.payload.user as UserSnapshot | undefined;
    if (!user?.id || typeof user.accessVersion !== 'number') return;
    const known = this.users.get(user.id);
    if (known && known.accessVersion > user.accessVersion) return;
    this.users.set(user.id, {
      agentRole: user.agentRole, adminRole: user.adminRole, state: user.state, mustChangePassword: user.mustChangePassword,
      accessVersion: user.accessVersion, sessionsValidFrom: user.sessionsValidFrom ?? 0, changedAt,
    });
    change.userIds.add(user.id);
  }

  private applyPartners(event: AccessEvent, changedAt: number, change: AccessChange): void {
    const eventId = Number(event.id);
    const organization = event.payload.organization as { id?: string; programStatus?: ProgramStatus } | undefined;
    const deleted = event.type === 'PartnerOrganizationDeleted' ? event.payload.organizationId as string | undefined : undefined;
    const programStatus = deleted ? null : organization?.programStatus;
    const id = deleted ?? organization?.id;
    if (!id || programStatus === undefined || (this.organizations.get(id)?.eventId ?? -1) >= eventId) return;
    this.organizations.set(id, { programStatus, eventId, changedAt });
    change.organizationIds.add(id);
  }

  /**
   * The claims as things stand now: the token's own, with the roles, password state and organization that
   * changed after it was issued. `null`: the token's session has ended (signed out, password reset or changed,
   * user deactivated or restored since).
   */
  currentClaims(claims: AccessClaims): AccessClaims | null {
    if (this.endedSessions.has(claims.sid)) return null;
    const user = this.users.get(claims.sub);
    if (user && claims.ver < user.sessionsValidFrom) return null;
    const userChanged = user !== undefined && claims.ver < user.accessVersion;
    // §0: a partner organization's id is its tenant's id, so a token from before the organization existed is covered
    const organization = this.organizations.get(claims.tid);
    const organizationChanged = organization !== undefined && claims.oev < organization.eventId;
    if (!userChanged && !organizationChanged) return claims;
    const current = { ...claims };
    if (userChanged) {
      if (user.state !== 'ACTIVE') return null;
      current.agr = user.agentRole;
      current.adr = user.adminRole;
      current.mcp = user.mustChangePassword;
    }
    if (organizationChanged) {
      current.pid = organization.programStatus ? claims.tid : null;
      current.pst = organization.programStatus;
    }
    return current;
  }

  /** Forgets what changed before `before` (ms since epoch): every token issued before it has expired. */
  prune(before: number): void {
    for (const map of [this.users, this.organizations] as Map<string, { changedAt: number }>[]) {
      for (const [key, entry] of map) if (entry.changedAt < before) map.delete(key);
    }
    for (const [key, changedAt] of this.endedSessions) if (changedAt < before) this.endedSessions.delete(key);
  }
}
