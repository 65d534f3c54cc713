package org.parcheck.testing;

import java.nio.file.Path;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.server.TestServers;

/**
 * The two database engines ParCheck runs on (#17, decision D24): a laptop's H2 file and the province server's
 * PostgreSQL. A test run {@link OnBothEngines} gets one of them as a parameter and opens its database through it, so
 * the same test body runs once on each.
 */
public enum Engine {

    /** A laptop: a fresh H2 file in the test's data folder, opened as ParCheck opens it. */
    H2("H2"),
    /**
     * The province server: a fresh database on the test JVM's one PostgreSQL ({@link TestServers}), migrated by
     * {@link Database#onServer}; nothing is written in the data folder but what the services put there (evidence
     * copies, backups).
     */
    POSTGRESQL("PostgreSQL");

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    /** A fresh, migrated, empty database; {@code dataDir} is the data folder (used by H2 only). */
    public Database open(Path dataDir) {
        return this == H2 ? Database.open(dataDir) : Database.onServer(TestServers.freshDatabase("engine"));
    }

    /**
     * The application's services on a fresh database in {@code dataDir}, with the demo data seeded ({@code demo}) or
     * declined, as {@link AppServices#open(Path, boolean)} does for a new laptop. On PostgreSQL they are the server's
     * services ({@link AppServices#onServer}, as office mode opens them): no backups of their own (the server's are
     * its IT staff's, docs/server/setup.md).
     */
    public AppServices services(Path dataDir, boolean demo) {
        if (this == H2) {
            return AppServices.open(dataDir, demo);
        }
        AppServices services = AppServices.onServer(dataDir, open(dataDir));
        try {
            if (demo) {
                services.demoSeeder().seedIfFirstRun();
            } else {
                services.demoSeeder().declineIfFirstRun();
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** The name shown in the test report, with the server's version for PostgreSQL. */
    String label() {
        return this == H2 ? label : label + " " + TestServers.version();
    }
}
