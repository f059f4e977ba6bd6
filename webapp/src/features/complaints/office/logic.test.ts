import { describe, expect, it } from 'vitest';
import type { OfficerComplaint, QueueItem } from './api';
import { answerTemplate, availableActions, mayReadIdentity } from './caseActions';
import { addDays, deadlineLevel, dueOf, sortItems } from '../../office/deadlines';
import type { Session } from '../../identity/office/session';
import { serverJson } from '../../../test/serverJson';

const session = (roles: string[], orgUnit: string | null = null): Session => ({
  slug: 'muara-enim',
  accessToken: 't',
  user: serverJson<Session['user']>({ id: '1', username: 'u', displayName: 'U', tenant: 'x', orgUnit, roles }),
});

const item = (over: Partial<QueueItem>): QueueItem =>
  serverJson<QueueItem>({
  id: 'i',
  trackingNumber: 'ME-2026-000001',
  type: 'COMPLAINT',
  title: 'Jalan rusak',
  category: 'INFRASTRUKTUR',
  status: 'RECEIVED',
  receivedOn: '2026-03-16',
  verifyDue: '2026-03-19',
  agencies: [],
  ...over,
  });

const complaint = (over: Partial<OfficerComplaint>): OfficerComplaint =>
  ({
    id: 'c',
    status: 'RECEIVED',
    anonymous: false,
    hasReporterContact: true,
    dispatches: [],
    ...over,
  }) as OfficerComplaint;

describe('deadlines', () => {
  it('take verification before dispatch and the earliest open agency part after', () => {
    expect(dueOf(item({}))).toBe('2026-03-19');
    const dispatched = item({
      status: 'DISPATCHED',
      agencies: [
        { orgUnit: 'PUPR', status: 'RECEIVED', dueOn: '2026-03-27' },
        { orgUnit: 'DISHUB', status: 'SENT', dueOn: '2026-03-25' },
        { orgUnit: 'DINKES', status: 'ANSWERED', dueOn: '2026-03-20' },
      ],
    });
    expect(dueOf(dispatched)).toBe('2026-03-25');
    expect(dueOf(dispatched, 'PUPR')).toBe('2026-03-27');
    expect(dueOf(item({ status: 'CLOSED' }))).toBeNull();
  });

  it('level: overdue after the due day, soon within two days, else ok', () => {
    expect(deadlineLevel('2026-03-19', '2026-03-20')).toBe('overdue');
    expect(deadlineLevel('2026-03-19', '2026-03-19')).toBe('soon');
    expect(deadlineLevel('2026-03-21', '2026-03-19')).toBe('soon');
    expect(deadlineLevel('2026-03-22', '2026-03-19')).toBe('ok');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('sort a queue page', () => {
    const a = item({ id: 'a', trackingNumber: 'ME-2026-000002', verifyDue: '2026-03-20', title: 'Lampu jalan mati' });
    const b = item({ id: 'b', trackingNumber: 'ME-2026-000001', verifyDue: '2026-03-18', category: 'KESEHATAN' });
    const c = item({ id: 'c', trackingNumber: 'ME-2026-000003', status: 'CLOSED' });
    expect(sortItems([a, b, c], 'due', true).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(sortItems([a, b, c], 'trackingNumber', false).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('case actions by role and state', () => {
  const admin = session(['CENTRAL_ADMIN']);
  const pupr = session(['AGENCY_OPERATOR'], 'PUPR');
  it('central admin', () => {
    expect(availableActions(complaint({ status: 'RECEIVED' }), admin)).toEqual([
      'verification',
      'clarification-request',
      'rejection',
      'merge',
    ]);
    expect(availableActions(complaint({ status: 'VERIFIED' }), admin)).toContain('dispatch');
    expect(availableActions(complaint({ status: 'ANSWERED' }), admin)).toContain('response');
    expect(availableActions(complaint({ status: 'CLOSED' }), admin)).toEqual(['archive']);
  });

  it('agency operator: only on its own open part', () => {
    const sent = complaint({
      status: 'DISPATCHED',
      dispatches: [{ orgUnit: 'PUPR', status: 'SENT' } as OfficerComplaint['dispatches'][number]],
    });
    expect(availableActions(sent, pupr)).toEqual(['receipt', 'return']);
    const received = complaint({
      status: 'DISPATCHED',
      dispatches: [{ orgUnit: 'PUPR', status: 'RECEIVED' } as OfficerComplaint['dispatches'][number]],
    });
    expect(availableActions(received, pupr)).toEqual(['distribution', 'notes', 'answer', 'return']);
    expect(availableActions(received, session(['AGENCY_OPERATOR'], 'DISHUB'))).toEqual([]);
    expect(availableActions(received, session(['BUPATI']))).toEqual([]);
  });

  it('identity: central admin always, an agency only when not anonymous, nobody without a contact', () => {
    expect(mayReadIdentity(complaint({ anonymous: true }), admin)).toBe(true);
    expect(mayReadIdentity(complaint({ anonymous: true }), pupr)).toBe(false);
    expect(mayReadIdentity(complaint({ anonymous: false }), pupr)).toBe(true);
    expect(mayReadIdentity(complaint({ hasReporterContact: false }), admin)).toBe(false);
  });

  it('proposes the agencies\u2019 answers as the response', () => {
    const d = (orgUnit: string, answer: string) =>
      ({ orgUnit, status: 'ANSWERED', answer }) as OfficerComplaint['dispatches'][number];
    expect(answerTemplate(complaint({ dispatches: [d('PUPR', 'Sudah diperbaiki.')] }), (c) => c)).toBe('Sudah diperbaiki.');
    expect(answerTemplate(complaint({ dispatches: [d('PUPR', 'A.'), d('DISHUB', 'B.')] }), (c) => c)).toBe('PUPR: A.\n\nDISHUB: B.');
  });
});
