package id.balai.identity.domain;

import java.util.ArrayList;
import java.util.List;

import com.nulabinc.zxcvbn.Zxcvbn;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/**
 * What a new password must be (OWASP ASVS 2.1.1-2.1.9, NIST SP 800-63B 5.1.1.2): 12 to 128 characters, any
 * characters, no composition rules; and not guessable: zxcvbn's estimate, which knows lists of common and breached
 * passwords, English words, names, keyboard walks, repeats and dates, plus the Indonesian words below and the
 * account's own names, must reach "safely unguessable" ({@link #MIN_SCORE}).
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3: more than 10^8 guesses, enough against online guessing with the sign-in limits. */
    static final int MIN_SCORE = 3;

    /** Words an Indonesian office would build a password from, which zxcvbn's English lists do not hold. */
    private static final List<String> LOCAL_WORDS = List.of("balai", "sandi", "katasandi", "rahasia", "indonesia",
            "jakarta", "sayang", "cinta", "admin", "pengaduan", "keluhan", "informasi", "ppid", "spikm", "kabupaten",
            "pemkab", "dinas", "kantor", "merdeka", "garuda", "bismillah", "muara", "enim", "luwu", "timur",
            "selamat", "pagi", "masuk", "petugas", "operator");

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRules() {
    }

    public static void check(String password, String field) {
        check(password, field, List.of());
    }

    /**
     * @param context words tied to the account (username, name, regency) that make a password guessable
     */
    public static void check(String password, String field, List<String> context) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new DomainException(DomainException.Kind.INVALID, "WEAK_PASSWORD",
                    Message.of("Kata sandi harus " + MIN_LENGTH + " sampai " + MAX_LENGTH + " karakter.",
                            "The password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long."),
                    field);
        }
        List<String> words = new ArrayList<>(LOCAL_WORDS);
        context.stream().filter(w -> w != null && !w.isBlank()).map(String::toLowerCase).forEach(words::add);
        if (ZXCVBN.measure(password, words).getScore() < MIN_SCORE) {
            throw new DomainException(DomainException.Kind.INVALID, "COMMON_PASSWORD",
                    Message.of("Kata sandi ini terlalu mudah ditebak: terlalu umum, pernah bocor, atau berupa "
                            + "pengulangan, urutan, kata, atau nama. Pakai kalimat panjang yang hanya Anda ketahui.",
                            "This password is too easy to guess: common, leaked before, or a repeat, sequence, word "
                                    + "or name. Use a long phrase only you know."),
                    field);
        }
    }
}
