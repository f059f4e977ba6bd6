package id.balai.reporting.domain;

import java.util.List;

/** An agency's journal for a period (SPIKM Pasal 7h): a page of it, or all of it for an export. */
public record Journal(String unit, String unitName, Period period, List<JournalEntry> entries, long total) {
}
