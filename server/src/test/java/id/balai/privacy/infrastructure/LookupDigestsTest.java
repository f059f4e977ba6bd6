package id.balai.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;

class LookupDigestsTest {
    private static final TenantId ME = new TenantId("muara-enim");
    private static final TenantId LT = new TenantId("luwu-timur");
    private static final String PHONE = "person.phone_digest";

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void theSameValueGivesTheSameDigestInOneTenantAndUnrelatedOnesAcrossTenantsAndColumns() {
        LookupDigests d = new LookupDigests(PiiKeys.parse("1:" + key()));
        assertThat(d.current(ME, PHONE, "+6282374048333")).hasSize(32)
                .isEqualTo(d.current(ME, PHONE, "+6282374048333"))
                .isNotEqualTo(d.current(LT, PHONE, "+6282374048333"))
                .isNotEqualTo(d.current(ME, "person.email_digest", "+6282374048333"))
                .isNotEqualTo(d.current(ME, PHONE, "+6282374048334"));
    }

    @Test
    void digestsDependOnTheKey() {
        assertThat(new LookupDigests(PiiKeys.parse("1:" + key())).current(ME, PHONE, "+6282374048333"))
                .isNotEqualTo(new LookupDigests(PiiKeys.parse("1:" + key())).current(ME, PHONE, "+6282374048333"));
    }

    @Test
    void afterRotationALookupStillMatchesDigestsWrittenUnderTheOldKey() {
        String first = "1:" + key();
        byte[] before = new LookupDigests(PiiKeys.parse(first)).current(ME, PHONE, "+6282374048333");
        LookupDigests rotated = new LookupDigests(PiiKeys.parse(first + ",2:" + key()));
        assertThat(rotated.current(ME, PHONE, "+6282374048333")).isNotEqualTo(before);
        assertThat(rotated.candidates(ME, PHONE, "+6282374048333")).hasSize(2).contains(before);
    }
}
