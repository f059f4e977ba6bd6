/** The routing suggestion on the case page (issue 17 item 3), in Bahasa Indonesia; routing.en.ts has the same keys. */
export const routingId = {
  label: 'Saran tujuan',
  suggestion: (name: string, percent: number) => `Saran sistem: ${name} (keyakinan ${percent}%).`,
  byCategory: (name: string) => `Saran sistem menurut kategori laporan: ${name}.`,
  alternatives: 'Pilihan lain:',
  basis: {
    HISTORY: (n: number) => `Dipelajari dari ${n} laporan yang pernah diteruskan di kabupaten ini.`,
    CATEGORY_MAP: (min: number) =>
      `Riwayat belum cukup (kurang dari ${min} laporan diteruskan): saran hanya berdasarkan daftar kategori.`,
  },
  decides: 'Petugas tetap memutuskan; saran ini tidak meneruskan apa pun.',
};

export type RoutingMessages = typeof routingId;
