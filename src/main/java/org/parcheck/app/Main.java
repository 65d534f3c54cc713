package org.parcheck.app;

import java.util.Arrays;
import javafx.application.Application;
import org.parcheck.app.cli.ReportCommand;

/**
 * Entry point. A plain class (not an {@link Application}) so that JavaFX starts from the classpath
 * (stack.md). Arguments: {@code --data-dir DIR} chooses the data folder. {@code report …} runs the headless
 * report command instead of the UI (see {@link ReportCommand}) and exits with its code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length > 0 && "report".equals(args[0])) {
            System.setProperty("java.awt.headless", "true");
            System.exit(new ReportCommand(System.out, System.err, System.getenv())
                    .run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Application.launch(ParCheckApp.class, args);
    }
}
