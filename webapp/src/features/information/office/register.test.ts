import { describe, expect, it } from 'vitest';
import { countRows, decisionBody, EMPTY_ENTRY, entryActions, entryBody, llidYears, mayPublishLlid, proposalBody, testActions } from './register';
import type { ConsequenceTestView, EntryView } from './api';
import { serverJson } from '../../../test/serverJson';

const ENTRY: EntryView = serverJson<EntryView>({
  id: 'e1',
  number: 'DIP-2026-000001',
  title: 'Daftar izin',
  summary: 'Ringkasan',
  holdingOfficial: null,
  holdingUnit: 'PUPR',
  personResponsible: 'Sekretaris',
  madeOn: '2026-01-05',
  madePlace: 'Muara Enim',
  forms: ['SOFTCOPY'],
  retentionPeriod: '5 tahun',
  infoClass: 'SETIAP_SAAT',
  ownerPpid: 'PUPR',
  stage: 'DESCRIBED',
  code: null,
  published: false,
  publishedAt: null,
  frontPage: false,
  lastUpdatedOn: null,
  nextUpdateDue: null,
  overdue: false,
  exemption: null,
});

const test = (status: ConsequenceTestView['status']): ConsequenceTestView =>
  serverJson<ConsequenceTestView>({
  id: 't1',
  entryId: 'e1',
  ground: 'A',
  legalBasis: 'UU 14/2008 Pasal 17 huruf a',
  harmTest: 'x',
  political: 'x',
  economic: 'x',
  socioCultural: 'x',
  defenceSecurity: 'x',
  meetingOn: '2026-01-05',
  members: ['a', 'b'],
  proposedBy: 'u',
  proposedAt: '2026-01-05T00:00:00Z',
  status,
  decreeNumber: null,
  exemptUntil: null,
  decisionNote: null,
  decidedBy: null,
  decidedAt: null,
  reviews: [],
  });

const MAIN = ['PPID_MAIN'];
const PEMBANTU = ['PPID_ASSISTANT'];

describe('new register entry form → API body (Perbup Pasal 17(1))', () => {
  it('trims texts and leaves out empty optional fields', () => {
    const body = entryBody({
      ...EMPTY_ENTRY,
      title: '  Daftar izin  ',
      summary: ' Izin yang terbit ',
      holdingUnit: 'PUPR',
      personResponsible: ' Sekretaris ',
      madePlace: 'Muara Enim',
      forms: ['SOFTCOPY', 'WEBSITE'],
      retentionPeriod: '5 tahun',
    });
    expect(body).toEqual({
      title: 'Daftar izin',
      summary: 'Izin yang terbit',
      holdingOfficial: undefined,
      holdingUnit: 'PUPR',
      personResponsible: 'Sekretaris',
      madeOn: undefined,
      madePlace: 'Muara Enim',
      forms: ['SOFTCOPY', 'WEBSITE'],
      retentionPeriod: '5 tahun',
      infoClass: 'SETIAP_SAAT',
      ownerPpid: undefined,
      lastUpdatedOn: undefined,
    });
  });

  it('sends the last update date for berkala information only', () => {
    expect(entryBody({ ...EMPTY_ENTRY, infoClass: 'BERKALA', lastUpdatedOn: '2026-01-02' }).lastUpdatedOn).toBe('2026-01-02');
    expect(entryBody({ ...EMPTY_ENTRY, infoClass: 'SETIAP_SAAT', lastUpdatedOn: '2026-01-02' }).lastUpdatedOn).toBeUndefined();
  });
});

describe('consequence test forms', () => {
  it('splits the members one per line, dropping empty lines', () => {
    const body = proposalBody({
      ground: 'A',
      harmTest: ' bahaya ',
      political: 'p',
      economic: 'e',
      socioCultural: 's',
      defenceSecurity: 'd',
      meetingOn: '2026-01-05',
      members: 'Kepala Dinas Kominfo\r\n\n  Kepala Bagian Hukum  \n',
    });
    expect(body.members).toEqual(['Kepala Dinas Kominfo', 'Kepala Bagian Hukum']);
    expect(body.harmTest).toBe('bahaya');
  });

  it('sends the decree and end date only with an exemption', () => {
    expect(decisionBody({ decision: 'EXEMPT', decreeNumber: ' 188/1 ', exemptUntil: '', note: '' })).toEqual({
      decision: 'EXEMPT',
      decreeNumber: '188/1',
      exemptUntil: undefined,
      note: undefined,
    });
    expect(decisionBody({ decision: 'NOT_EXEMPT', decreeNumber: '188/1', exemptUntil: '2027-01-01', note: 'Terbuka' })).toEqual({
      decision: 'NOT_EXEMPT',
      decreeNumber: undefined,
      exemptUntil: undefined,
      note: 'Terbuka',
    });
  });
});

describe('entry state → allowed actions (Perbup Pasal 16(3), 17(2))', () => {
  it('takes the stages in order; codification is the PPID Utama’s', () => {
    expect(entryActions(ENTRY, [], PEMBANTU)).toEqual(['verify', 'upload', 'propose']);
    expect(entryActions({ ...ENTRY, stage: 'VERIFIED' }, [], PEMBANTU)).toEqual(['authenticate', 'upload', 'propose']);
    expect(entryActions({ ...ENTRY, stage: 'AUTHENTICATED' }, [], PEMBANTU)).toEqual(['upload', 'propose']);
    expect(entryActions({ ...ENTRY, stage: 'AUTHENTICATED' }, [], MAIN)).toEqual(['codify', 'upload', 'propose']);
    expect(entryActions({ ...ENTRY, stage: 'CODIFIED' }, [], PEMBANTU)).toEqual(['publish', 'upload', 'propose']);
    expect(entryActions({ ...ENTRY, stage: 'CODIFIED', published: true }, [], MAIN)).toEqual(['upload', 'propose']);
  });

  it('publishes serta merta at once and lets the PPID Utama put it on the front page', () => {
    const sm = { ...ENTRY, infoClass: 'SERTA_MERTA' };
    expect(entryActions(sm, [], PEMBANTU)).toContain('publish');
    expect(entryActions({ ...sm, published: true }, [], MAIN)).toContain('frontPageOn');
    expect(entryActions({ ...sm, published: true }, [], PEMBANTU)).not.toContain('frontPageOn');
    expect(entryActions({ ...sm, published: true, frontPage: true }, [], MAIN)).toEqual(
      expect.arrayContaining(['frontPageOff']),
    );
  });

  it('records updates for berkala only', () => {
    expect(entryActions({ ...ENTRY, infoClass: 'BERKALA' }, [], PEMBANTU)).toContain('update');
    expect(entryActions(ENTRY, [], PEMBANTU)).not.toContain('update');
  });

  it('proposes an exemption while none is pending and the entry is not exempt; readers only read', () => {
    expect(entryActions(ENTRY, [test('PROPOSED')], MAIN)).not.toContain('propose');
    expect(entryActions(ENTRY, [test('EXEMPTION_REFUSED')], MAIN)).toContain('propose');
    expect(entryActions({ ...ENTRY, infoClass: 'DIKECUALIKAN' }, [], MAIN)).not.toContain('propose');
    expect(entryActions(ENTRY, [], ['CONSEQUENCE_TEST_TEAM'])).toEqual(['propose']);
    expect(entryActions(ENTRY, [], ['ATASAN_PPID'])).toEqual([]);
  });

  it('lets the PPID Utama decide a proposal and review a fixed exemption (Pasal 6(2), 16(2)c)', () => {
    expect(testActions(test('PROPOSED'), MAIN)).toEqual(['decide']);
    expect(testActions(test('EXEMPTION_FIXED'), MAIN)).toEqual(['review']);
    expect(testActions(test('EXEMPTION_REFUSED'), MAIN)).toEqual([]);
    expect(testActions(test('PROPOSED'), PEMBANTU)).toEqual([]);
  });
});

describe('LLID', () => {
  it('offers this year and the five before', () => {
    expect(llidYears('2026-11-24')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('may be published once, after the fiscal year', () => {
    const l = { fiscalYear: 2025, publishedOn: null, to: '2025-12-31' };
    expect(mayPublishLlid(l, '2026-01-01')).toBe(true);
    expect(mayPublishLlid(l, '2025-12-31')).toBe(false);
    expect(mayPublishLlid({ ...l, publishedOn: '2026-02-01' }, '2026-03-01')).toBe(false);
  });

  it('sorts counts largest first', () => {
    expect(countRows({ WEB: 2, EMAIL: 5, LETTER: 2 })).toEqual([
      ['EMAIL', 5],
      ['LETTER', 2],
      ['WEB', 2],
    ]);
    expect(countRows(null)).toEqual([]);
  });
});
