package id.balai.identity.application;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import id.balai.audit.application.AuditLog;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.PasswordHasher;
import id.balai.identity.domain.Role;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The platform operator creates provincial admins: platform accounts with the PROVINCIAL_ADMIN role and the
 * province code (Kemendagri two-digit code, as in the tenant files) that scopes everything they see. The password is
 * generated and returned once, as for officers ({@link OfficerAdministration}).
 */
@ApplicationScoped
public class ProvincialAdmins {
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    private static final Pattern PROVINCE = Pattern.compile("^[0-9]{2}$");

    @Inject
    AccountRecords accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Transactional
    public OfficerAdministration.WithPassword create(String username, String displayName, String provinceCode,
            Actor actor) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw invalid("INVALID_USERNAME", "Nama pengguna 3-64 karakter: huruf kecil, angka, titik, garis.",
                    "Username: 3-64 characters of lower-case letters, digits, dot, dash, underscore.", "username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw invalid("INVALID_DISPLAY_NAME", "Nama tampilan wajib diisi (paling banyak 120 karakter).",
                    "A display name is required (at most 120 characters).", "displayName");
        }
        if (provinceCode == null || !PROVINCE.matcher(provinceCode).matches()) {
            throw invalid("INVALID_PROVINCE", "Kode provinsi dua angka (Kemendagri), misalnya 73.",
                    "A two-digit province code (Kemendagri), e.g. 73.", "province");
        }
        if (accounts.findPlatformAccount(username).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "USERNAME_TAKEN",
                    Message.of("Nama pengguna sudah dipakai.", "That username is taken."), "username");
        }
        String password = OfficerAdministration.newPassword();
        Account account = new Account(UUID.randomUUID(), null, username, displayName.trim(),
                hasher.hash(password.toCharArray()), EnumSet.of(Role.PROVINCIAL_ADMIN), null, provinceCode, true, 0,
                null);
        // Handed over by the operator: its holder may only replace it (ASVS 2.5.1).
        account.assignOneTimePassword(account.passwordHash());
        accounts.insert(account);
        audit.recordPlatform(actor, "OFFICER_CREATED", "account", account.id().toString(),
                Map.of("username", username, "roles", "PROVINCIAL_ADMIN", "province", provinceCode));
        return new OfficerAdministration.WithPassword(account, password);
    }

    private static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }
}
