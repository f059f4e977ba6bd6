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
}
