package org.parcheck.answering.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.parcheck.app.AppServices;
import org.parcheck.app.protection.FolderProtection;
import org.parcheck.protection.DataKey;

/**
 * One cold start for {@link ProtectionBench}: a new JVM opens a data folder's services (with the password, key
 * derivation included, when one is given) and prints the milliseconds from the JVM's start to the services being
 * ready, then closes them. Argument: the data folder; the password of a protected one comes in
 * {@value #PASSWORD_VARIABLE}.
 */
public final class ColdStart {

    static final String PASSWORD_VARIABLE = "PARCHECK_BENCH_PASSWORD";

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String password = System.getenv(PASSWORD_VARIABLE);
        DataKey key = password != null ? FolderProtection.unlock(dataDir, password.toCharArray()) : null;
        try (AppServices services = AppServices.open(dataDir, true, key)) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("ready-ms " + ms + " " + services.planService().overviews().size());
        }
    }
}
