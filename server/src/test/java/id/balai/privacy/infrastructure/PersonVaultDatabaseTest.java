package id.balai.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.support.TestDatabase;

/**
 * The {@code person} table on a real PostgreSQL with the migrations, used as the application role inside a
 * tenant-bound transaction, as {@link JpaPersonalDataVault} uses it: only ciphertext reaches the database, the
 * role sees and writes only its tenant's rows, and it cannot delete.
 */
class PersonVaultDatabaseTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TenantId ALPHA = new TenantId("alpha");
    private static final TenantId BETA = new TenantId("beta");
    private static final PersonalData SITI = new PersonalData("Siti Aminah", "0823-7404-8333", "Siti@Example.id",
            "Jl. Merdeka No. 1, Muara Enim", "1603014501900001", "Petani kopi");

    private static TestDatabase database;
    private static String firstKey;

    @FunctionalInterface
    private interface RowsWork<T> {
        T apply(PersonRows rows) throws SQLException;
    }

    @BeforeAll
    static void start() throws IOException, SQLException {
        database = TestDatabase.start("balai-person-test", "alpha", "beta");
        firstKey = "1:" + randomKey();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theRowHoldsCiphertextAndDigestsButNoClearText() throws SQLException {
        PersonRef ref = store(ALPHA, SITI);
        try (Connection c = database.owner(); PreparedStatement ps = c.prepareStatement("select name_enc, phone_enc, "
                + "email_enc, address_enc, id_number_enc, occupation_enc, phone_digest, email_digest "
                + "from person where id = ?")) {
            ps.setObject(1, ref.value());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                for (int i = 1; i <= 8; i++) {
                    byte[] stored = rs.getBytes(i);
                    assertThat(stored).as("column " + i).isNotNull();
                    for (String clear : new String[] {"Siti", "Aminah", "0823", "8233", "7404", "+628", "Example",
                            "siti@example.id", "Merdeka", "1603014501900001", "Petani"}) {
                        assertThat(indexOf(stored, clear.getBytes(StandardCharsets.UTF_8)))
                                .as("column " + i + " holds " + clear).isEqualTo(-1);
                    }
                }
                assertThat(rs.getBytes(7)).hasSize(32);
            }
        }
        assertThat(read(ALPHA, ref)).hasValue(SITI);
    }

    @Test
    void theApplicationRoleInOneTenantSeesAndFindsNoneOfAnothersPersons() throws SQLException {
        PersonRef betas = store(BETA, SITI);
        store(ALPHA, SITI);
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, "alpha");
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from person where tenant_id = 'beta'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            PersonRows rows = rows(c, firstKey);
            assertThat(rows.select(BETA, betas)).isEmpty();
            assertThat(rows.select(ALPHA, betas)).isEmpty();
            assertThat(rows.findByPhone(BETA, "082374048333")).isEmpty();
            assertThat(rows.erase(BETA, betas)).isFalse();
            c.rollback();
        }
        assertThat(read(BETA, betas)).hasValue(SITI);
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoPersons() throws SQLException {
        store(ALPHA, SITI);
        try (Connection c = database.app(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from person")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void theApplicationRoleCannotWriteAPersonForAnotherTenant() throws SQLException {
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, "alpha");
            assertThatThrownBy(() -> rows(c, firstKey).insert(BETA, PersonRef.random(), SITI))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotDeleteAPerson() throws SQLException {
        store(ALPHA, SITI);
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, "alpha");
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("delete from person")).hasMessageContaining("permission denied");
            }
            c.rollback();
        }
    }

    @Test
    void aPersonIsFoundByAnyWrittenFormOfTheirPhoneOrTheirEmailInAnyCase() throws SQLException {
        String phone = "0812" + (10_000_000 + RANDOM.nextInt(89_999_999));
        PersonRef first = store(ALPHA, new PersonalData("Budi", phone, "budi" + phone + "@example.id", null, null,
                null));
        PersonRef second = store(ALPHA, new PersonalData(null, "+62" + phone.substring(1), null, null, null, null));
        assertThat(byPhone(ALPHA, "62 " + phone.substring(1)))
                .containsExactly(first, second);
        assertThat(byEmail(ALPHA, " BUDI" + phone + "@Example.ID"))
                .containsExactly(first);
        assertThat(byPhone(ALPHA, "bukan nomor")).isEmpty();
    }

    @Test
    void erasureClearsTheValuesAndDigestsAndKeepsTheReferenceAndTheFirstTime() throws SQLException {
        String phone = "0813" + (10_000_000 + RANDOM.nextInt(89_999_999));
        PersonRef ref = store(ALPHA, new PersonalData("Rina", phone, null, "Desa Tanjung", null, null));

        assertThat(erase(ALPHA, ref)).isTrue();
        assertThat(read(ALPHA, ref)).hasValue(PersonalData.erased());
        assertThat(byPhone(ALPHA, phone)).isEmpty();
        Object erasedAt = erasedAt(ref);
        assertThat(erasedAt).isNotNull();

        assertThat(erase(ALPHA, ref)).isTrue();
        assertThat(erasedAt(ref)).isEqualTo(erasedAt);
        assertThat(erase(ALPHA, PersonRef.random())).isFalse();
    }

    @Test
    void aCiphertextCopiedToAnotherRowDoesNotDecrypt() throws SQLException {
        PersonRef siti = store(ALPHA, SITI);
        PersonRef other = store(ALPHA, new PersonalData("Orang lain", null, null, null, null, null));
        try (Connection c = database.owner(); PreparedStatement ps = c.prepareStatement(
                "update person set name_enc = (select name_enc from person where id = ?) where id = ?")) {
            ps.setObject(1, siti.value());
            ps.setObject(2, other.value());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertThatThrownBy(() -> read(ALPHA, other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not authenticate");
    }

    @Test
    void afterAKeyRotationOldPersonsStillReadAndAreFound() throws SQLException {
        String phone = "0815" + (10_000_000 + RANDOM.nextInt(89_999_999));
        PersonRef old = store(ALPHA, new PersonalData("Lama", phone, null, null, null, null));
        String rotated = firstKey + "," + "2:" + randomKey();
        PersonRef fresh;
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, "alpha");
            PersonRows rows = rows(c, rotated);
            fresh = PersonRef.random();
            rows.insert(ALPHA, fresh, new PersonalData("Baru", phone, null, null, null, null));
            assertThat(rows.select(ALPHA, old).orElseThrow().name()).isEqualTo("Lama");
            assertThat(rows.findByPhone(ALPHA, phone)).containsExactly(old, fresh);
            c.commit();
        }
    }

    private static PersonRef store(TenantId tenant, PersonalData data) throws SQLException {
        PersonRef ref = PersonRef.random();
        inTenant(tenant, rows -> {
            rows.insert(tenant, ref, data);
            return null;
        });
        return ref;
    }

    private static Optional<PersonalData> read(TenantId tenant, PersonRef ref) throws SQLException {
        return inTenant(tenant, rows -> rows.select(tenant, ref));
    }

    private static List<PersonRef> byPhone(TenantId tenant, String phone) throws SQLException {
        return inTenant(tenant, rows -> rows.findByPhone(tenant, phone));
    }

    private static List<PersonRef> byEmail(TenantId tenant, String email) throws SQLException {
        return inTenant(tenant, rows -> rows.findByEmail(tenant, email));
    }

    private static boolean erase(TenantId tenant, PersonRef ref) throws SQLException {
        return inTenant(tenant, rows -> rows.erase(tenant, ref));
    }

    /** Like TenantScope: one transaction of the application role, bound to the tenant. */
    private static <T> T inTenant(TenantId tenant, RowsWork<T> work) throws SQLException {
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, tenant.value());
            T result = work.apply(rows(c, firstKey));
            c.commit();
            return result;
        }
    }

    private static PersonRows rows(Connection c, String keys) {
        PiiKeys k = PiiKeys.parse(keys);
        return new PersonRows(c, new AesGcmCipher(k, RANDOM), new LookupDigests(k));
    }

    private static Object erasedAt(PersonRef ref) throws SQLException {
        try (Connection c = database.owner(); PreparedStatement ps = c.prepareStatement(
                "select erased_at from person where id = ?")) {
            ps.setObject(1, ref.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String randomKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

}
