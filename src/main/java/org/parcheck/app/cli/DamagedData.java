package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.parcheck.app.AppServices;
import org.parcheck.app.DamageText;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.DamageReport;
import org.parcheck.persistence.DatabaseException;

/**
 * The command line on damaged data: the check on opening found damage (the database is open read-only), or the file
 * was refused as damaged. Every command then says what is damaged and exits with {@link #EXIT_CODE}, never with a
 * stack trace.
 */
final class DamagedData {

    /** Exit code of every command when the data is damaged. */
    static final int EXIT_CODE = 8;

    private DamagedData() {
    }

    /** Whether the opened data is damaged; if so, says what is damaged on {@code err}. */
    static boolean refuse(AppServices services, Path dataDir, Messages messages, PrintStream err) {
        if (services.database().damage().isEmpty()) {
            return false;
        }
        DamageReport damage = services.database().damage().get();
        err.println(messages.get("report.cli.damaged", dataDir));
        err.println(messages.get("app.damage.found"));
        DamageText.lines(damage, messages).forEach(err::println);
        return true;
    }

    /** Whether an open failed because the file is damaged or not ParCheck data; if so, says so on {@code err}. */
    static boolean refused(DatabaseException e, Path dataDir, Messages messages, PrintStream err) {
        if (e.kind() != DatabaseException.Kind.DAMAGED && e.kind() != DatabaseException.Kind.NOT_PARCHECK) {
            return false;
        }
        err.println(messages.get("report.cli.damaged", dataDir));
        return true;
    }
}
