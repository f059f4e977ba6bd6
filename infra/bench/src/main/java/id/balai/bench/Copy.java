package id.balai.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import org.postgresql.PGConnection;

/** Rows of one table in PostgreSQL's COPY text format, sent in one {@code COPY … FROM STDIN}. */
final class Copy {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private boolean first = true;
    private long count;

    Copy(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    Copy add(Object value) {
        if (!first) {
            rows.append('\t');
        }
        first = false;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof byte[] b) {
            rows.append("\\\\x").append(HexFormat.of().formatHex(b));
        } else if (value instanceof Boolean b) {
            rows.append(b ? 't' : 'f');
        } else if (value instanceof OffsetDateTime t) {
            rows.append(TS.format(t));
        } else if (value instanceof LocalDate || value instanceof UUID || value instanceof Number) {
            rows.append(value);
        } else {
            escape(value.toString());
        }
        return this;
    }

    void end() {
        rows.append('\n');
        first = true;
        count++;
    }

    long count() {
        return count;
    }

    boolean large() {
        return rows.length() > (16 << 20);
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }

    /** Sends what was added (within the connection's transaction) and starts empty again. */
    void flush(Connection c) throws SQLException, IOException {
        if (rows.length() == 0) {
            return;
        }
        c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
        rows.setLength(0);
    }
}
