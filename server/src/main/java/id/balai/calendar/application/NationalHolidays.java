package id.balai.calendar.application;

import java.nio.file.Path;
import java.util.List;

import id.balai.calendar.domain.HolidayYear;

/**
 * The port to the national holidays and cuti bersama, one file per year under {@code tenants/_national}. The adapter
 * is {@code calendar.infrastructure.NationalHolidayFiles}.
 */
public interface NationalHolidays {

    /** What was read: the valid years, and a message for each file that was not. */
    record Result(List<HolidayYear> years, List<String> rejected) {
    }

    /** The years found beside the tenant files in {@code tenantsDir}. */
    Result load(Path tenantsDir);
}
