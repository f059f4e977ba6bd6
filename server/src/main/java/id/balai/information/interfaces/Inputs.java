package id.balai.information.interfaces;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import id.balai.information.domain.InformationErrors;
import id.balai.platform.domain.IsoDates;

/** Checks of request fields, each naming its field in the error. */
final class Inputs {
    private Inputs() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw InformationErrors.invalid("INVALID_" + field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(),
                    "Nilai " + field + " harus salah satu: " + allowed + ".",
                    "The " + field + " must be one of: " + allowed + ".", field);
        }
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : enumOf(type, value, field);
    }

    static String text(String value, String field, int min, int max, String nameId, String nameEn) {
        if (value == null || value.isBlank()) {
            throw InformationErrors.required(field, nameId, nameEn);
        }
        String v = value.strip();
        if (v.length() < min || v.length() > max) {
            throw InformationErrors.invalid("INVALID_LENGTH", nameId + " harus " + min + "-" + max + " karakter.",
                    nameEn + " must be " + min + "-" + max + " characters.", field);
        }
        return v;
    }

    static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw InformationErrors.invalid("INVALID_LENGTH", "Paling banyak " + max + " karakter.",
                    "At most " + max + " characters.", field);
        }
        return value.strip();
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InformationErrors.required(field, "Tanggal (TTTT-BB-HH)", "The date (YYYY-MM-DD)");
        }
        return optionalDate(value, field);
    }

    static LocalDate optionalDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return IsoDates.parse(value, field);
    }

    static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InformationErrors.notFound(what);
        }
    }

    static byte[] base64(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InformationErrors.required(field, "Isi berkas", "The file content");
        }
        try {
            return Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw InformationErrors.invalid("INVALID_BASE64", "Isi berkas harus base64.",
                    "The file content must be base64.", field);
        }
    }

    static int year(Integer year) {
        if (year == null) {
            throw InformationErrors.required("year", "Tahun", "The year");
        }
        return year;
    }
}
