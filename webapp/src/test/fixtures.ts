import type { DueDate, Tenant, TenantSummary } from '../api/types';
import { serverJson } from './serverJson';

export const TENANTS: TenantSummary[] = [
  {
    slug: 'muara-enim',
    name: 'Kabupaten Muara Enim',
    province: { code: '16', name: 'Sumatera Selatan' },
    timeZone: 'WIB',
  },
  {
    slug: 'jayapura',
    name: 'Kabupaten Jayapura',
    province: { code: '91', name: 'Papua' },
    timeZone: 'WIT',
  },
];

export const MUARA_ENIM: Tenant = serverJson<Tenant>({
  slug: 'muara-enim',
  name: 'Kabupaten Muara Enim',
  shortCode: 'ME',
  regionCode: '16.03',
  province: { code: '16', name: 'Sumatera Selatan' },
  timeZone: 'WIB',
  zoneId: 'Asia/Jakarta',
  officeHours: { open: '08:00', close: '16:00', fridayClose: '16:30' },
  channels: {
    website: 'info.muaraenimkab.go.id',
    smsNumber: '082374048333',
    email: 'pengaduan@muaraenimkab.go.id',
  },
  branding: { primaryColor: '#0b6e4f' },
  orgUnits: [],
  complaintCategories: [],
  parameters: {},
});

/** Muara Enim with two agencies and categories, for the complaint and workspace pages. */
export const MUARA_ENIM_FULL: Tenant = serverJson<Tenant>({
  ...MUARA_ENIM,
  orgUnits: [
    {
      code: 'SETDA',
      name: 'Sekretariat Daerah',
      kind: 'SECRETARIAT',
      ppidPembantu: false,
      hostsSpikm: true,
      children: [],
    },
    { code: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', nameEn: 'Public Works', kind: 'AGENCY', ppidPembantu: true, children: [] },
    { code: 'DISHUB', name: 'Dinas Perhubungan', nameEn: 'Transport', kind: 'AGENCY', ppidPembantu: true, children: [] },
  ],
  complaintCategories: [
    { code: 'INFRASTRUKTUR', name: 'Jalan, jembatan dan drainase', nameEn: 'Roads, bridges and drainage', routeTo: 'PUPR' },
    { code: 'ANGKUTAN-BATUBARA', name: 'Angkutan batu bara', nameEn: 'Coal trucks', routeTo: 'DISHUB' },
  ],
  parameters: { complaint: { verifyDispatchWorkingDays: 3, followUpWorkingDays: 5, autoCloseWorkingDays: 10, reopenWithinWorkingDays: 10 } },
});

export const DUE: DueDate = serverJson<DueDate>({
  from: '2026-03-16',
  receivedOn: '2026-03-16',
  workingDays: 10,
  due: '2026-04-07',
  daysOff: [
    { date: '2026-03-18', kind: 'CUTI_BERSAMA', name: 'Cuti bersama Nyepi' },
    { date: '2026-03-19', kind: 'NATIONAL_HOLIDAY', name: 'Hari Suci Nyepi' },
    { date: '2026-03-20', kind: 'CUTI_BERSAMA', name: 'Cuti bersama Idulfitri' },
    { date: '2026-03-23', kind: 'TENANT_DAY_OFF', name: 'Hari jadi Kabupaten Muara Enim' },
  ],
});

export const TENANT_NOT_FOUND = {
  status: 404,
  code: 'TENANT_NOT_FOUND',
  message: { id: 'Kabupaten tidak ditemukan.', en: 'Regency not found.' },
  field: null,
};
