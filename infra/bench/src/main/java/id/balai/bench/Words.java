package id.balai.bench;

import java.util.SplittableRandom;

/**
 * Indonesian phrases for generated cases and register entries: varied enough that full-text search has realistic
 * selectivity (a word matches a few percent of entries, not all or none), plain enough to read in screenshots.
 */
final class Words {
    private Words() {
    }

    static final String[] COMPLAINT_TOPICS = {
        "Jalan rusak dan berlubang", "Lampu penerangan jalan mati", "Sampah menumpuk tidak diangkut",
        "Air PDAM tidak mengalir", "Pelayanan KTP elektronik lambat", "Banjir merendam permukiman",
        "Drainase tersumbat", "Jembatan kayu hampir roboh", "Pungutan liar di sekolah", "Puskesmas kekurangan obat",
        "Bantuan sosial tidak tepat sasaran", "Antrean panjang di kantor catatan sipil", "Pasar tradisional kumuh",
        "Parkir liar di bahu jalan", "Pohon tumbang menutup jalan", "Kebisingan pabrik malam hari",
        "Guru sering tidak hadir", "Saluran irigasi rusak", "Angkutan umum tidak berizin", "Izin usaha berbelit"
    };

    static final String[] PLACES = {
        "Desa Tanjung Raja", "Kelurahan Pasar", "Dusun Sukamaju", "Jalan Jenderal Sudirman", "Kompleks Perumnas",
        "Desa Lubuk Mumpo", "Kelurahan Air Lintang", "Jalan Poros Malili", "Desa Wasuponda", "Kecamatan Lawang Kidul",
        "Desa Harapan Jaya", "Jalan Ahmad Yani", "Pasar Inpres", "Terminal Bus Lama", "Desa Sumber Rejo"
    };

    static final String[] DETAILS = {
        "sudah berlangsung lebih dari dua minggu", "membahayakan pengendara sepeda motor", "warga sudah melapor ke desa",
        "terjadi setiap musim hujan", "anak sekolah terpaksa memutar jauh", "menimbulkan bau tidak sedap",
        "mohon segera ditindaklanjuti", "belum ada tanggapan dari dinas terkait", "terutama pada malam hari",
        "mengganggu kegiatan ekonomi warga"
    };

    static final String[] ANSWERS = {
        "Tim dinas telah melakukan pengecekan lapangan dan perbaikan dijadwalkan minggu ini.",
        "Laporan telah ditindaklanjuti; petugas sudah membersihkan lokasi.",
        "Perbaikan masuk dalam anggaran perubahan tahun berjalan.",
        "Keluhan diteruskan ke unit pelaksana teknis dan sudah diselesaikan.",
        "Petugas akan berkoordinasi dengan pemerintah desa setempat."
    };

    static final String[] DOC_KINDS = {
        "Laporan Keuangan", "Rencana Strategis", "Rencana Kerja", "Laporan Kinerja Instansi Pemerintah",
        "Daftar Penerima Bantuan", "Peraturan Bupati tentang", "Keputusan Bupati tentang", "Standar Pelayanan",
        "Laporan Realisasi Anggaran", "Daftar Aset Daerah", "Profil", "Pengumuman Pengadaan Barang dan Jasa",
        "Rekapitulasi Perizinan", "Data Statistik Sektoral", "Laporan Penyelenggaraan Pemerintahan Daerah",
        "Dokumen Pelaksanaan Anggaran", "Hasil Pemeriksaan BPK atas", "Kerangka Acuan Kerja", "Prosedur Operasional Standar",
        "Maklumat Pelayanan"
    };

    static final String[] DOC_SUBJECTS = {
        "pembangunan jalan desa", "perizinan berusaha", "pelayanan kesehatan dasar", "pendidikan anak usia dini",
        "pengelolaan sampah", "penanggulangan bencana", "air minum dan sanitasi", "bantuan sosial pangan",
        "pertanian dan perkebunan", "perikanan budidaya", "pariwisata daerah", "tenaga kerja dan transmigrasi",
        "kependudukan dan pencatatan sipil", "lingkungan hidup dan AMDAL", "pertambangan nikel", "perhubungan darat",
        "koperasi dan UMKM", "kepemudaan dan olahraga", "ketahanan pangan", "perumahan rakyat",
        "pemberdayaan masyarakat desa", "kesehatan ibu dan anak", "stunting", "retribusi daerah", "pajak daerah",
        "beasiswa daerah", "jaringan irigasi", "pasar rakyat", "penerangan jalan umum", "sertifikasi tanah"
    };

    static final String[] REQUEST_WANTED = {
        "Salinan dokumen anggaran dinas tahun lalu", "Data penerima bantuan sosial di desa kami",
        "Dokumen AMDAL dan izin lingkungan", "Rincian realisasi dana desa", "Daftar proyek pembangunan jalan",
        "Laporan hasil pemeriksaan keuangan", "Data jumlah tenaga kesehatan per puskesmas",
        "Salinan kontrak pengadaan barang", "Rencana tata ruang wilayah", "Data perizinan usaha pertambangan"
    };

    static final String[] PURPOSES = {
        "Penelitian skripsi", "Pemantauan anggaran oleh lembaga kami", "Bahan liputan berita",
        "Kepentingan pribadi sebagai warga", "Advokasi masyarakat desa"
    };

    static final String[] NAMES = {
        "Andi", "Siti", "Budi", "Dewi", "Ahmad", "Nur", "Rahmat", "Fitri", "Hendra", "Wulan", "Yusuf", "Rina",
        "Agus", "Sri", "Bambang", "Ratna", "Irfan", "Lestari", "Hasan", "Maya"
    };

    static final String[] SURNAMES = {
        "Saputra", "Rahayu", "Pratama", "Hidayat", "Wijaya", "Kurniawan", "Sari", "Nugroho", "Baso", "Daeng",
        "Siregar", "Lubis", "Harahap", "Syahputra", "Putri"
    };

    static final String[] OCCUPATIONS = {"Petani", "Guru", "Wiraswasta", "Mahasiswa", "Wartawan", "Peneliti", "Nelayan"};

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String name(SplittableRandom r) {
        return pick(r, NAMES) + " " + pick(r, SURNAMES);
    }
}
