package id.balai.platform.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a letter or a message to a citizen writes it: "7 Desember 2026", and "7 December 2026" in English. */
public final class LongDate {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private LongDate() {
    }

    public static String id(LocalDate d) {
        return ID.format(d);
    }

    public static String en(LocalDate d) {
        return EN.format(d);
    }
}
