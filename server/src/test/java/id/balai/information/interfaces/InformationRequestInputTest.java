package id.balai.information.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import id.balai.information.application.InformationRequestService;
import id.balai.information.domain.RequestChannel;
import id.balai.platform.domain.DomainException;
import id.balai.platform.interfaces.InputChecks;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** The request form of Perbup Pasal 21, checked by its constraints and its cross-field rules. */
class InformationRequestInputTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final InputChecks checks = new InputChecks(FACTORY);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static InformationRequestInput.RequesterInput requester(String name, String nik, String phone,
            String email) {
        return new InformationRequestInput.RequesterInput(name, nik, "Jl. Merdeka 1, Malili", phone, email, null);
    }

    private static InformationRequestInput form(String type, InformationRequestInput.RequesterInput requester,
            String wanted, String obtain, String receive, Boolean pay) {
        return new InformationRequestInput(null, type, requester, wanted, "Penelitian skripsi", obtain, receive, pay,
                null);
    }

    private static final InformationRequestInput.RequesterInput SITI = requester("Siti Aminah", "7324 0101 0101 0001",
            "081234567890", null);

    private DomainException refused(InformationRequestInput in) {
        return catchThrowableOfType(DomainException.class, () -> in.toCommand(checks, RequestChannel.WEB));
    }

    @Test
    void aGoodRequestBecomesTheCommandWithTheNikInDigitsOnly() {
        InformationRequestService.SubmitCommand c = form("individual", SITI, "Dokumen APBD tahun 2025", "SOFT_COPY",
                "TAKE", true).toCommand(checks, RequestChannel.WEB);

        assertThat(c.requester().idNumber()).isEqualTo("7324010101010001");
        assertThat(c.requester().phone()).isEqualTo("+6281234567890");
        assertThat(c.content().informationWanted()).isEqualTo("Dokumen APBD tahun 2025");
    }

    @Test
    void eachShapeRuleAnswersWithItsCodeItsFieldAndBothLanguages() {
        DomainException e = refused(form("INDIVIDUAL", requester("Siti", "", "081234567890", null),
                "Dokumen APBD tahun 2025", "SEE", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("FIELD_REQUIRED", "requester.idNumber");
        assertThat(e.userMessage().id()).isEqualTo("Nomor identitas (NIK) wajib diisi.");
        assertThat(e.userMessage().en()).isEqualTo("The ID number (NIK) is required.");

        e = refused(form("INDIVIDUAL", requester("Siti", "1234", "081234567890", null), "Dokumen APBD tahun 2025",
                "SEE", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("INVALID_ID_NUMBER", "requester.idNumber");

        e = refused(form("INDIVIDUAL", SITI, "APBD", "SEE", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("INVALID_LENGTH", "informationWanted");
        assertThat(e.userMessage().id()).isEqualTo("Informasi yang dibutuhkan harus 10-4000 karakter.");

        e = refused(form("INDIVIDUAL", SITI, "Dokumen APBD tahun 2025", "SEE", null, null));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("FIELD_REQUIRED", "willingToPay");

        e = refused(form("ALIEN", SITI, "Dokumen APBD tahun 2025", "SEE", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("INVALID_REQUESTER_TYPE",
                "requesterType");

        e = refused(form("INDIVIDUAL", null, "Dokumen APBD tahun 2025", "SEE", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("FIELD_REQUIRED", "requester");
    }

    @Test
    void withinTheRequesterTheFirstFieldOfTheFormIsNamedFirst() {
        DomainException e = refused(form("INDIVIDUAL", new InformationRequestInput.RequesterInput("S", "12", "",
                "12ab", "x@", "o".repeat(121)), "Dokumen APBD tahun 2025", "SEE", null, true));

        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("INVALID_LENGTH", "requester.name");
    }

    @Test
    void whatOneFieldAsksOfAnotherIsCheckedOnceTheShapeHolds() {
        DomainException e = refused(form("INDIVIDUAL", requester("Siti", "7324010101010001", null, null),
                "Dokumen APBD tahun 2025", "SEE", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("FIELD_REQUIRED", "requester.phone");

        e = refused(form("INDIVIDUAL", SITI, "Dokumen APBD tahun 2025", "HARD_COPY", null, true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("INVALID_RECEIVE_METHOD",
                "receiveMethod");

        e = refused(form("INDIVIDUAL", SITI, "Dokumen APBD tahun 2025", "SOFT_COPY", "EMAIL", true));
        assertThat(List.of(e.code(), e.field().orElseThrow())).containsExactly("FIELD_REQUIRED", "requester.email");
    }
}
