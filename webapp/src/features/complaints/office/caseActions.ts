import type { OfficerComplaint } from './api';
import type { Session } from '../../identity/office/session';

export type CaseAction =
  | 'verification'
  | 'clarification-request'
  | 'rejection'
  | 'dispatch'
  | 'redispatch'
  | 'merge'
  | 'response'
  | 'archive'
  | 'receipt'
  | 'return'
  | 'distribution'
  | 'notes'
  | 'answer';

const ACTIVE = ['SENT', 'RECEIVED', 'IN_PROGRESS'];

/**
 * The actions a role may take on a case in its state, as the Complaint aggregate allows them (SPIKM Pasal 7c-g):
 * the page offers only these; the server still decides.
 */
export function availableActions(c: OfficerComplaint, session: Session): CaseAction[] {
  const roles = session.user.roles;
  const actions: CaseAction[] = [];
  if (roles.includes('CENTRAL_ADMIN')) {
    switch (c.status) {
      case 'RECEIVED':
        actions.push('verification', 'clarification-request', 'rejection', 'merge');
        break;
      case 'CLARIFICATION_REQUESTED':
        actions.push('rejection', 'merge');
        break;
      case 'VERIFIED':
        actions.push('dispatch', 'rejection', 'merge');
        break;
      case 'DISPATCHED':
        actions.push('dispatch', 'redispatch', 'merge');
        break;
      case 'ANSWERED':
        actions.push('response', 'merge');
        break;
      case 'CLOSED':
      case 'REJECTED':
        actions.push('archive');
        break;
    }
    return actions;
  }
  if (roles.includes('AGENCY_OPERATOR') && c.status === 'DISPATCHED' && session.user.orgUnit) {
    const mine = c.dispatches.find((d) => d.orgUnit === session.user.orgUnit && ACTIVE.includes(d.status));
    if (!mine) return actions;
    if (mine.status === 'SENT') actions.push('receipt', 'return');
    else actions.push('distribution', 'notes', 'answer', 'return');
  }
  return actions;
}

/** Whether the role may ask for the reporter's identity (the central admin; an agency when not anonim). */
export function mayReadIdentity(c: OfficerComplaint, session: Session): boolean {
  if (!c.hasReporterContact) return false;
  const roles = session.user.roles;
  return roles.includes('CENTRAL_ADMIN') || (roles.includes('AGENCY_OPERATOR') && !c.anonymous);
}

/** A proposed answer for the reporter: the agencies' answers, each under the agency's name. */
export function answerTemplate(c: OfficerComplaint, unitName: (code: string) => string): string {
  const answered = c.dispatches.filter((d) => d.status === 'ANSWERED' && d.answer);
  if (answered.length === 1) return answered[0]!.answer!;
  return answered.map((d) => `${unitName(d.orgUnit)}: ${d.answer}`).join('\n\n');
}
