package id.balai.platform.infrastructure;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native SQL for the contexts that stay on SQL (docs/architecture.md, <i>Persistence, per context</i>): named
 * parameters ({@code :tenant}), typed nulls, and rows read by typed getters instead of {@code Object[]} casts.
 * <p>
 * The statement runs on the caller's {@link EntityManager}, so in its JTA transaction and under the tenant bound to
 * it: row-level security applies as to any other statement. A parameter is bound with {@link #set(String, Object)};
 * one that may be null is bound with {@link #set(String, Object, Class)}, which writes it as
 * {@code cast(? as <type>)} so that PostgreSQL knows its type when it is null. Values are converted for the driver:
 * {@link Instant} to a timestamp, {@link LocalDate} to a date, an enum to its name.
 */
public final class Sql {
    private static final Map<Class<?>, String> TYPES = Map.of(String.class, "varchar", LocalDate.class, "date",
            Instant.class, "timestamptz", Integer.class, "integer", Long.class, "bigint", Boolean.class, "boolean",
            UUID.class, "uuid", BigDecimal.class, "numeric");

    private final EntityManager em;
    private final String text;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> casts = new LinkedHashMap<>();

    private Sql(EntityManager em, String text) {
        this.em = em;
        this.text = text;
    }

    /** A statement with named parameters ({@code :name}; {@code ::type} casts are left alone). */
    public static Sql of(EntityManager em, String text) {
        return new Sql(em, text);
    }

    /** Binds {@code name} to a value that is never null. */
    public Sql set(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Parameter :" + name + " is null: bind it with its type");
        }
        values.put(name, value);
        return this;
    }

    /** Binds {@code name} to a value that may be null, of the Java type {@code type}. */
    public Sql set(String name, Object value, Class<?> type) {
        String sqlType = type.isEnum() ? "varchar" : TYPES.get(type);
        if (sqlType == null) {
            throw new IllegalArgumentException("No SQL type for " + type.getName());
        }
        values.put(name, value);
        casts.put(name, sqlType);
        return this;
    }

    /** Every row, read by {@code mapper}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(Mapper<T> mapper) {
        List<Object> rows = query().getResultList();
        List<T> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(mapper.map(new Row(r instanceof Object[] a ? a : new Object[] {r})));
        }
        return out;
    }

    /** The first row, if any. */
    public <T> Optional<T> first(Mapper<T> mapper) {
        Query q = query().setMaxResults(1);
        List<?> rows = q.getResultList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(mapper.map(new Row(rows.get(0) instanceof Object[] a ? a : new Object[] {rows.get(0)})));
    }

    /** The number a {@code select count(*)} (or another one-row, one-number query) gives. */
    public long count() {
        return ((Number) query().getSingleResult()).longValue();
    }

    /** Whether the query gives any row. */
    public boolean exists() {
        return !query().setMaxResults(1).getResultList().isEmpty();
    }

    /** The number of rows an insert, update or delete changed. */
    public int execute() {
        return query().executeUpdate();
    }

    /** The statement as the driver gets it: positional parameters, casts for the typed ones. */
    String positional(List<String> order) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
                i++;
            } else if (!quoted && c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (!quoted && c == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("Parameter :" + name + " is not bound");
                }
                order.add(name);
                String p = "?" + order.size();
                out.append(casts.containsKey(name) ? "cast(" + p + " as " + casts.get(name) + ")" : p);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private Query query() {
        List<String> order = new ArrayList<>();
        Query q = em.createNativeQuery(positional(order));
        for (int p = 0; p < order.size(); p++) {
            q.setParameter(p + 1, driverValue(values.get(order.get(p))));
        }
        return q;
    }

    static Object driverValue(Object v) {
        if (v instanceof Instant i) {
            return Timestamp.from(i);
        }
        if (v instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(Row row);
    }

    /** One row's columns by position (0 first), each read as the type the caller expects; SQL null is null. */
    public static final class Row {
        private final Object[] columns;

        Row(Object[] columns) {
            this.columns = columns;
        }

        public String text(int i) {
            Object v = columns[i];
            return v == null ? null : v.toString();
        }

        public Long number(int i) {
            return columns[i] == null ? null : ((Number) columns[i]).longValue();
        }

        /** A count or another number that is never null. */
        public long count(int i) {
            return ((Number) columns[i]).longValue();
        }

        public Integer integer(int i) {
            return columns[i] == null ? null : ((Number) columns[i]).intValue();
        }

        public Double decimal(int i) {
            return columns[i] == null ? null : ((Number) columns[i]).doubleValue();
        }

        public boolean flag(int i) {
            return Boolean.TRUE.equals(columns[i]);
        }

        public UUID uuid(int i) {
            Object v = columns[i];
            return v == null ? null : v instanceof UUID u ? u : UUID.fromString(v.toString());
        }

        public LocalDate date(int i) {
            Object v = columns[i];
            if (v == null) {
                return null;
            }
            return v instanceof java.sql.Date d ? d.toLocalDate() : v instanceof LocalDate l ? l
                    : LocalDate.parse(v.toString());
        }

        public Instant instant(int i) {
            Object v = columns[i];
            if (v == null) {
                return null;
            }
            return v instanceof Timestamp t ? t.toInstant() : v instanceof OffsetDateTime o ? o.toInstant()
                    : v instanceof Instant in ? in : Instant.parse(v.toString());
        }

        public <E extends Enum<E>> E enumOf(int i, Class<E> type) {
            return columns[i] == null ? null : Enum.valueOf(type, columns[i].toString());
        }

        /** The raw value, for a type this row does not name (an array, a JSON document as text). */
        public Object raw(int i) {
            return columns[i];
        }
    }
}
