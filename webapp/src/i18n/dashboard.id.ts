/** The officers' dashboard (issue 17 item 6), in Bahasa Indonesia; dashboard.en.ts has the same keys. */
export const dashboardId = {
  nav: 'Dasbor',
  title: 'Dasbor',
  scope: {
    CENTRAL: 'Pekerjaan Admin pusat',
    AGENCY: (unit: string) => `Pekerjaan SKPD ${unit}`,
    OVERSIGHT: 'Seluruh kabupaten (pemantauan)',
  },
  waitingHeading: 'Menunggu tindakan',
  waiting: {
    // The complaint's place in the flow (central administrator, oversight)
    RECEIVED: 'Menunggu verifikasi',
    VERIFIED: 'Menunggu diteruskan ke SKPD',
    DISPATCHED: 'Sedang ditangani SKPD',
    ANSWERED: 'Jawaban SKPD menunggu ditinjau',
    // An agency's part (agency operator)
    SENT: 'Belum diterima SKPD',
    IN_PROGRESS: 'Sedang ditindaklanjuti',
  } as Record<string, string>,
  /** An agency's part RECEIVED reads differently from a complaint RECEIVED. */
  agencyReceived: 'Diterima, belum didistribusikan',
  overdue: 'Lewat tenggat',
  dueThisWeek: 'Jatuh tempo minggu ini',
  weekEnds: (n: number, date: string) => `${n} hari kerja tersisa minggu ini, sampai ${date}.`,
  openQueue: 'Buka antrean',
  trendHeading: 'Tren 12 minggu terakhir',
  trendCaption: 'Laporan diterima dan dijawab per minggu (minggu dimulai hari Senin)',
  week: 'Minggu mulai',
  received: 'Diterima',
  answered: 'Dijawab',
  chartLabel: 'Grafik laporan diterima dan dijawab per minggu; angkanya ada di tabel.',
  loading: 'Memuat dasbor…',
  complaintsHeading: 'Pengaduan',
  requestsHeading: 'Permohonan informasi',
  requestsScope: (unit: string | null) => (unit ? `PPID Pembantu ${unit}` : 'Seluruh PPID kabupaten'),
  requestWaiting: {
    AWAITING_CONFIRMATION: 'Menunggu konfirmasi pemohon',
    REGISTERED: 'Terdaftar, belum diteruskan',
    ROUTED: 'Di PPID Pembantu',
  } as Record<string, string>,
  dueSoon: 'Segera jatuh tempo (2 hari kerja)',
  requestTrendCaption: 'Permohonan diterima dan dijawab (pemberitahuan tertulis) per minggu',
};

export type DashboardMessages = typeof dashboardId;
