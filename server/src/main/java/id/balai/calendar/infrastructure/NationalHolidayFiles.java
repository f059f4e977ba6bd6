package id.balai.calendar.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.calendar.application.NationalHolidays;
import id.balai.calendar.domain.DayOff;
import id.balai.calendar.domain.DayOffKind;
import id.balai.calendar.domain.HolidayYear;
import id.balai.platform.infrastructure.Json;
import id.balai.platform.infrastructure.SchemaValidator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@code tenants/_national/holidays-YYYY.yaml}: the national holidays and cuti bersama of one year each,
 * checked against {@code tenants/schema/holidays.schema.json}. Dates are data: a ministry's correction of an
 * Islamic holiday is an edit of the file, no code change.
 */
@ApplicationScoped
public class NationalHolidayFiles implements NationalHolidays {
    private static final Pattern FILE = Pattern.compile("holidays-(\\d{4})\\.yaml");

    @Override
    public Result load(Path tenantsDir) {
        return read(tenantsDir);
    }

    /** The same without a container (tests, tools). */
    public static Result read(Path tenantsDir) {
        Path dir = tenantsDir.resolve("_national");
        SchemaValidator schema = SchemaValidator.load(tenantsDir.resolve("schema").resolve("holidays.schema.json"));
        List<HolidayYear> years = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                String shown = "_national/" + file.getFileName();
                try {
                    JsonNode tree = Json.YAML.readTree(file.toFile());
                    List<SchemaValidator.Violation> violations = schema.validate(tree);
                    if (!violations.isEmpty()) {
                        rejected.add(shown + ": " + violations.stream().map(v -> v.path() + ": " + v.message())
                                .reduce((a, b) -> a + "; " + b).orElse(""));
                        continue;
                    }
                    int year = tree.get("year").asInt();
                    if (year != Integer.parseInt(m.group(1))) {
                        rejected.add(shown + ": $.year: " + year + " does not match the file name");
                        continue;
                    }
                    years.add(new HolidayYear(year, text(tree, "source"),
                            days(tree.get("holidays"), DayOffKind.NATIONAL_HOLIDAY),
                            days(tree.get("cutiBersama"), DayOffKind.CUTI_BERSAMA)));
                } catch (IOException | IllegalArgumentException e) {
                    rejected.add(shown + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return new Result(List.copyOf(years), List.copyOf(rejected));
    }

    private static List<DayOff> days(JsonNode list, DayOffKind kind) {
        List<DayOff> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode n : list) {
                out.add(new DayOff(LocalDate.parse(n.get("date").asText()), kind, n.get("name").asText()));
            }
        }
        return out;
    }

    private static String text(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        return n == null ? "" : n.asText();
    }
}
