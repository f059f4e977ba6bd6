package id.balai.complaints.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.ReportType;
import id.balai.platform.domain.DomainException;
import id.balai.platform.interfaces.InputChecks;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** A citizen's report form, checked by its constraints and the regency's rules: the code, both messages, the field. */
class ComplaintInputTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final InputChecks checks = new InputChecks(FACTORY);
    private final Tenant tenant = TenantFiles.tenant("muara-enim");

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static ComplaintInput form(String type, String title, String description, String location, Double lat,
            Double lon, ComplaintInput.ReporterInput reporter, String notifyBy, String language) {
        return new ComplaintInput(type, title, description, null, location, lat, lon, false, false, reporter, false,
                notifyBy, language);
    }

    private static final ComplaintInput.ReporterInput REPORTER = new ComplaintInput.ReporterInput("Siti",
            "081234567890", null);

    private DomainException refused(ComplaintInput in) {
        return catchThrowableOfType(DomainException.class, () -> in.toCommand(checks, tenant, Channel.WEB));
    }

    @Test
    void aGoodFormBecomesTheCommandWithItsTextsTrimmed() {
        ComplaintService.SubmitCommand c = form(" COMPLAINT ", "  Jalan rusak  ", "Lubang besar di depan pasar.",
                " Pasar Inpres ", -3.66, 103.77, REPORTER, null, null).toCommand(checks, tenant, Channel.WEB);

        assertThat(c.submission().type()).isEqualTo(ReportType.COMPLAINT);
        assertThat(c.submission().title()).isEqualTo("Jalan rusak");
        assertThat(c.submission().locationText()).isEqualTo("Pasar Inpres");
    }

    @Test
    void eachShapeRuleAnswersWithItsCodeItsFieldAndBothLanguages() {
        DomainException e = refused(form("COMPLAINT", "Jalan", "Pendek", null, null, null, REPORTER, null, null));
        assertThat(e.code()).isEqualTo("TEXT_TOO_SHORT");
        assertThat(e.field().orElse(null)).isEqualTo("description");
        assertThat(e.userMessage().id()).isEqualTo("Uraian harus 10 sampai 5000 karakter.");
        assertThat(e.userMessage().en()).isEqualTo("The description must be 10 to 5000 characters.");

        e = refused(form("COMPLAINT", "J".repeat(201), "Lubang besar di depan pasar.", null, null, null, REPORTER,
                null, null));
        assertThat(e.code()).isEqualTo("TEXT_TOO_LONG");
        assertThat(e.field().orElse(null)).isEqualTo("title");
        assertThat(e.userMessage().id()).isEqualTo("Judul harus 5 sampai 200 karakter.");

        e = refused(form("GOSSIP", "Jalan rusak", "Lubang besar di depan pasar.", null, null, null, REPORTER, null,
                null));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_TYPE", "type");
        assertThat(e.userMessage().en()).startsWith("The type must be one of");

        e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, 48.85, 2.35, REPORTER,
                null, null));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_COORDINATES", "latitude");
        assertThat(e.userMessage().id()).isEqualTo("Koordinat harus berada di wilayah Indonesia.");

        e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, -3.66, null, REPORTER,
                null, null));
        assertThat(e.code()).as("half a point").isEqualTo("INVALID_COORDINATES");

        e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, null, null,
                new ComplaintInput.ReporterInput("Siti", "12ab", null), null, null));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_PHONE", "reporter.phone");

        e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, null, null,
                new ComplaintInput.ReporterInput("Siti", null, "siti@"), null, null));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_EMAIL", "reporter.email");

        e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, null, null, REPORTER,
                "PIGEON", null));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_NOTIFY_BY", "notifyBy");

        e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, null, null, REPORTER,
                null, "fr"));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_LANGUAGE", "language");
    }

    @Test
    void theFirstFieldOfTheFormIsTheOneNamedWhenSeveralAreWrong() {
        DomainException e = refused(form("GOSSIP", "", "", "x", 99.0, 0.0,
                new ComplaintInput.ReporterInput("Siti", "12ab", "siti@"), "PIGEON", "fr"));

        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("INVALID_TYPE", "type");
    }

    @Test
    void theRulesOfTheRegencyComeAfterTheShape() {
        DomainException e = refused(form("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.", null, null,
                null, new ComplaintInput.ReporterInput("Siti", null, null), null, null));
        assertThat(List.of(e.code(), e.field().orElse(null))).containsExactly("CONTACT_REQUIRED", "reporter.phone");

        ComplaintInput unknownCategory = new ComplaintInput("COMPLAINT", "Jalan rusak", "Lubang besar di depan pasar.",
                "TIDAK-ADA", null, null, null, false, false, REPORTER, false, null, null);
        assertThat(refused(unknownCategory).code()).isEqualTo("UNKNOWN_CATEGORY");
    }
}
