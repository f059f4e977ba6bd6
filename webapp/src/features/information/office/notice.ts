import type { Schema } from '../../../api/schema';

type NoticeInput = Schema<'NoticeInput'>;

/** The written notice form (Perbup Pasal 22(4)-(5); UU KIP Ps 22(7)) and its required elements. */
export type NoticeForm = {
  /** The fields of the notice's body (NoticeInput), each as its input holds it. */
  [K in Exclude<keyof NoticeInput, 'held' | 'decision' | 'redactions'>]: string;
} & {
  held: '' | 'yes' | 'no';
  decision: '' | 'GRANTED_FULL' | 'GRANTED_PART' | 'REFUSED';
  redactions: NoticeInput['redactions'];
};

export const EMPTY_NOTICE: NoticeForm = {
  held: '',
  heldBy: '',
  decision: '',
  exemptionGround: '',
  exemptionReason: '',
  informationGiven: '',
  redactions: [{ part: '', reason: '' }],
  medium: '',
  format: '',
  cost: '0',
  paymentMethod: '',
};

export const EXEMPTION_GROUNDS = [
  'A_LAW_ENFORCEMENT',
  'B_INTELLECTUAL_PROPERTY',
  'C_DEFENCE_SECURITY',
  'D_NATURAL_RESOURCES',
  'E_ECONOMIC_RESILIENCE',
  'F_FOREIGN_RELATIONS',
  'G_DEEDS_WILLS',
  'H_PERSONAL_SECRETS',
  'I_INTERNAL_MEMORANDA',
  'J_BY_LAW',
] as const;

/** Which elements the decision asks for: the same rules as WrittenNotice.check() on the server. */
export function noticeElements(f: NoticeForm) {
  const held = f.held === 'yes';
  const granted = held && (f.decision === 'GRANTED_FULL' || f.decision === 'GRANTED_PART');
  return {
    heldBy: f.held === 'no',
    decision: held,
    exemption: held && (f.decision === 'GRANTED_PART' || f.decision === 'REFUSED'),
    given: granted,
    redactions: held && f.decision === 'GRANTED_PART',
    delivery: granted,
    payment: granted && Number(f.cost.replace(',', '.')) > 0,
  };
}

export type NoticeProblem = 'required' | 'cost';

/** Missing elements by the API's field name (`notice.<field>`), before sending. */
export function noticeProblems(f: NoticeForm): Record<string, NoticeProblem> {
  const p: Record<string, NoticeProblem> = {};
  const e = noticeElements(f);
  const blank = (v: string) => v.trim() === '';
  if (f.held === '') p['notice.held'] = 'required';
  if (e.heldBy && blank(f.heldBy)) p['notice.heldBy'] = 'required';
  if (e.decision && f.decision === '') p['notice.decision'] = 'required';
  if (e.exemption) {
    if (blank(f.exemptionGround)) p['notice.exemptionGround'] = 'required';
    if (blank(f.exemptionReason)) p['notice.exemptionReason'] = 'required';
  }
  if (e.given && blank(f.informationGiven)) p['notice.informationGiven'] = 'required';
  if (e.redactions && (f.redactions.length === 0 || f.redactions.some((r) => blank(r.part) || blank(r.reason)))) {
    p['notice.redactions'] = 'required';
  }
  if (e.delivery) {
    if (blank(f.medium)) p['notice.medium'] = 'required';
    if (blank(f.format)) p['notice.format'] = 'required';
    const cost = Number(f.cost.replace(',', '.'));
    if (blank(f.cost)) p['notice.cost'] = 'required';
    else if (!Number.isFinite(cost) || cost < 0) p['notice.cost'] = 'cost';
    if (e.payment && blank(f.paymentMethod)) p['notice.paymentMethod'] = 'required';
  }
  return p;
}

/** The body of POST …/notice (NoticeInput): only the elements the decision asks for. */
export function noticeInput(f: NoticeForm): Record<string, unknown> {
  const e = noticeElements(f);
  const opt = (on: boolean, v: string) => (on && v.trim() ? v.trim() : undefined);
  return {
    held: f.held === '' ? undefined : f.held === 'yes',
    heldBy: opt(e.heldBy, f.heldBy),
    decision: e.decision && f.decision ? f.decision : undefined,
    exemptionGround: opt(e.exemption, f.exemptionGround),
    exemptionReason: opt(e.exemption, f.exemptionReason),
    informationGiven: opt(e.given, f.informationGiven),
    redactions: e.redactions ? f.redactions.map((r) => ({ part: r.part.trim(), reason: r.reason.trim() })) : undefined,
    medium: opt(e.delivery, f.medium),
    format: opt(e.delivery, f.format),
    cost: e.delivery && f.cost.trim() ? Number(f.cost.replace(',', '.')) : undefined,
    paymentMethod: opt(e.payment, f.paymentMethod),
  };
}
