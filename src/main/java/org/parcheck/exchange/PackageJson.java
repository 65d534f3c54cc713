package org.parcheck.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** The JSON of packages: Jackson, unknown fields ignored (a newer minor writer may add some), stable output. */
final class PackageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private PackageJson() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Package data cannot be written as JSON", e);
        }
    }

    static <T> T read(byte[] json, Class<T> type, String entry) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new PackageException(PackageException.Kind.INVALID_JSON, entry + " is empty", entry);
            }
            return value;
        } catch (IOException e) {
            throw new PackageException(PackageException.Kind.INVALID_JSON, entry + ": " + e.getMessage(), e, entry);
        }
    }
}
