package id.balai.letters.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regency's letter numbering (Tata Naskah Dinas): a pattern such as {@code {kode}/{nomor}/{unit}/{tahun}} giving
 * "045.2/017/PPID/2026". {@code {nomor}} is the letter's sequence in the regency's year, zero-padded to three
 * digits; {@code {kode}} the classification code of the letter's kind; {@code {unit}} the writing office's code;
 * {@code {tahun}} the year. A pattern without {@code {nomor}} and {@code {tahun}} could repeat a number, so it is
 * refused.
 */
public record LetterNumberPattern(String pattern) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    public static final List<String> PLACEHOLDERS = List.of("kode", "nomor", "unit", "tahun");
    public static final LetterNumberPattern DEFAULT = new LetterNumberPattern("{kode}/{nomor}/{unit}/{tahun}");

    public LetterNumberPattern {
        Objects.requireNonNull(pattern, "pattern");
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in " + pattern);
            }
        }
        if (!pattern.contains("{nomor}") || !pattern.contains("{tahun}")) {
            throw new IllegalArgumentException("a letter number pattern needs {nomor} and {tahun}: " + pattern);
        }
    }

    /** The number of the {@code sequence}-th letter of {@code year}. */
    public String format(String code, long sequence, String unit, int year) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return pattern.replace("{kode}", code).replace("{nomor}", String.format("%03d", sequence))
                .replace("{unit}", unit).replace("{tahun}", Integer.toString(year));
    }
}
