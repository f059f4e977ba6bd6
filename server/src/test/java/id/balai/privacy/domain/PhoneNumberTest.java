package id.balai.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import id.balai.platform.domain.PhoneNumber;

class PhoneNumberTest {

    @Test
    void everyWayOfWritingAnIndonesianMobileNumberGivesOneForm() {
        for (String written : new String[] {"082374048333", "+6282374048333", "6282374048333", "0823-7404-8333",
                "0823 7404 8333", "+62 823 7404 8333", "+62 (0)823 7404 8333", "+62 0823 7404 8333",
                "82374048333", " 0823.7404.8333 "}) {
            assertThat(PhoneNumber.parse(written)).as(written).hasValue(new PhoneNumber("+6282374048333"));
        }
    }

    @Test
    void landlinesWithAnAreaCodeAreNumbersToo() {
        assertThat(PhoneNumber.parse("(0711) 312345")).hasValue(new PhoneNumber("+62711312345"));
        assertThat(PhoneNumber.parse("021-3456789")).hasValue(new PhoneNumber("+62213456789"));
    }

    @Test
    void aForeignNumberKeepsItsCountryCode() {
        assertThat(PhoneNumber.parse("+60 12-345 6789")).hasValue(new PhoneNumber("+60123456789"));
    }

    @Test
    void whatIsNotAPhoneNumberIsEmpty() {
        for (String text : new String[] {null, "", "   ", "0812", "08123456789012345", "0812-ABC-4567", "+0812345678",
                "00000000", "nomor saya 0812345678", "+12"}) {
            assertThat(PhoneNumber.parse(text)).as(String.valueOf(text)).isEmpty();
        }
    }
}
