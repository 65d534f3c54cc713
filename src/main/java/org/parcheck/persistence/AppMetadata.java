package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.APP_SETTING;

import java.util.Optional;

/** Small key/value facts stored in the database itself (e.g. whether demo data was seeded). */
public final class AppMetadata {

    public static final String DEMO_SEEDED = "demo.seeded";

    private final Database database;

    public AppMetadata(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key)).fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        database.dsl().mergeInto(APP_SETTING)
                .using(database.dsl().selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }
}
