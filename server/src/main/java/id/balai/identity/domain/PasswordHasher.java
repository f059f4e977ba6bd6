package id.balai.identity.domain;

/** Hashes and checks passwords with a standard, salted, slow algorithm. Never stores or logs the password. */
public interface PasswordHasher {
    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
