package id.balai.platform.domain;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * The one rule every text that comes in obeys, whatever carries it (a JSON body, a form, a multipart part, a
 * query or path parameter, an SMS): no control characters. NUL cannot be stored in PostgreSQL at all, and the
 * others have no place in a citizen's or an officer's words but can break logs, CSV and PDF exports, e-mail
 * headers and SMS. A {@link MultiLine} text may hold tab, line feed and carriage return; a single-line text
 * (a name, a code, a title) none. C0 controls (U+0000-U+001F), DEL (U+007F), C1 controls (U+0080-U+009F) and
 * lone UTF-16 surrogates (not a character; they would be stored as '?') are refused with 400
 * {@code CONTROL_CHARACTER}, naming the field by its path ({@code reporter.name}, {@code items[2].note}).
 */
public final class InputText {
    /** Deeper than any input Balai reads; stops a pathological document early. */
    private static final int MAX_DEPTH = 32;

    private InputText() {
    }

    /** Refuses a text with a character not allowed in it; {@code field} names it in the error. */
    public static void check(String value, String field, boolean multiLine) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (!allowed(c, multiLine)) {
                throw refused(field, multiLine);
            }
        }
    }

    static boolean allowed(char c, boolean multiLine) {
        if (c < 0x20) {
            return multiLine && (c == '\t' || c == '\n' || c == '\r');
        }
        return !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c);
    }

    /**
     * Checks every text in an input: the components of records (multi-line where marked {@link MultiLine}),
     * the elements of lists and arrays, the keys (single-line) and values of maps. Other values (numbers, enums,
     * dates) hold no text.
     */
    public static void checkAll(Object input, String field, boolean multiLine) {
        walk(input, field, multiLine, 0);
    }

    private static void walk(Object value, String path, boolean multiLine, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence s) {
            check(s.toString(), path, multiLine);
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                walk(component(r, c), join(path, c.getName()), c.isAnnotationPresent(MultiLine.class), depth + 1);
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object e : list) {
                walk(e, path(path) + "[" + i++ + "]", multiLine, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                check(key, path(path), false);
                walk(e.getValue(), join(path, key), multiLine, depth + 1);
            }
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                walk(Array.get(value, i), path(path) + "[" + i + "]", multiLine, depth + 1);
            }
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            // An accessor that cannot be called holds nothing that JSON filled in.
            return null;
        }
    }

    private static String path(String path) {
        return path == null ? "" : path;
    }

    private static String join(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }

    static DomainException refused(String field, boolean multiLine) {
        String where = field == null || field.isEmpty() ? "Isi permintaan" : "Kolom " + field;
        String whereEn = field == null || field.isEmpty() ? "The request" : "The field " + field;
        return new DomainException(DomainException.Kind.INVALID, "CONTROL_CHARACTER", Message.of(
                where + " berisi karakter kendali yang tidak diizinkan" + (multiLine
                        ? " (hanya tab dan baris baru yang boleh)." : " (teks satu baris tanpa tab atau baris baru)."),
                whereEn + " contains a control character that is not allowed" + (multiLine
                        ? " (only tab and line breaks are)." : " (single-line text, no tab or line break).")),
                field == null || field.isEmpty() ? null : field);
    }
}
