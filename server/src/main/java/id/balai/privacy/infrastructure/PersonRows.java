package id.balai.privacy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.PhoneNumber;
import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;

/**
 * The {@code person} table over a JDBC connection that the caller holds inside a transaction bound to the tenant
 * (row-level security sees only that tenant's rows). Values are encrypted and decrypted here, so nothing but
 * ciphertext and keyed digests crosses the connection. Plain JDBC keeps the SQL exactly as written and lets tests
 * run it against a real PostgreSQL without the application server.
 */
public final class PersonRows {
    private static final String NAME = "person.name_enc";
    private static final String PHONE = "person.phone_enc";
    private static final String EMAIL = "person.email_enc";
    private static final String ADDRESS = "person.address_enc";
    private static final String ID_NUMBER = "person.id_number_enc";
    private static final String OCCUPATION = "person.occupation_enc";
    private static final String PHONE_DIGEST = "person.phone_digest";
    private static final String EMAIL_DIGEST = "person.email_digest";

    private final Connection connection;
    private final AesGcmCipher cipher;
    private final LookupDigests digests;

    public PersonRows(Connection connection, AesGcmCipher cipher, LookupDigests digests) {
        this.connection = connection;
        this.cipher = cipher;
        this.digests = digests;
    }

    public void insert(TenantId tenant, PersonRef ref, PersonalData data) throws SQLException {
        UUID row = ref.value();
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into person (tenant_id, id, name_enc, phone_enc, email_enc, address_enc, id_number_enc,
                                    occupation_enc, phone_digest, email_digest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            ps.setString(1, tenant.value());
            ps.setObject(2, row);
            bytes(ps, 3, encrypt(data.name(), tenant, NAME, row));
            bytes(ps, 4, encrypt(data.phone(), tenant, PHONE, row));
            bytes(ps, 5, encrypt(data.email(), tenant, EMAIL, row));
            bytes(ps, 6, encrypt(data.address(), tenant, ADDRESS, row));
            bytes(ps, 7, encrypt(data.idNumber(), tenant, ID_NUMBER, row));
            bytes(ps, 8, encrypt(data.occupation(), tenant, OCCUPATION, row));
            bytes(ps, 9, phoneKey(data.phone()).map(p -> digests.current(tenant, PHONE_DIGEST, p)).orElse(null));
            bytes(ps, 10, emailKey(data.email()).map(e -> digests.current(tenant, EMAIL_DIGEST, e)).orElse(null));
            ps.executeUpdate();
        }
    }

    public Optional<PersonalData> select(TenantId tenant, PersonRef ref) throws SQLException {
        UUID row = ref.value();
        try (PreparedStatement ps = connection.prepareStatement("""
                select name_enc, phone_enc, email_enc, address_enc, id_number_enc, occupation_enc
                from person where tenant_id = ? and id = ?
                """)) {
            ps.setString(1, tenant.value());
            ps.setObject(2, row);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                // An erased row has every value null, and so reads as PersonalData.erased().
                return Optional.of(new PersonalData(
                        decrypt(rs.getBytes(1), tenant, NAME, row),
                        decrypt(rs.getBytes(2), tenant, PHONE, row),
                        decrypt(rs.getBytes(3), tenant, EMAIL, row),
                        decrypt(rs.getBytes(4), tenant, ADDRESS, row),
                        decrypt(rs.getBytes(5), tenant, ID_NUMBER, row),
                        decrypt(rs.getBytes(6), tenant, OCCUPATION, row)));
            }
        }
    }

    /** @return false when the tenant holds no such person */
    public boolean erase(TenantId tenant, PersonRef ref) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                update person set name_enc = null, phone_enc = null, email_enc = null, address_enc = null,
                                  id_number_enc = null, occupation_enc = null, phone_digest = null,
                                  email_digest = null, erased_at = coalesce(erased_at, now())
                where tenant_id = ? and id = ?
                """)) {
            ps.setString(1, tenant.value());
            ps.setObject(2, ref.value());
            return ps.executeUpdate() > 0;
        }
    }

    public List<PersonRef> findByPhone(TenantId tenant, String phone) throws SQLException {
        Optional<String> key = phoneKey(phone);
        return key.isEmpty() ? List.of()
                : findByDigest(tenant, "phone_digest", digests.candidates(tenant, PHONE_DIGEST, key.get()));
    }

    public List<PersonRef> findByEmail(TenantId tenant, String email) throws SQLException {
        Optional<String> key = emailKey(email);
        return key.isEmpty() ? List.of()
                : findByDigest(tenant, "email_digest", digests.candidates(tenant, EMAIL_DIGEST, key.get()));
    }

    private List<PersonRef> findByDigest(TenantId tenant, String column, List<byte[]> candidates)
            throws SQLException {
        List<PersonRef> found = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select id from person where tenant_id = ? and "
                + column + " = any (?) order by created_at, id")) {
            ps.setString(1, tenant.value());
            ps.setArray(2, connection.createArrayOf("bytea", candidates.toArray(byte[][]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new PersonRef(rs.getObject(1, UUID.class)));
                }
            }
        }
        return found;
    }

    private static Optional<String> phoneKey(String phone) {
        return PhoneNumber.parse(phone).map(PhoneNumber::e164);
    }

    /** Addresses are compared ignoring case: mail providers treat the local part that way in practice. */
    private static Optional<String> emailKey(String email) {
        return Optional.ofNullable(email).map(String::strip).filter(e -> !e.isEmpty())
                .map(e -> e.toLowerCase(Locale.ROOT));
    }

    private byte[] encrypt(String value, TenantId tenant, String column, UUID row) {
        return value == null ? null : cipher.encrypt(value, new FieldAddress(tenant, column, row));
    }

    private String decrypt(byte[] value, TenantId tenant, String column, UUID row) {
        return value == null ? null : cipher.decrypt(value, new FieldAddress(tenant, column, row));
    }

    private static void bytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BINARY);
        } else {
            ps.setBytes(index, value);
        }
    }
}
