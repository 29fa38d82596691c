import type { ProductFamily } from './commerce.js';

/** Customer service requests (§3.5, C-22). Pure: no I/O. */
export type ServiceRequestSeverity = 'UNKNOWN' | 'CRITICAL' | 'MODERATE' | 'MINIMAL';
export type ServiceRequestStatus = 'NONE' | 'OPEN' | 'CLOSED' | 'ATTENTION_NEEDED';
export type PartnerType = 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';

/** R-33 (E: PC-SR-CUST): Azure support for a reseller's customer goes through the indirect provider. */
export function checkServiceRequestCreation(partnerType: PartnerType | null, productFamily: ProductFamily): 'AZURE_SUPPORT_PROVIDER_ONLY' | null {
  if (productFamily === 'AZURE' && partnerType !== 'INDIRECT_PROVIDER') return 'AZURE_SUPPORT_PROVIDER_ONLY';
  return null;
}

export type ServiceRequestUpdateFailure = 'SR_CLOSED' | 'INVALID_SERVICE_REQUEST_TRANSITION';

/**
 * §3.5: OPEN→ATTENTION_NEEDED (Microsoft) → OPEN (the partner adds a note) → CLOSED (partner or Microsoft).
 * A request Microsoft closed is never reopened; a partner may reopen one it closed itself.
 */
export function nextServiceRequestStatus(
  current: { status: ServiceRequestStatus; closedBy: 'PARTNER' | 'MICROSOFT' | null },
  change: { status?: ServiceRequestStatus | null; addsNote: boolean },
): { status: ServiceRequestStatus } | { failure: ServiceRequestUpdateFailure } {
  const wanted = change.status ?? (change.addsNote && current.status === 'ATTENTION_NEEDED' ? 'OPEN' : current.status);
  if (current.status === 'CLOSED' && current.closedBy === 'MICROSOFT' && (wanted !== 'CLOSED' || change.addsNote)) {
    return { failure: 'SR_CLOSED' };
  }
  if (wanted === current.status) return { status: wanted };
  const allowed: Partial<Record<ServiceRequestStatus, ServiceRequestStatus[]>> = {
    OPEN: ['CLOSED'],
    ATTENTION_NEEDED: ['OPEN', 'CLOSED'],
    CLOSED: ['OPEN'],
  };
  return allowed[current.status]?.includes(wanted) ? { status: wanted } : { failure: 'INVALID_SERVICE_REQUEST_TRANSITION' };
}
