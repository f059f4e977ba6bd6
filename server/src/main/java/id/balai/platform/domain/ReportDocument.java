package id.balai.platform.domain;

import java.util.List;

/**
 * A report laid out for people, before any file format: a title, a few lines, and tables whose headings and column
 * names are in Bahasa Indonesia first, English second. Cells are text or numbers.
 */
public record ReportDocument(String title, List<String> lines, List<Table> tables) {

    public record Table(String heading, List<String> columns, List<List<Object>> rows) {
    }
}
