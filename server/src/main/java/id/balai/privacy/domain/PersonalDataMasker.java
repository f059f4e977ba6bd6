package id.balai.privacy.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import id.balai.platform.domain.PhoneNumber;

/**
 * Finds personal data in a citizen's free text and replaces each finding with a marker in Indonesian
 * ({@code [NIK disamarkan]}), so that what is published about a report names and reaches nobody (UU 27/2022; a
 * reporter's identity is exempt information, Perbup Luwu Timur Pasal 16(1)b.4a.2). There is no standard library for
 * Indonesian personal data, so these are regular expressions with checks: a NIK must have a plausible structure
 * (province code, a real date of birth), a phone number an Indonesian numbering plan, a bank account a bank word
 * near it, a plate a known region code. It proposes; the central administrator decides what is published.
 *
 * <p>Pure: no I/O, no logging. A {@link Finding} holds positions, never the value; callers show kinds.
 */
public final class PersonalDataMasker {

    /** What was found, with the marker that replaces it and a plain Indonesian label for officers. */
    public enum Kind {
        NIK("[NIK disamarkan]", "NIK (nomor induk kependudukan)"),
        EMAIL("[alamat e-mail disamarkan]", "alamat e-mail"),
        BANK_ACCOUNT("[nomor rekening disamarkan]", "nomor rekening bank"),
        PHONE("[nomor telepon disamarkan]", "nomor telepon"),
        REPORTER_PHONE("[nomor telepon disamarkan]", "nomor telepon pelapor"),
        REPORTER_NAME("[nama disamarkan]", "nama pelapor"),
        PLATE("[nomor polisi disamarkan]", "nomor polisi kendaraan"),
        ADDRESS("[alamat disamarkan]", "alamat rumah (RT/RW, nomor rumah)"),
        NAME("[nama disamarkan]", "nama orang (setelah sapaan Pak, Bu, Sdr.)");

        private final String marker;
        private final String label;

        Kind(String marker, String label) {
            this.marker = marker;
            this.label = label;
        }

        public String marker() {
            return marker;
        }

        /** What it is, in words an officer or a citizen understands. */
        public String label() {
            return label;
        }
    }

    /** One finding: {@code [start, end)} in the text. */
    public record Finding(Kind kind, int start, int end) {
    }

    /** The masked text and what was replaced (kinds and positions in the original, never values). */
    public record Masked(String text, List<Finding> findings) {
        /** How many of each kind, in the order of {@link Kind}. */
        public Map<Kind, Integer> counts() {
            Map<Kind, Integer> counts = new LinkedHashMap<>();
            for (Kind k : Kind.values()) {
                int n = (int) findings.stream().filter(f -> f.kind() == k).count();
                if (n > 0) {
                    counts.put(k, n);
                }
            }
            return counts;
        }
    }

    /**
     * What is known of the reporter, to find it in the text however it is written (either may be null).
     *
     * @param name  the reporter's name from the vault
     * @param phone the reporter's phone number from the vault
     */
    public record Known(String name, String phone) {
        public static final Known NONE = new Known(null, null);
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** Sixteen digits, possibly grouped (4-4-4-4 or 6-6-4) by spaces, dots or hyphens. */
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile(
            "(?<![\\d])\\d{4,6}(?:[ .-]?\\d{2,6}){2,3}(?![\\d])");
    private static final Pattern BANK_WORD = Pattern.compile(
            "(?i)\\b(?:no\\.?\\s*rek\\.?|norek|rek\\.?|rekening|BRI|BNI|Mandiri|BCA|BSI|BTN|bank)\\b");
    /** Ten to sixteen digits (grouped or not) within a short distance after a bank word. */
    private static final Pattern ACCOUNT_DIGITS = Pattern.compile("(?<![\\d])\\d(?:[ .-]?\\d){9,15}(?![\\d])");
    private static final int BANK_WINDOW = 40;
    /** A phone-like run: +62, 62 or 0 (maybe bracketed area code), then digits with single separators. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+62[\\s.-]?|62[\\s.-]?|\\(0\\d{1,3}\\)[\\s.-]?|0)\\(?\\d(?:[\\s.()-]{0,2}\\d){5,13}");
    private static final Set<String> REGIONS = Set.of("A", "AA", "AB", "AD", "AE", "AG", "B", "BA", "BB", "BD",
            "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP", "D", "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL",
            "DM", "DN", "DR", "DS", "DT", "E", "EA", "EB", "ED", "F", "G", "H", "K", "KB", "KH", "KT", "KU", "L",
            "M", "N", "P", "PA", "PB", "R", "S", "T", "W", "Z");
    private static final Pattern PLATE = Pattern.compile("\\b([A-Z]{1,2})\\s?(\\d{1,4})\\s?([A-Z]{1,3})\\b");
    private static final Pattern RT_RW = Pattern.compile(
            "(?i)\\bRT\\.?\\s*0*\\d{1,3}(?:\\s*[/,]?\\s*RW\\.?\\s*0*\\d{1,3})?\\b|\\bRW\\.?\\s*0*\\d{1,3}\\b");
    private static final Pattern STREET_NUMBER = Pattern.compile(
            "(?i)\\b(?:Jl|Jln|Jalan|Gg|Gang|Lorong|Lr)\\.?\\s+[^\\n,;]{1,60}?\\s+No(?:mor)?\\.?\\s*\\d{1,4}[A-Za-z]?\\b");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\b[Nn]o\\.?\\s*\\d{1,4}[A-Za-z]?\\b");
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "(?<![\\w])(?:[Pp]ak|[Bb]u|[Bb]apak|[Ii]bu|[Ss]dr\\.?|[Ss]dri\\.?|[Ss]audara|[Ss]audari)\\s+"
                    + "((?:[A-Z][A-Za-z]*\\.?\\s+)*?)"
                    + "((?:H|Hj|Dr|dr|Ir)\\.\\s*)?"
                    + "([A-Z][a-z'’]+(?:\\s+[A-Z][a-z'’]+){0,3})");
    /**
     * Words after a greeting that name a position, not a person: "Pak RT", "Bu Lurah", "Ibu Kota". A name after
     * them is still masked ("Pak Kades Joko").
     */
    private static final Set<String> TITLES = Set.of("rt", "rw", "lurah", "camat", "kades", "kadus", "kepala",
            "bupati", "wakil", "sekda", "sekdes", "sekcam", "polisi", "guru", "dokter", "haji", "ustadz", "ustad",
            "kapolsek", "danramil", "babinsa", "ketua", "menteri", "gubernur", "presiden", "direktur", "kadis",
            "satpam", "kota", "kadin", "pj", "plt", "wali", "walikota", "dan", "atau", "yang", "di", "ke", "dari",
            "tolong", "mohon", "pejabat", "petugas", "pegawai", "kasi", "kabid", "staf", "hakim", "jaksa", "bidan",
            "mantri", "perawat", "kapolres", "dandim", "pak", "bu", "bapak", "ibu");

    /** Parts of a name that are words of their own: masking them everywhere would mask the language. */
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "binti", "dan", "van", "der", "nur", "abdul",
            "muhammad", "muhamad", "mohammad", "siti");

    private PersonalDataMasker() {
    }

    /** Finds and masks; the reporter's own name and phone count wherever they appear, in any case. */
    public static Masked mask(String text, Known known) {
        if (text == null || text.isEmpty()) {
            return new Masked(text, List.of());
        }
        List<Finding> findings = find(text, known == null ? Known.NONE : known);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Finding f : findings) {
            out.append(text, at, f.start()).append(f.kind().marker());
            at = f.end();
        }
        out.append(text, at, text.length());
        return new Masked(out.toString(), findings);
    }

    /**
     * Every finding, non-overlapping and in text order. Where two overlap, the one found by the stronger rule
     * (in the order of {@link Kind}: the reporter's data and structured numbers before words) wins.
     */
    public static List<Finding> find(String text, Known known) {
        List<Finding> all = new ArrayList<>();
        email(text, all);
        reporter(text, known, all);
        bankAccounts(text, all);
        niks(text, all);
        phones(text, all);
        plates(text, all);
        addresses(text, all);
        names(text, all);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(kept);
    }

    private static void email(String text, List<Finding> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Finding(Kind.EMAIL, m.start(), m.end()));
        }
    }

    private static void reporter(String text, Known known, List<Finding> out) {
        if (known.phone() != null) {
            PhoneNumber.parse(known.phone()).filter(p -> p.e164().startsWith("+62")).ifPresent(p -> {
                StringBuilder re = new StringBuilder("(?<![\\d])(?:\\+?62[\\s.-]?(?:\\(0\\))?|0)?");
                String nsn = p.e164().substring(3);
                for (int i = 0; i < nsn.length(); i++) {
                    re.append(i == 0 ? "" : "[\\s.()-]{0,2}").append(nsn.charAt(i));
                }
                re.append("(?![\\d])");
                Matcher m = Pattern.compile(re.toString()).matcher(text);
                while (m.find()) {
                    out.add(new Finding(Kind.REPORTER_PHONE, m.start(), m.end()));
                }
            });
        }
        if (known.name() != null && !known.name().isBlank()) {
            String name = known.name().strip();
            List<String> forms = new ArrayList<>();
            forms.add(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"));
            // Each part of the name on its own too ("Budi" of "Budi Santoso"), unless too short to mean the person.
            for (String part : name.split("\\s+")) {
                if (part.replaceAll("[^\\p{L}]", "").length() >= 3
                        && !NAME_PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                    forms.add(Pattern.quote(part));
                }
            }
            for (String form : forms) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + form + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
                while (m.find()) {
                    out.add(new Finding(Kind.REPORTER_NAME, m.start(), m.end()));
                }
            }
        }
    }

    private static void bankAccounts(String text, List<Finding> out) {
        Matcher word = BANK_WORD.matcher(text);
        while (word.find()) {
            int windowEnd = Math.min(text.length(), word.end() + BANK_WINDOW);
            Matcher digits = ACCOUNT_DIGITS.matcher(text).region(word.end(), windowEnd);
            digits.useTransparentBounds(true);
            if (digits.find()) {
                int n = digits.group().replaceAll("\\D", "").length();
                if (n >= 10 && n <= 16) {
                    out.add(new Finding(Kind.BANK_ACCOUNT, digits.start(), digits.end()));
                }
            }
        }
    }

    private static void niks(String text, List<Finding> out) {
        Matcher m = SIXTEEN_DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (isPlausibleNik(digits)) {
                out.add(new Finding(Kind.NIK, m.start(), m.end()));
            }
        }
    }

    /**
     * A NIK (Nomor Induk Kependudukan, UU 24/2013): 16 digits, province code 11-94, regency and district codes
     * not 00, a real date of birth DDMMYY (women: day + 40), and a serial number not 0000.
     */
    public static boolean isPlausibleNik(String digits) {
        if (digits == null || !digits.matches("\\d{16}")) {
            return false;
        }
        int province = Integer.parseInt(digits.substring(0, 2));
        int regency = Integer.parseInt(digits.substring(2, 4));
        int district = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int year = Integer.parseInt(digits.substring(10, 12));
        int serial = Integer.parseInt(digits.substring(12, 16));
        if (province < 11 || province > 94 || regency == 0 || district == 0 || serial == 0) {
            return false;
        }
        if (day > 40) {
            day -= 40;
        }
        return validDate(1900 + year, month, day) || validDate(2000 + year, month, day);
    }

    private static boolean validDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void phones(String text, List<Finding> out) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            // The run may take a separator and a following number ("0812-3456-7890 2 kali"): the longest prefix that
            // is a phone number is the finding.
            for (int end = m.end(); end > m.start(); end--) {
                if (Character.isDigit(text.charAt(end - 1)) && lastGroup(text, m.start(), end) >= 3
                        && isPhone(text.substring(m.start(), end))) {
                    out.add(new Finding(Kind.PHONE, m.start(), end));
                    break;
                }
            }
        }
    }

    /** The length of the digit group that ends at {@code end} (a number is written in groups of three or more). */
    private static int lastGroup(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isDigit(text.charAt(i - 1))) {
            i--;
        }
        return end - i;
    }

    /** An Indonesian number: mobile 08… (9-12 digits after the 0) or a landline with its area code (8-11). */
    static boolean isPhone(String written) {
        String s = written.replaceAll("[^\\d+]", "");
        String nsn;
        if (s.startsWith("+62")) {
            nsn = s.substring(3);
        } else if (s.startsWith("62")) {
            nsn = s.substring(2);
        } else if (s.startsWith("0")) {
            nsn = s.substring(1);
        } else {
            return false;
        }
        if (nsn.startsWith("0")) {
            nsn = nsn.substring(1);
        }
        if (nsn.startsWith("8")) {
            return nsn.length() >= 9 && nsn.length() <= 12;
        }
        return nsn.matches("[2-79]\\d{7,10}");
    }

    private static void plates(String text, List<Finding> out) {
        Matcher m = PLATE.matcher(text);
        while (m.find()) {
            if (REGIONS.contains(m.group(1))) {
                out.add(new Finding(Kind.PLATE, m.start(), m.end()));
            }
        }
    }

    private static void addresses(String text, List<Finding> out) {
        for (Pattern p : List.of(STREET_NUMBER, RT_RW, HOUSE_NUMBER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Finding(Kind.ADDRESS, m.start(), m.end()));
            }
        }
    }

    private static void names(String text, List<Finding> out) {
        Matcher m = HONORIFIC_NAME.matcher(text);
        while (m.find()) {
            String titles = m.group(1).strip();
            // "Ibu Kota Nusantara" is a capital city, not a person.
            if ((titles + " " + m.group(3)).strip().toLowerCase(Locale.ROOT).startsWith("kota")) {
                continue;
            }
            boolean onlyTitles = titles.isEmpty() || java.util.Arrays.stream(titles.split("\\s+"))
                    .allMatch(w -> TITLES.contains(w.replace(".", "").toLowerCase(Locale.ROOT)));
            if (!onlyTitles) {
                continue;
            }
            // Trailing title words are not part of the name ("Bu Lurah" stops at "Lurah"); leading ones were skipped.
            String[] words = m.group(3).split("\\s+");
            int start = m.start(3);
            int taken = 0;
            int end = start;
            int cursor = start;
            for (String w : words) {
                int at = text.indexOf(w, cursor);
                if (TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                    if (taken > 0) {
                        break;
                    }
                    start = at + w.length();
                    cursor = start;
                    continue;
                }
                if (taken == 0) {
                    start = at;
                }
                end = at + w.length();
                cursor = end;
                taken++;
            }
            if (taken > 0) {
                out.add(new Finding(Kind.NAME, start, end));
            }
        }
    }
}
