/**
 * The case page's verification tools (issue 17 items 2, 4, 5) in Bahasa Indonesia: the correction form, the
 * dispatch tree, likely duplicates and response templates. `verify.en.ts` has the same keys.
 */
export const verifyId = {
  correction: {
    heading: 'Koreksi laporan',
    intro: 'Judul asli pelapor tetap tersimpan dan tetap tampil di halaman lacak pelapor. Setiap perubahan dicatat di riwayat.',
    type: 'Jenis laporan',
    category: 'Kategori',
    noCategory: '— belum dikategorikan —',
    title: 'Judul kerja',
    titleHint: (own: string) => `Judul dari pelapor: “${own}”. Kosongkan untuk kembali ke judul pelapor.`,
    tags: 'Tag',
    tagsHint: 'Pisahkan dengan koma, misalnya: jembatan, sekolah',
    priority: 'Prioritas',
    priorities: { LOW: 'Rendah', NORMAL: 'Biasa', HIGH: 'Tinggi', URGENT: 'Mendesak' } as Record<string, string>,
    submit: 'Simpan koreksi',
  },
  dispatch: {
    heading: 'Teruskan ke SKPD',
    search: 'Cari unit',
    searchHint: 'Ketik nama perangkat daerah, kecamatan, atau desa/kelurahan.',
    agencies: 'Perangkat daerah',
    districts: 'Kecamatan dan desa/kelurahan',
    suggested: 'Usulan',
    byCategory: 'sesuai kategori',
    byArea: 'sesuai lokasi',
    nothingFound: 'Tidak ada unit yang cocok.',
    chosen: (n: number) => (n === 0 ? 'Belum ada unit dipilih.' : `${n} unit dipilih.`),
    note: 'Catatan untuk SKPD',
    noteHint: 'Hanya terlihat oleh petugas, tidak oleh pelapor.',
    dueOn: 'Tenggat tindak lanjut',
    dueOnHint: 'Kosongkan untuk memakai batas standar layanan. Tidak boleh melewati batas itu.',
    submit: 'Teruskan',
  },
  duplicates: {
    heading: 'Kemungkinan laporan ganda',
    none: 'Tidak ada laporan mirip dalam 30 hari terakhir.',
    loading: 'Mencari laporan mirip…',
    score: (pct: number) => `kemiripan ${pct}%`,
    reasons: { TEXT: 'isi mirip', NEARBY: 'lokasi berdekatan' } as Record<string, string>,
    metres: (m: number) => `${m} m`,
    merge: (n: string) => `Gabungkan ke ${n}`,
  },
  templates: {
    pick: 'Mulai dari templat',
    none: '— tanpa templat —',
    use: 'Pakai templat',
    regency: 'kabupaten',
  },
};

export type VerifyMessages = typeof verifyId;
