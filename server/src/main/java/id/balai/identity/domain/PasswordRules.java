package id.balai.identity.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** What a new password must be: long enough to resist guessing, not absurdly long (hashing cost). */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    public static void check(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new DomainException(DomainException.Kind.INVALID, "WEAK_PASSWORD",
                    Message.of("Kata sandi harus " + MIN_LENGTH + " sampai " + MAX_LENGTH + " karakter.",
                            "The password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long."),
                    field);
        }
    }
}
