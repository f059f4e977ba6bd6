package id.balai.complaints.domain.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated, realistic-looking dispatched history for Muara Enim's agencies, to measure the routing model on
 * (docs/routing.md). Reports are built from each agency's own words, words several agencies share ("jalan" for
 * roads and for coal trucks, "sekolah" for schools and for the roads to them), place names, everyday filler and
 * SMS-style abbreviations; one report in eight also mentions a second agency's matter, and one in twenty is a
 * short SMS-like line. The agencies' shares follow a typical SPIKM year: roads first. Deterministic for a seed.
 */
final class GeneratedHistory {
    private static final Map<String, Double> SHARE = new LinkedHashMap<>();
    private static final Map<String, String[][]> WORDS = new LinkedHashMap<>();

    static {
        SHARE.put("PUPR", 0.28);
        SHARE.put("DISHUB", 0.14);
        SHARE.put("DINKES", 0.12);
        SHARE.put("DISDIK", 0.10);
        SHARE.put("DISDUKCAPIL", 0.11);
        SHARE.put("DLH", 0.10);
        SHARE.put("DINSOS", 0.09);
        SHARE.put("DPMPTSP", 0.06);
        // subjects, problems, extras
        WORDS.put("PUPR", new String[][] {
                {"jalan", "jembatan", "drainase", "gorong-gorong", "aspal", "jalan kabupaten", "saluran air", "talud"},
                {"rusak parah", "berlubang", "ambruk", "tergenang banjir", "retak", "longsor", "tersumbat", "amblas"},
                {"perbaikan", "pengaspalan", "proyek", "kontraktor", "kendaraan susah lewat", "anak sekolah"}});
        WORDS.put("DISHUB", new String[][] {
                {"truk batu bara", "angkutan batubara", "truk tambang", "lampu lalu lintas", "parkir liar", "angkot",
                        "terminal", "rambu"},
                {"melintas siang hari", "macet", "muatan berlebih", "ugal-ugalan", "mati", "menutup jalan",
                        "tidak tertib", "debu"},
                {"jalan umum", "jam operasional", "kecelakaan", "petugas", "polisi", "lalu lintas"}});
        WORDS.put("DINKES", new String[][] {
                {"puskesmas", "rumah sakit", "bidan desa", "posyandu", "obat", "ambulans", "dokter", "BPJS"},
                {"tutup", "antre lama", "kosong", "tidak melayani", "pungutan", "tidak ramah", "terlambat", "ditolak"},
                {"pasien", "berobat", "imunisasi", "balita", "ibu hamil", "demam berdarah", "petugas kesehatan"}});
        WORDS.put("DISDIK", new String[][] {
                {"sekolah", "SD negeri", "SMP", "guru", "dana BOS", "ruang kelas", "PPDB", "seragam"},
                {"pungutan liar", "rusak", "jarang masuk", "tidak transparan", "bocor", "zonasi", "dijual mahal",
                        "kurang"},
                {"murid", "siswa", "kepala sekolah", "komite", "orang tua murid", "ijazah", "belajar"}});
        WORDS.put("DISDUKCAPIL", new String[][] {
                {"KTP elektronik", "kartu keluarga", "akta kelahiran", "akta kematian", "blangko", "NIK",
                        "surat pindah", "KIA"},
                {"belum jadi", "habis", "salah cetak", "berbulan-bulan", "dipungut biaya", "online gagal",
                        "antre", "ditolak"},
                {"perekaman", "dukcapil", "kantor camat", "pelayanan", "calo", "data kependudukan"}});
        WORDS.put("DLH", new String[][] {
                {"sampah", "tempat pembuangan", "sungai", "limbah", "asap", "bau busuk", "air sungai", "TPS"},
                {"menumpuk", "tidak diangkut", "tercemar", "dibuang sembarangan", "keruh", "dibakar", "menyengat",
                        "mati ikan"},
                {"pencemaran", "lingkungan", "pabrik", "perusahaan", "kebersihan", "truk sampah", "warga sekitar"}});
        WORDS.put("DINSOS", new String[][] {
                {"bantuan sosial", "PKH", "BLT", "sembako", "DTKS", "kartu sembako", "rumah tidak layak",
                        "bantuan lansia"},
                {"tidak tepat sasaran", "dipotong", "belum cair", "tidak terdaftar", "dicoret", "disalahgunakan",
                        "tidak merata", "terlambat"},
                {"keluarga miskin", "pendamping", "penerima", "data", "janda", "disabilitas", "kepala desa"}});
        WORDS.put("DPMPTSP", new String[][] {
                {"izin usaha", "IMB", "PBG", "NIB", "perizinan", "izin mendirikan bangunan", "OSS", "izin lokasi"},
                {"lambat", "berbelit", "dipersulit", "biaya tambahan", "tidak ada kejelasan", "ditolak sistem",
                        "berbulan", "calo"},
                {"investor", "pengusaha", "toko", "berkas", "mal pelayanan", "tanda daftar", "usaha kecil"}});
    }

    private static final String[] PLACES = {"Desa Tanjung Raja", "Kecamatan Lawang Kidul", "Desa Pagar Agung",
            "Kelurahan Pasar II", "Kecamatan Gunung Megang", "Desa Lubai", "Tanjung Enim", "Kecamatan Rambang",
            "Desa Muara Emburung", "dusun 3"};
    private static final String[] OPENERS = {"Mohon perhatian,", "Assalamualaikum pak,", "Lapor,", "Kami warga",
            "Tolong ditindaklanjuti:", "Sudah lama", "Saya ingin melaporkan", "Pak bupati,", ""};
    private static final String[] CLOSERS = {"Mohon segera ditindaklanjuti.", "Terima kasih.",
            "Sudah dilaporkan ke desa tapi tidak ada tanggapan.", "Warga sangat resah.", "Sudah 3 bulan begini.",
            "", "Tolong dicek."};

    private GeneratedHistory() {
    }

    static List<String> units() {
        return List.copyOf(SHARE.keySet());
    }

    /** {@code n} reports, each labelled with its agency. */
    static List<RoutingExample> generate(int n, long seed) {
        Random r = new Random(seed);
        List<RoutingExample> out = new ArrayList<>(n);
        List<String> units = units();
        for (int i = 0; i < n; i++) {
            String unit = pick(r);
            String text;
            if (r.nextInt(20) == 0) {
                text = sms(r, unit);
            } else {
                text = report(r, unit);
                if (r.nextInt(8) == 0) {
                    String other = units.get(r.nextInt(units.size()));
                    text = text + " Selain itu " + phrase(r, other) + ".";
                }
            }
            out.add(new RoutingExample(text, unit));
        }
        return out;
    }

    private static String pick(Random r) {
        double x = r.nextDouble();
        double sum = 0;
        for (Map.Entry<String, Double> e : SHARE.entrySet()) {
            sum += e.getValue();
            if (x < sum) {
                return e.getKey();
            }
        }
        return "PUPR";
    }

    private static String phrase(Random r, String unit) {
        String[][] w = WORDS.get(unit);
        return one(r, w[0]) + " " + one(r, w[1]);
    }

    private static String report(Random r, String unit) {
        String[][] w = WORDS.get(unit);
        StringBuilder b = new StringBuilder();
        b.append(one(r, OPENERS)).append(' ').append(phrase(r, unit)).append(" di ").append(one(r, PLACES))
                .append(". ");
        if (r.nextBoolean()) {
            b.append(capital(one(r, w[2]))).append(' ').append(one(r, w[1])).append(". ");
        }
        if (r.nextInt(3) == 0) {
            b.append("Masalah ").append(one(r, w[0])).append(" ini ").append(one(r, w[1])).append(". ");
        }
        b.append(one(r, CLOSERS));
        return b.toString().trim();
    }

    private static String sms(Random r, String unit) {
        String[][] w = WORDS.get(unit);
        return (one(r, w[0]) + " " + one(r, w[1]) + " " + one(r, PLACES)).replace("jalan", "jln")
                .replace("desa", "ds").replace("Desa", "ds");
    }

    private static String one(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
