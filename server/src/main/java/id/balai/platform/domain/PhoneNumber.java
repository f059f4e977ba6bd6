package id.balai.platform.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in one form, E.164 ({@code +6282374048333}), whichever way it was written: {@code 0823 7404 8333},
 * {@code 62-823-7404-8333}, {@code +62 (0)823 7404 8333} or {@code 823 7404 8333} (a form that printed the +62).
 * The SMS gateway, a citizen's form and an officer typing a call-back number write the same number differently;
 * looking up "this sender's earlier cases" needs them equal.
 */
public record PhoneNumber(String e164) {
    /** What people put between digits: spaces, hyphens, dots, brackets, slashes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\-.()/]");
    /** An Indonesian national significant number: mobile (8…) or landline (area code 2…–9…), 7–13 digits. */
    private static final Pattern INDONESIAN_NSN = Pattern.compile("[2-9][0-9]{6,12}");
    /** Any other country: 8 to 15 digits in all (E.164's maximum). */
    private static final Pattern FOREIGN = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
    }

    /** The number in E.164, or empty when the text is not a phone number. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(text).replaceAll("");
        String nsn;
        if (s.startsWith("+62")) {
            nsn = s.substring(3);
        } else if (s.startsWith("+")) {
            return FOREIGN.matcher(s).matches() ? Optional.of(new PhoneNumber(s)) : Optional.empty();
        } else if (s.startsWith("62")) {
            nsn = s.substring(2);
        } else if (s.startsWith("0")) {
            nsn = s.substring(1);
        } else {
            nsn = s;
        }
        // "+62 0812…" keeps the trunk zero that the country code replaces.
        if (nsn.startsWith("0")) {
            nsn = nsn.substring(1);
        }
        return INDONESIAN_NSN.matcher(nsn).matches() ? Optional.of(new PhoneNumber("+62" + nsn)) : Optional.empty();
    }

    @Override
    public String toString() {
        return e164;
    }
}
