package id.balai.identity.domain;

import java.time.Duration;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.RetryLaterException;

/** The refusals of the identity context, each with its stable code. */
public final class IdentityErrors {
    private IdentityErrors() {
    }

    /** Wrong tenant, username or password, or an inactive account: never says which. */
    public static DomainException invalidCredentials() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS",
                Message.of("Nama pengguna atau kata sandi salah.", "Wrong username or password."));
    }

    public static DomainException invalidRefreshToken() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "INVALID_REFRESH_TOKEN",
                Message.of("Sesi sudah berakhir. Silakan masuk kembali.",
                        "The session has ended. Please sign in again."));
    }

    public static RetryLaterException locked(Duration remaining) {
        return new RetryLaterException("ACCOUNT_LOCKED",
                Message.of("Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara.",
                        "Too many failed sign-in attempts. The account is locked for a while."), remaining);
    }

    /** Wrong passwords in a row: the account takes the next attempt only after a wait that doubles each time. */
    public static RetryLaterException delayed(Duration remaining) {
        return new RetryLaterException("LOGIN_DELAYED",
                Message.of("Kata sandi salah beberapa kali. Tunggu sebentar sebelum mencoba lagi.",
                        "Several wrong passwords. Wait a moment before trying again."), remaining);
    }

    /** The password was right; the account also needs its authenticator code (or a recovery code). */
    public static DomainException secondFactorRequired() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "SECOND_FACTOR_REQUIRED",
                Message.of("Masukkan kode 6 angka dari aplikasi autentikator Anda, atau satu kode pemulihan.",
                        "Enter the 6-digit code from your authenticator app, or one recovery code."));
    }

    public static DomainException secondFactorInvalid() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "SECOND_FACTOR_INVALID",
                Message.of("Kode salah, kedaluwarsa, atau sudah dipakai.",
                        "The code is wrong, expired or already used."));
    }

    /** A session signed in with a password an administrator set may only replace it (ASVS 2.5.1). */
    public static DomainException passwordChangeRequired() {
        return new DomainException(DomainException.Kind.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                Message.of("Anda masuk dengan kata sandi sekali pakai. Buat kata sandi baru terlebih dahulu.",
                        "You signed in with a one-time password. Set a new password first."));
    }
}
