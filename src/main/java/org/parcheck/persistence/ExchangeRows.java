package org.parcheck.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.parcheck.common.util.Numbers;
import org.parcheck.exchange.PackageException;
import org.jooq.RecordMapper;

/**
 * The package's rows are text (column name → value, database ids replaced by uuids; {@code PackageData}): this turns
 * jOOQ records into such rows and fills records from them, with one text form per type ({@link #text}) and a strict
 * reading back ({@link #parse}) that refuses a bad value as a {@link PackageException}.
 */
final class ExchangeRows {

    private ExchangeRows() {
    }

    /** A value as the package writes it: decimals without trailing zeros, everything else by its toString. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal) {
            return Numbers.plain((BigDecimal) value).toPlainString();
        }
        return value.toString();
    }

    /**
     * A record as a package row: every column (lower case) but the skipped ones, as text; jOOQ maps each fetched
     * record through it ({@code fetch(columns("id"))}).
     */
    static RecordMapper<Record, Map<String, String>> columns(String... skip) {
        Set<String> skipped = Set.of(skip);
        return r -> {
            Map<String, String> map = new TreeMap<>();
            for (Field<?> f : r.fields()) {
                String name = f.getName().toLowerCase(java.util.Locale.ROOT);
                if (!skipped.contains(name)) {
                    map.put(name, text(r.get(f)));
                }
            }
            return map;
        };
    }

    /** One record as a package row ({@link #columns}). */
    static Map<String, String> row(Record r, String... skip) {
        return columns(skip).map(r);
    }

    /** The named columns of a record, as text. */
    static Map<String, String> pick(Record r, List<String> names) {
        Map<String, String> map = new TreeMap<>();
        for (String name : names) {
            map.put(name, text(r.get(name.toUpperCase(java.util.Locale.ROOT))));
        }
        return map;
    }

    /** A package value read back into a column's Java type; a value that does not read is refused as bad JSON. */
    static Object parse(String value, Class<?> type) {
        if (value == null) {
            return null;
        }
        try {
            if (type == String.class) {
                return value;
            } else if (type == Long.class) {
                return Long.valueOf(value);
            } else if (type == Integer.class) {
                return Integer.valueOf(value);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(value);
            } else if (type == Boolean.class) {
                if (!"true".equals(value) && !"false".equals(value)) {
                    throw new IllegalArgumentException(value);
                }
                return Boolean.valueOf(value);
            } else if (type == UUID.class) {
                return UUID.fromString(value);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(value);
            } else if (type == LocalTime.class) {
                return LocalTime.parse(value);
            } else if (type == LocalDateTime.class) {
                return LocalDateTime.parse(value);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PackageException(PackageException.Kind.INVALID_JSON, "value " + value, e, "data.json");
        }
        throw new IllegalStateException("No conversion to " + type);
    }

    /** Sets every field named in {@code values} (and not skipped) from its text. */
    @SuppressWarnings("unchecked")
    static void fill(Record r, Map<String, String> values, String... skip) {
        Set<String> skipped = Set.of(skip);
        for (Field<?> f : r.fields()) {
            String name = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (!skipped.contains(name) && values.containsKey(name)) {
                r.set((Field<Object>) f, parse(values.get(name), f.getType()));
            }
        }
    }
}
