package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.EXCHANGE_HISTORY;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What each visit or plan has already exchanged (item key → content hashes, see {@code Merge}), one JSON row per
 * owner uuid in {@code exchange_history}.
 */
final class ExchangeHistories {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeHistories() {
    }

    static Map<String, List<String>> read(DSLContext dsl, UUID visitUuid) {
        String json = dsl.select(EXCHANGE_HISTORY.HISTORY_JSON).from(EXCHANGE_HISTORY)
                .where(EXCHANGE_HISTORY.OWNER_UUID.eq(visitUuid)).fetchOne(EXCHANGE_HISTORY.HISTORY_JSON);
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Stored exchange history is not JSON", e);
        }
    }

    static void save(DSLContext dsl, UUID visitUuid, Map<String, List<String>> history) {
        String json;
        try {
            json = JSON.writeValueAsString(new TreeMap<>(history));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        dsl.mergeInto(EXCHANGE_HISTORY)
                .using(dsl.selectOne())
                .on(EXCHANGE_HISTORY.OWNER_UUID.eq(visitUuid))
                .whenMatchedThenUpdate()
                .set(EXCHANGE_HISTORY.HISTORY_JSON, json)
                .set(EXCHANGE_HISTORY.UPDATED_AT, now)
                .whenNotMatchedThenInsert(EXCHANGE_HISTORY.OWNER_UUID, EXCHANGE_HISTORY.HISTORY_JSON,
                        EXCHANGE_HISTORY.UPDATED_AT)
                .values(visitUuid, json, now)
                .execute();
    }
}
