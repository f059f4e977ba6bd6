import type { ConsequenceTestView, EntryView } from './api';

/** The classes an entry is described in; DIKECUALIKAN only follows a consequence test (Perbup Pasal 6(2)). */
export const DESCRIBABLE_CLASSES = ['SETIAP_SAAT', 'BERKALA', 'SERTA_MERTA'] as const;
export const ALL_CLASSES = [...DESCRIBABLE_CLASSES, 'DIKECUALIKAN'] as const;
export const STAGES = ['DESCRIBED', 'VERIFIED', 'AUTHENTICATED', 'CODIFIED'] as const;
export const FORMS = ['HARDCOPY', 'SOFTCOPY', 'WEBSITE', 'AUDIOVISUAL'] as const;
/** UU KIP Pasal 17 a-j. */
export const GROUNDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const;

/** The new-entry form, as typed (strings). */
export interface EntryForm {
  title: string;
  summary: string;
  holdingOfficial: string;
  holdingUnit: string;
  personResponsible: string;
  madeOn: string;
  madePlace: string;
  forms: string[];
  retentionPeriod: string;
  infoClass: string;
  ownerPpid: string;
  lastUpdatedOn: string;
}

export const EMPTY_ENTRY: EntryForm = {
  title: '',
  summary: '',
  holdingOfficial: '',
  holdingUnit: '',
  personResponsible: '',
  madeOn: '',
  madePlace: '',
  forms: [],
  retentionPeriod: '',
  infoClass: 'SETIAP_SAAT',
  ownerPpid: '',
  lastUpdatedOn: '',
};

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/**
 * The body of POST …/officer/register/entries (OfficerRegisterResource.NewEntry): texts trimmed, empty optional ones
 * left out (a PPID Pembantu's owner defaults to its own unit); the last update date only for berkala information.
 */
export function entryBody(f: EntryForm) {
  return {
    title: f.title.trim(),
    summary: f.summary.trim(),
    holdingOfficial: opt(f.holdingOfficial),
    holdingUnit: f.holdingUnit,
    personResponsible: f.personResponsible.trim(),
    madeOn: opt(f.madeOn),
    madePlace: f.madePlace.trim(),
    forms: f.forms,
    retentionPeriod: f.retentionPeriod.trim(),
    infoClass: f.infoClass,
    ownerPpid: opt(f.ownerPpid),
    lastUpdatedOn: f.infoClass === 'BERKALA' ? opt(f.lastUpdatedOn) : undefined,
  };
}

export interface ProposalForm {
  ground: string;
  harmTest: string;
  political: string;
  economic: string;
  socioCultural: string;
  defenceSecurity: string;
  meetingOn: string;
  members: string;
}

/** The consequence test's record (Perbup Pasal 16(2)): the members one per line. */
export function proposalBody(f: ProposalForm) {
  return {
    ground: f.ground,
    harmTest: f.harmTest.trim(),
    political: f.political.trim(),
    economic: f.economic.trim(),
    socioCultural: f.socioCultural.trim(),
    defenceSecurity: f.defenceSecurity.trim(),
    meetingOn: f.meetingOn.trim(),
    members: f.members
      .split(/\r?\n/)
      .map((m) => m.trim())
      .filter(Boolean),
  };
}

/** The PPID Utama's decision (Pasal 6(2)): a decree number only for an exemption; an empty date is no end date. */
export function decisionBody(f: { decision: string; decreeNumber: string; exemptUntil: string; note: string }) {
  const exempt = f.decision === 'EXEMPT';
  return {
    decision: f.decision,
    decreeNumber: exempt ? f.decreeNumber.trim() : undefined,
    exemptUntil: exempt ? opt(f.exemptUntil) : undefined,
    note: opt(f.note),
  };
}

export type EntryAction =
  | 'verify'
  | 'authenticate'
  | 'codify'
  | 'publish'
  | 'frontPageOn'
  | 'frontPageOff'
  | 'update'
  | 'upload'
  | 'propose';

const has = (roles: readonly string[], ...wanted: string[]) => wanted.some((r) => roles.includes(r));

/**
 * What the caller may do to an entry in its state (mirrors RegisterEntry and OfficerRegisterResource's roles):
 * documentation stages in order (Pasal 16(3)), codification by the PPID Utama only, publication once codified or at
 * once for serta merta (Pasal 17(2); UU KIP Ps 10), the front page for published serta merta, updates for berkala,
 * and an exemption proposal while none is pending and the entry is not exempt.
 */
export function entryActions(e: EntryView, tests: readonly ConsequenceTestView[], roles: readonly string[]): EntryAction[] {
  const manage = has(roles, 'PPID_MAIN', 'PPID_ASSISTANT');
  const main = has(roles, 'PPID_MAIN');
  const out: EntryAction[] = [];
  if (manage && e.stage === 'DESCRIBED') out.push('verify');
  if (manage && e.stage === 'VERIFIED') out.push('authenticate');
  if (main && e.stage === 'AUTHENTICATED') out.push('codify');
  if (manage && !e.published && (e.stage === 'CODIFIED' || e.infoClass === 'SERTA_MERTA')) out.push('publish');
  if (main && e.infoClass === 'SERTA_MERTA' && e.published && !e.frontPage) out.push('frontPageOn');
  if (main && e.frontPage) out.push('frontPageOff');
  if (manage && e.infoClass === 'BERKALA') out.push('update');
  if (manage) out.push('upload');
  if (
    has(roles, 'PPID_MAIN', 'PPID_ASSISTANT', 'CONSEQUENCE_TEST_TEAM') &&
    e.infoClass !== 'DIKECUALIKAN' &&
    !tests.some((t) => t.status === 'PROPOSED')
  ) {
    out.push('propose');
  }
  return out;
}

/** The PPID Utama decides a proposal, and reviews a fixed exemption (Pasal 6(2), 16(2)c). */
export function testActions(t: ConsequenceTestView, roles: readonly string[]): ('decide' | 'review')[] {
  if (!roles.includes('PPID_MAIN')) return [];
  if (t.status === 'PROPOSED') return ['decide'];
  if (t.status === 'EXEMPTION_FIXED') return ['review'];
  return [];
}

/** The years an LLID may be chosen for: this fiscal year and the five before, newest first. */
export function llidYears(today: string, count = 6): number[] {
  const y = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => y - i);
}

/** Whether the LLID of `year` may be published today: not yet published and the (calendar) fiscal year over. */
export function mayPublishLlid(l: { fiscalYear: number; publishedOn: string | null; to: string }, today: string): boolean {
  return !l.publishedOn && today > l.to;
}

/** A map of counts as sorted rows, largest first, for the tables. */
export function countRows(m: Record<string, number> | null | undefined): [string, number][] {
  return Object.entries(m ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
