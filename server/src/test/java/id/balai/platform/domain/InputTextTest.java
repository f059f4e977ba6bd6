package id.balai.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InputTextTest {
    record Reporter(String name, String phone) {
    }

    record Report(String title, @MultiLine String description, Reporter reporter, List<String> units,
            Map<String, Object> extra, Integer rating) {
    }

    private static DomainException refused(Object input) {
        return catchThrowableOfType(DomainException.class, () -> InputText.checkAll(input, null, false));
    }

    @Test
    void aNulAnywhereIsRefusedNamingTheField() {
        DomainException e = refused(new Report("Jalan", "Lubang\u0000besar", null, null, null, 3));
        assertThat(e.code()).isEqualTo("CONTROL_CHARACTER");
        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(e.field()).contains("description");
        assertThat(e.userMessage().id()).contains("description").contains("karakter kendali");
        assertThat(e.userMessage().en()).contains("description").contains("control character");
    }

    @Test
    void aMultiLineTextMayHoldTabsAndLineBreaksButASingleLineTextMayNot() {
        assertThatCode(() -> InputText.checkAll(new Report("Jalan rusak", "Baris satu\r\nBaris\tdua", null, null,
                null, null), null, false)).doesNotThrowAnyException();
        assertThat(refused(new Report("Jalan\nrusak", "x", null, null, null, null)).field()).contains("title");
        assertThat(refused(new Report("Jalan\trusak", "x", null, null, null, null)).field()).contains("title");
    }

    @Test
    void nestedRecordsListsAndMapsAreNamedByTheirPath() {
        assertThat(refused(new Report("a", "b", new Reporter("Siti\u0007", null), null, null, null)).field())
                .contains("reporter.name");
        assertThat(refused(new Report("a", "b", null, List.of("dinkes", "pu\u001b"), null, null)).field())
                .contains("units[1]");
        assertThat(refused(new Report("a", "b", null, null, Map.of("k", "v\u0000"), null)).field())
                .contains("extra.k");
    }

    @Test
    void otherControlsAndLoneSurrogatesAreRefusedLettersAndEmojiAreNot() {
        for (String bad : new String[] {"\u007f", "\u0085", "\u009f", "\ud800", "a\udc00b", "\u0000"}) {
            assertThat(catchThrowableOfType(DomainException.class, () -> InputText.check(bad, "f", true)))
                    .as("%s", bad.codePointAt(0)).isNotNull();
        }
        assertThatCode(() -> InputText.check("Désa Tanjung Enim 🚧 ثلاثة \u00a0 漢字", "f", false))
                .doesNotThrowAnyException();
    }

    @Test
    void aWholeRequestWithoutAFieldIsNamedAsTheRequest() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> InputText.check("a\u0000", null, true));
        assertThat(e.field()).isEmpty();
        assertThat(e.userMessage().en()).startsWith("The request");
    }
}
