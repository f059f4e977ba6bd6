package id.balai.complaints.domain.routing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A simple Indonesian tokeniser for the routing classifier: lower case, split on anything that is not a letter,
 * drop one- and two-letter words and common function words, and strip the commonest inflectional suffixes
 * (particles -lah, -kah, -tah, -pun; possessives -ku, -mu, -nya) and the suffixes -kan, -an, -i when a stem of at
 * least four letters remains. Prefixes are left alone: "perbaikan" and "diperbaiki" stay apart, which costs little
 * on report texts and never merges unrelated words, as aggressive prefix stripping does ("pemukiman" / "mukim").
 */
public final class RoutingTokeniser {
    /** Function words and words every report carries ("mohon", "tolong"): they say nothing about the agency. */
    static final Set<String> STOP_WORDS = Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan",
            "pada", "dalam", "tidak", "ada", "akan", "sudah", "belum", "juga", "atau", "karena", "sangat", "kami",
            "kita", "saya", "aku", "anda", "mereka", "dia", "ia", "oleh", "sejak", "hingga", "sampai", "agar",
            "supaya", "bisa", "dapat", "harus", "telah", "masih", "lagi", "saja", "pun", "para", "bapak", "ibu",
            "mohon", "tolong", "segera", "terima", "kasih", "pak", "bu", "kok", "sih", "dong", "nya", "tersebut",
            "kepada", "bagi", "tentang", "secara", "lebih", "banyak", "sekali", "setiap", "semua", "warga",
            "kalau", "jika", "bila", "namun", "tetapi", "tapi", "seperti", "sering", "hari", "sekarang", "lama",
            "pihak", "terkait", "mana", "apa", "kenapa", "mengapa", "bagaimana", "kapan", "siapa", "bulan",
            "minggu", "tahun", "the", "and");
    private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
    private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
    private static final String[] DERIVATIONAL = {"kan", "an", "i"};
    private static final int MIN_STEM = 4;

    private RoutingTokeniser() {
    }

    /** The tokens of a text, in order, repeated as often as they occur; an empty list for null or blank text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}]+")) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (!STOP_WORDS.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** One word's stem: at most one particle, one possessive and one derivational suffix, outermost first. */
    static String stem(String word) {
        String w = strip(word, PARTICLES);
        w = strip(w, POSSESSIVES);
        return strip(w, DERIVATIONAL);
    }

    private static String strip(String word, String[] suffixes) {
        for (String s : suffixes) {
            if (word.endsWith(s) && word.length() - s.length() >= MIN_STEM) {
                return word.substring(0, word.length() - s.length());
            }
        }
        return word;
    }
}
