import { describe, expect, it } from 'vitest';
import { EMPTY_NOTICE, noticeInput, noticeProblems, type NoticeForm } from './notice';

const GRANTED: NoticeForm = {
  ...EMPTY_NOTICE,
  held: 'yes',
  decision: 'GRANTED_FULL',
  informationGiven: 'Daftar izin usaha mikro 2025',
  medium: 'SOFT_COPY',
  format: 'PDF',
  cost: '0',
};

describe('written notice elements (Perbup Pasal 22(4)-(5))', () => {
  it('needs whether the information is held, and who holds it when not', () => {
    expect(noticeProblems(EMPTY_NOTICE)).toEqual({ 'notice.held': 'required' });
    expect(noticeProblems({ ...EMPTY_NOTICE, held: 'no' })).toEqual({ 'notice.heldBy': 'required' });
    expect(noticeProblems({ ...EMPTY_NOTICE, held: 'no', heldBy: 'BPN Muara Enim' })).toEqual({});
  });

  it('needs the decision, and for a grant what is given, medium, format and cost', () => {
    expect(noticeProblems({ ...EMPTY_NOTICE, held: 'yes' })).toEqual({ 'notice.decision': 'required' });
    expect(noticeProblems({ ...EMPTY_NOTICE, held: 'yes', decision: 'GRANTED_FULL', cost: '' })).toEqual({
      'notice.informationGiven': 'required',
      'notice.medium': 'required',
      'notice.format': 'required',
      'notice.cost': 'required',
    });
    expect(noticeProblems(GRANTED)).toEqual({});
    expect(noticeProblems({ ...GRANTED, cost: '-5' })).toEqual({ 'notice.cost': 'cost' });
    expect(noticeProblems({ ...GRANTED, cost: '15000' })).toEqual({ 'notice.paymentMethod': 'required' });
  });

  it('needs the exemption ground and reasoning unless granted in full, and redactions for a partial grant', () => {
    expect(noticeProblems({ ...EMPTY_NOTICE, held: 'yes', decision: 'REFUSED' })).toEqual({
      'notice.exemptionGround': 'required',
      'notice.exemptionReason': 'required',
    });
    expect(noticeProblems({ ...GRANTED, decision: 'GRANTED_PART', exemptionGround: 'H_PERSONAL_SECRETS', exemptionReason: 'NIK' })).toEqual({
      'notice.redactions': 'required',
    });
  });

  it('sends only the elements the decision asks for', () => {
    const refused = noticeInput({ ...GRANTED, decision: 'REFUSED', exemptionGround: 'A_LAW_ENFORCEMENT', exemptionReason: 'Penyidikan' });
    expect(refused).toMatchObject({ held: true, decision: 'REFUSED', exemptionGround: 'A_LAW_ENFORCEMENT' });
    expect(refused.medium).toBeUndefined();
    expect(refused.informationGiven).toBeUndefined();
    expect(noticeInput(GRANTED)).toMatchObject({ held: true, decision: 'GRANTED_FULL', medium: 'SOFT_COPY', format: 'PDF', cost: 0 });
  });
});
