package id.balai.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables that the Flyway migrations create, read from their SQL (not from a database): columns, whether
 * {@code tenant_id} is NOT NULL, primary key, unique constraints and foreign keys, from CREATE TABLE, ALTER TABLE
 * ... ADD (COLUMN | CONSTRAINT), CREATE UNIQUE INDEX and DROP TABLE, in version order. Enough of PostgreSQL's DDL
 * for the way Balai's migrations are written; a construct it does not know is ignored, so the checks that use it
 * also assert that the known tables are found.
 */
final class MigrationSchema {

    record ForeignKey(List<String> columns, String target, List<String> targetColumns) {
    }

    static final class Table {
        final String name;
        final String createdIn;
        final Map<String, String> columns = new LinkedHashMap<>();
        List<String> primaryKey = List.of();
        final List<List<String>> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        Table(String name, String createdIn) {
            this.name = name;
            this.createdIn = createdIn;
        }

        boolean hasTenantId() {
            return columns.containsKey("tenant_id");
        }

        /** A row of this table always belongs to one tenant. */
        boolean tenantIdNotNull() {
            String def = columns.get("tenant_id");
            return def != null && (def.contains("not null") || def.contains("primary key")
                    || primaryKey.contains("tenant_id"));
        }
    }

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)\\s*\\(");
    private static final Pattern ALTER_ADD_COLUMN = Pattern.compile(
            "alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)\\s+add\\s+column\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+([^;]*);");
    private static final Pattern ALTER_ADD_CONSTRAINT = Pattern.compile(
            "alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)\\s+add\\s+"
                    + "(?:constraint\\s+[a-z_][a-z0-9_]*\\s+)?((?:primary\\s+key|unique|foreign\\s+key)[^;]*);");
    private static final Pattern UNIQUE_INDEX = Pattern.compile(
            "create\\s+unique\\s+index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?[a-z_][a-z0-9_]*\\s+on\\s+"
                    + "(?:only\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)\\s*(?:using\\s+[a-z]+\\s*)?\\(([^)]*)\\)");
    private static final Pattern DROP_TABLE = Pattern.compile(
            "drop\\s+table\\s+(?:if\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)");
    private static final Pattern REFERENCES = Pattern.compile(
            "references\\s+(?:public\\.)?([a-z_][a-z0-9_]*)\\s*(?:\\(([^)]*)\\))?");
    private static final Pattern TABLE_FOREIGN_KEY = Pattern.compile(
            "^(?:constraint\\s+[a-z_][a-z0-9_]*\\s+)?foreign\\s+key\\s*\\(([^)]*)\\)\\s*references\\s+(?:public\\.)?"
                    + "([a-z_][a-z0-9_]*)\\s*(?:\\(([^)]*)\\))?");
    private static final Pattern TABLE_PRIMARY_KEY = Pattern.compile(
            "^(?:constraint\\s+[a-z_][a-z0-9_]*\\s+)?primary\\s+key\\s*\\(([^)]*)\\)");
    private static final Pattern TABLE_UNIQUE = Pattern.compile(
            "^(?:constraint\\s+[a-z_][a-z0-9_]*\\s+)?unique\\s*(?:nulls\\s+(?:not\\s+)?distinct\\s*)?\\(([^)]*)\\)");

    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** The schema of every {@code V*.sql} in the folder, in version order. */
    static MigrationSchema of(Path migrationFolder) {
        try (Stream<Path> files = Files.list(migrationFolder)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().matches("V\\d+(?:[._]\\d+)*__.*\\.sql"))
                    .sorted((a, b) -> compareVersions(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
            MigrationSchema schema = new MigrationSchema();
            for (Path f : sorted) {
                schema.apply(f.getFileName().toString(), RepositoryFiles.read(f));
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compareVersions(String a, String b) {
        String[] va = a.substring(1, a.indexOf("__")).split("[._]");
        String[] vb = b.substring(1, b.indexOf("__")).split("[._]");
        for (int i = 0; i < Math.max(va.length, vb.length); i++) {
            long x = i < va.length ? Long.parseLong(va[i]) : 0;
            long y = i < vb.length ? Long.parseLong(vb[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    /** Applies one migration's statements, in the order they appear. */
    void apply(String fileName, String sql) {
        String text = withoutComments(sql).toLowerCase(Locale.ROOT);
        List<Map.Entry<Integer, Runnable>> steps = new ArrayList<>();
        Matcher create = CREATE_TABLE.matcher(text);
        while (create.find()) {
            int open = create.end() - 1;
            int close = matchingParenthesis(text, open);
            String name = create.group(1);
            String body = text.substring(open + 1, close);
            steps.add(Map.entry(create.start(), () -> {
                Table t = new Table(name, fileName);
                splitTopLevel(body).forEach(part -> addElement(t, part.trim()));
                tables.put(name, t);
            }));
        }
        Matcher addColumn = ALTER_ADD_COLUMN.matcher(text);
        while (addColumn.find()) {
            String name = addColumn.group(1);
            String element = addColumn.group(2) + " " + addColumn.group(3).trim();
            steps.add(Map.entry(addColumn.start(), () -> onTable(name, t -> addElement(t, element))));
        }
        Matcher addConstraint = ALTER_ADD_CONSTRAINT.matcher(text);
        while (addConstraint.find()) {
            String name = addConstraint.group(1);
            String element = addConstraint.group(2).trim();
            steps.add(Map.entry(addConstraint.start(), () -> onTable(name, t -> addElement(t, element))));
        }
        Matcher uniqueIndex = UNIQUE_INDEX.matcher(text);
        while (uniqueIndex.find()) {
            String name = uniqueIndex.group(1);
            List<String> columns = columnList(uniqueIndex.group(2));
            steps.add(Map.entry(uniqueIndex.start(), () -> onTable(name, t -> t.uniques.add(columns))));
        }
        Matcher drop = DROP_TABLE.matcher(text);
        while (drop.find()) {
            String name = drop.group(1);
            steps.add(Map.entry(drop.start(), () -> tables.remove(name)));
        }
        steps.sort(Map.Entry.comparingByKey());
        steps.forEach(s -> s.getValue().run());
    }

    private void onTable(String name, java.util.function.Consumer<Table> change) {
        Table t = tables.get(name);
        if (t != null) {
            change.accept(t);
        }
    }

    Map<String, Table> tables() {
        return tables;
    }

    private static void addElement(Table t, String part) {
        if (part.isEmpty()) {
            return;
        }
        Matcher m;
        if ((m = TABLE_PRIMARY_KEY.matcher(part)).find()) {
            t.primaryKey = columnList(m.group(1));
        } else if ((m = TABLE_UNIQUE.matcher(part)).find()) {
            t.uniques.add(columnList(m.group(1)));
        } else if ((m = TABLE_FOREIGN_KEY.matcher(part)).find()) {
            t.foreignKeys.add(new ForeignKey(columnList(m.group(1)), m.group(2),
                    m.group(3) == null ? List.of() : columnList(m.group(3))));
        } else if (part.startsWith("check") || part.startsWith("constraint") || part.startsWith("exclude")
                || part.startsWith("like")) {
            return;
        } else {
            String column = part.split("\\s+", 2)[0].replace("\"", "");
            String definition = part.substring(column.length()).trim();
            t.columns.put(column, definition);
            if (definition.contains("primary key")) {
                t.primaryKey = List.of(column);
            }
            if (definition.matches("(?s).*\\bunique\\b.*")) {
                t.uniques.add(List.of(column));
            }
            Matcher ref = REFERENCES.matcher(definition);
            if (ref.find()) {
                t.foreignKeys.add(new ForeignKey(List.of(column), ref.group(1),
                        ref.group(2) == null ? List.of() : columnList(ref.group(2))));
            }
        }
    }

    private static List<String> columnList(String csv) {
        return Arrays.stream(csv.split(",")).map(s -> s.trim().split("\\s+")[0].replace("\"", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    private static int matchingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced parentheses after position " + open);
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
