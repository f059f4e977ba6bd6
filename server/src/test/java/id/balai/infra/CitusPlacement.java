package id.balai.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.balai.infra.MigrationSchema.ForeignKey;
import id.balai.infra.MigrationSchema.Table;

/**
 * What {@code infra/citus/distribute.sql} does with each table, and the rules that make it right for the schema
 * of the migrations: every table placed once; tenant-owned tables (tenant_id NOT NULL) distributed by tenant_id in
 * one colocation group; {@code tenant} a reference table; keys and foreign keys that Citus accepts; a referenced
 * table placed before the tables that refer to it. Each problem says which table and which line to add or change.
 */
final class CitusPlacement {
    static final String SQL_FILE = "infra/citus/distribute.sql";
    static final String REGISTRY = "tenant";
    static final String DISTRIBUTION_COLUMN = "tenant_id";

    enum Kind { DISTRIBUTED, REFERENCE, LOCAL }

    record Placement(String table, Kind kind, String column, String colocateWith, int line) {
    }

    private static final Pattern DISTRIBUTED = Pattern.compile(
            "create_distributed_table\\s*\\(\\s*'([a-z_][a-z0-9_]*)'\\s*,\\s*'([a-z_][a-z0-9_]*)'"
                    + "(?:\\s*,\\s*colocate_with\\s*=>\\s*'([a-z_][a-z0-9_]*)')?");
    private static final Pattern REFERENCE = Pattern.compile(
            "create_reference_table\\s*\\(\\s*'([a-z_][a-z0-9_]*)'");
    private static final Pattern LOCAL = Pattern.compile(
            "citus_add_local_table_to_metadata\\s*\\(\\s*'([a-z_][a-z0-9_]*)'");

    private final Map<String, List<Placement>> byTable = new LinkedHashMap<>();

    static CitusPlacement parse(String sql) {
        CitusPlacement p = new CitusPlacement();
        String[] lines = sql.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("--.*$", "").toLowerCase(Locale.ROOT);
            Matcher m;
            if ((m = DISTRIBUTED.matcher(line)).find()) {
                p.add(new Placement(m.group(1), Kind.DISTRIBUTED, m.group(2), m.group(3), i + 1));
            } else if ((m = REFERENCE.matcher(line)).find()) {
                p.add(new Placement(m.group(1), Kind.REFERENCE, null, null, i + 1));
            } else if ((m = LOCAL.matcher(line)).find()) {
                p.add(new Placement(m.group(1), Kind.LOCAL, null, null, i + 1));
            }
        }
        return p;
    }

    private void add(Placement placement) {
        byTable.computeIfAbsent(placement.table(), t -> new ArrayList<>()).add(placement);
    }

    Map<String, List<Placement>> placements() {
        return byTable;
    }

    static String distributeLine(String table, String anchor) {
        return "SELECT create_distributed_table('" + table + "', 'tenant_id', colocate_with => '" + anchor
                + "') WHERE NOT pg_temp.is_distributed('" + table + "');";
    }

    static String referenceLine(String table) {
        return "SELECT create_reference_table('" + table + "') WHERE NOT pg_temp.is_reference('" + table + "');";
    }

    static String localLine(String table) {
        return "SELECT citus_add_local_table_to_metadata('" + table + "') WHERE NOT pg_temp.is_citus_table('"
                + table + "');";
    }

    /** Every way the file does not fit the schema; empty when it does. */
    List<String> problems(MigrationSchema schema) {
        List<String> problems = new ArrayList<>();
        Map<String, Table> tables = schema.tables();
        String anchor = anchor(problems);

        for (Table t : tables.values()) {
            List<Placement> ps = byTable.getOrDefault(t.name, List.of());
            if (ps.isEmpty()) {
                problems.add(missing(t, anchor));
            } else if (ps.size() > 1) {
                problems.add("Table " + t.name + " is placed " + ps.size() + " times in " + SQL_FILE + " (lines "
                        + ps.stream().map(p -> String.valueOf(p.line())).toList() + "): keep one.");
            }
        }
        for (String placed : byTable.keySet()) {
            if (!tables.containsKey(placed)) {
                problems.add(SQL_FILE + " line " + byTable.get(placed).get(0).line() + " places table " + placed
                        + ", which no migration creates (any more): remove the line or correct the name.");
            }
        }

        for (Table t : tables.values()) {
            Placement p = placement(t.name);
            if (p == null) {
                continue;
            }
            if (t.name.equals(REGISTRY)) {
                if (p.kind() != Kind.REFERENCE) {
                    problems.add("Table " + REGISTRY + " (the tenant registry every tenant table refers to) must be a "
                            + "reference table: replace line " + p.line() + " of " + SQL_FILE + " by\n  "
                            + referenceLine(REGISTRY));
                }
                continue;
            }
            boolean tenantOwned = t.tenantIdNotNull();
            if (tenantOwned && p.kind() != Kind.DISTRIBUTED) {
                problems.add("Table " + t.name + " (" + t.createdIn + ") holds one tenant's rows (tenant_id NOT NULL) "
                        + "but line " + p.line() + " of " + SQL_FILE + " makes it a " + p.kind().name().toLowerCase()
                        + " table: replace the line by\n  " + distributeLine(t.name, anchor));
            }
            if (p.kind() == Kind.DISTRIBUTED) {
                checkDistributed(t, p, anchor, problems);
            }
            for (ForeignKey fk : t.foreignKeys) {
                checkForeignKey(t, p, fk, problems);
            }
        }
        return problems;
    }

    private String anchor(List<String> problems) {
        List<Placement> anchors = byTable.values().stream().flatMap(List::stream)
                .filter(p -> p.kind() == Kind.DISTRIBUTED && (p.colocateWith() == null || p.colocateWith().equals("none")))
                .toList();
        if (anchors.size() != 1) {
            problems.add(SQL_FILE + " must start exactly one colocation group (one create_distributed_table with "
                    + "colocate_with => 'none', the others colocated with it); found " + anchors.size() + ": "
                    + anchors.stream().map(Placement::table).toList());
        }
        return anchors.isEmpty() ? "org_unit" : anchors.get(0).table();
    }

    private void checkDistributed(Table t, Placement p, String anchor, List<String> problems) {
        String fix = "\n  " + distributeLine(t.name, anchor);
        if (!DISTRIBUTION_COLUMN.equals(p.column())) {
            problems.add("Table " + t.name + " is distributed by " + p.column() + " (line " + p.line() + " of " + SQL_FILE
                    + "); every tenant table is distributed by tenant_id:" + fix);
        }
        if (!t.tenantIdNotNull()) {
            problems.add("Table " + t.name + " is distributed by tenant_id (line " + p.line() + ") but its tenant_id is "
                    + (t.hasTenantId() ? "nullable" : "missing") + ": Citus needs a value in every row. Keep it on the "
                    + "coordinator instead:\n  " + localLine(t.name));
        }
        if (p.colocateWith() != null && !p.colocateWith().equals("none") && !p.colocateWith().equals(anchor)) {
            problems.add("Table " + t.name + " is colocated with " + p.colocateWith() + " (line " + p.line()
                    + "); every tenant table is colocated with " + anchor + ":" + fix);
        }
        if (!t.primaryKey.isEmpty() && !t.primaryKey.contains(DISTRIBUTION_COLUMN)) {
            problems.add("Table " + t.name + " (" + t.createdIn + "): primary key " + t.primaryKey + " lacks tenant_id, "
                    + "which Citus requires in the primary key of a distributed table; lead it with tenant_id.");
        }
        for (List<String> unique : t.uniques) {
            if (!unique.contains(DISTRIBUTION_COLUMN)) {
                problems.add("Table " + t.name + " (" + t.createdIn + "): unique constraint " + unique + " lacks "
                        + "tenant_id, which Citus requires in every unique constraint of a distributed table.");
            }
        }
    }

    private void checkForeignKey(Table t, Placement p, ForeignKey fk, List<String> problems) {
        Placement target = placement(fk.target());
        String what = "Foreign key " + t.name + fk.columns() + " -> " + fk.target()
                + (fk.targetColumns().isEmpty() ? "" : fk.targetColumns().toString()) + " (" + t.createdIn + ")";
        if (fk.target().equals(t.name)) {
            if (p.kind() == Kind.DISTRIBUTED && !sameDistributionColumn(fk)) {
                problems.add(what + ": a self-reference of a distributed table must map tenant_id to tenant_id.");
            }
            return;
        }
        if (target == null) {
            return; // reported as a missing placement
        }
        if (target.line() > p.line()) {
            problems.add(what + ": " + fk.target() + " is placed at line " + target.line() + ", after " + t.name
                    + " (line " + p.line() + "); move the line of " + fk.target() + " above the line of " + t.name
                    + " in " + SQL_FILE + ".");
        }
        switch (p.kind()) {
            case DISTRIBUTED -> {
                if (target.kind() == Kind.LOCAL) {
                    problems.add(what + ": a distributed table cannot refer to a coordinator-local table; make "
                            + fk.target() + " a reference table or distribute it by tenant_id.");
                } else if (target.kind() == Kind.DISTRIBUTED && !sameDistributionColumn(fk)) {
                    problems.add(what + ": between distributed tables a foreign key must include tenant_id on both "
                            + "sides, at the same position (e.g. (tenant_id, x) REFERENCES t (tenant_id, id)).");
                }
            }
            case REFERENCE -> {
                if (target.kind() != Kind.REFERENCE) {
                    problems.add(what + ": a reference table can only refer to reference tables.");
                }
            }
            case LOCAL -> {
                if (target.kind() == Kind.DISTRIBUTED) {
                    problems.add(what + ": a coordinator-local table cannot refer to a distributed table.");
                }
            }
        }
    }

    private static boolean sameDistributionColumn(ForeignKey fk) {
        int i = fk.columns().indexOf(DISTRIBUTION_COLUMN);
        return i >= 0 && (fk.targetColumns().isEmpty() ? i == 0
                : i < fk.targetColumns().size() && fk.targetColumns().get(i).equals(DISTRIBUTION_COLUMN));
    }

    private Placement placement(String table) {
        List<Placement> ps = byTable.get(table);
        return ps == null || ps.isEmpty() ? null : ps.get(0);
    }

    private String missing(Table t, String anchor) {
        String head = "Table " + t.name + " (created in " + t.createdIn + ") is not placed in " + SQL_FILE + ". ";
        if (t.tenantIdNotNull() && !t.name.equals(REGISTRY)) {
            List<String> refs = t.foreignKeys.stream().map(ForeignKey::target).filter(x -> !x.equals(t.name))
                    .distinct().toList();
            return head + "It holds one tenant's rows (tenant_id NOT NULL): add this line"
                    + (refs.isEmpty() ? "" : " below the lines of " + refs) + ":\n  " + distributeLine(t.name, anchor);
        }
        if (t.name.equals(REGISTRY)) {
            return head + "Add, before every create_distributed_table:\n  " + referenceLine(t.name);
        }
        return head + "It has no tenant_id NOT NULL, so it cannot be distributed by tenant: add either\n  "
                + referenceLine(t.name) + "\n(small shared data read by tenant queries: a copy on every node), or\n  "
                + localLine(t.name) + "\n(platform data used without a tenant: kept on the coordinator).";
    }
}
