/** Customer leads (§3.5, C-25, E: API-REF). Pure: no I/O. */
export type LeadStatus = 'NEW' | 'ACTIVE' | 'CLOSED';
export type LeadSubstatus = 'PENDING' | 'RECEIVED' | 'ACCEPTED' | 'WON' | 'LOST' | 'DECLINED' | 'EXPIRED';

const SUBSTATUSES: Record<LeadStatus, LeadSubstatus[]> = {
  NEW: ['PENDING', 'RECEIVED'],
  ACTIVE: ['ACCEPTED'],
  CLOSED: ['WON', 'LOST', 'DECLINED', 'EXPIRED'],
};

export interface LeadPosition { status: LeadStatus; substatus: LeadSubstatus }

/**
 * NEW{PENDING,RECEIVED} → ACTIVE{ACCEPTED} → CLOSED{WON,LOST,DECLINED,EXPIRED}; NEW → CLOSED{DECLINED,EXPIRED};
 * CLOSED is terminal. Moves within NEW (PENDING → RECEIVED) are allowed; staying put is a no-op.
 */
export function canMoveLead(from: LeadPosition, to: LeadPosition): boolean {
  if (!SUBSTATUSES[to.status].includes(to.substatus)) return false;
  if (from.status === to.status && from.substatus === to.substatus) return true;
  switch (from.status) {
    case 'NEW':
      if (to.status === 'NEW') return from.substatus === 'PENDING' && to.substatus === 'RECEIVED';
      if (to.status === 'ACTIVE') return true;
      return to.substatus === 'DECLINED' || to.substatus === 'EXPIRED';
    case 'ACTIVE':
      return to.status === 'CLOSED';
    default:
      return false;
  }
}

/** The substatus a status change implies when the caller names only the status. */
export function defaultSubstatus(status: LeadStatus): LeadSubstatus {
  return status === 'NEW' ? 'RECEIVED' : status === 'ACTIVE' ? 'ACCEPTED' : 'WON';
}

/** C-26: a converted lead becomes ACTIVE{ACCEPTED}; a closed lead cannot be converted. */
export function canConvertLead(lead: LeadPosition): boolean {
  return lead.status !== 'CLOSED';
}
