import { citizenId } from './citizen.id';
import type { Messages } from './messages';

/** Bahasa Indonesia — the default language. */
export const id: Messages = {
  locale: 'id-ID',
  appName: 'Balai',
  tagline: 'Layanan pengaduan dan informasi publik kabupaten',
  skipLink: 'Langsung ke konten utama',
  switchLanguage: 'English',
  switchLanguageHint: 'Ganti bahasa ke bahasa Inggris',
  footer: {
    about:
      'Balai: layanan pengaduan masyarakat (SPIKM) dan layanan informasi publik (PPID) untuk pemerintah kabupaten.',
    landmark: 'Informasi situs',
  },
  common: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    errorTitle: 'Terjadi kesalahan',
  },
  errors: {
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    unexpected: 'Terjadi kesalahan pada server. Silakan coba lagi nanti.',
    badResponse: 'Jawaban server tidak dapat dibaca.',
  },
  landing: {
    title: 'Pilih kabupaten',
    heading: 'Pilih kabupaten Anda',
    intro:
      'Sampaikan pengaduan atau minta informasi publik kepada pemerintah kabupaten Anda. Pilih kabupaten untuk melanjutkan.',
    listLabel: 'Daftar kabupaten',
    empty: 'Belum ada kabupaten yang terdaftar.',
    province: (name) => `Provinsi ${name}`,
  },
  portal: {
    channelsHeading: 'Saluran pengaduan',
    channelsIntro: 'Pengaduan dapat disampaikan melalui saluran berikut (SPIKM Pasal 8):',
    sms: 'SMS',
    smsSend: 'Kirim SMS',
    phoneCall: 'Telepon',
    website: 'Situs web',
    email: 'Surel',
    noChannels: 'Saluran pengaduan belum diumumkan.',
    officeHoursHeading: 'Jam layanan',
    mondayToThursday: 'Senin–Kamis',
    friday: 'Jumat',
    weekendClosed: 'Sabtu, Minggu, dan hari libur: tutup',
    timeRange: (open, close, zone) => `${open}–${close} ${zone}`,
    timeZone: 'Zona waktu',
    timeZoneValue: (abbr, zoneId) => `${abbr} (${zoneId})`,
    province: (name) => `Provinsi ${name}`,
  },
  calculator: {
    heading: 'Hitung tenggat',
    intro:
      'Hitung tanggal batas waktu penanganan berdasarkan hari kerja. Sabtu, Minggu, hari libur nasional, cuti bersama, dan hari libur daerah tidak dihitung.',
    fromLabel: 'Tanggal diterima',
    fromHint: 'Tanggal pengaduan atau permohonan diterima.',
    workingDaysLabel: 'Jumlah hari kerja',
    workingDaysHint: 'Contoh: 10 hari kerja.',
    submit: 'Hitung tenggat',
    submitting: 'Menghitung…',
    fromRequired: 'Isi tanggal diterima.',
    workingDaysInvalid: (max) => `Isi jumlah hari kerja dengan bilangan bulat 1 sampai ${max}.`,
    resultHeading: 'Hasil perhitungan',
    due: 'Tenggat',
    receivedOn: 'Dihitung sejak',
    workingDaysCounted: (n) => `${n} hari kerja`,
    daysOffHeading: (n) => `Hari libur yang dilewati (${n})`,
    noDaysOff: 'Tidak ada hari libur lain dalam rentang ini.',
    weekendsNote: 'Sabtu dan Minggu tidak dihitung dan tidak dicantumkan.',
    dayOffKind: {
      NATIONAL_HOLIDAY: 'Libur nasional',
      CUTI_BERSAMA: 'Cuti bersama',
      TENANT_DAY_OFF: 'Libur daerah',
    },
  },
  citizen: citizenId,
  notFound: {
    tenantTitle: 'Kabupaten tidak ditemukan',
    tenantHeading: 'Kabupaten tidak ditemukan',
    tenantBody: (slug) => `Kami tidak menemukan kabupaten dengan alamat “${slug}”.`,
    pageTitle: 'Halaman tidak ditemukan',
    pageHeading: 'Halaman tidak ditemukan',
    pageBody: 'Alamat yang Anda buka tidak ada.',
    backHome: 'Kembali ke daftar kabupaten',
  },
};
