package org.parcheck.persistence;

import java.nio.file.Path;

/** Fresh migrated databases in a temp folder for repository tests. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database fresh(Path tempDir) {
        return Database.open(tempDir);
    }
}
