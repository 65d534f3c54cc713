package org.parcheck.exchange.crash;

import java.nio.file.Path;
import java.util.Map;
import org.parcheck.app.AppServices;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.ImportPlan;

/**
 * Child-process main for the evidence crash trials: opens a data folder, reads a package and applies it, printing
 * {@code APPLYING} before the apply (the package is read and staged by then) and {@code DONE} after it.
 * Arguments: data folder, package.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (AppServices services = AppServices.open(Path.of(args[0]))) {
            ExchangeService exchange = services.exchangeService();
            ImportPlan plan = exchange.analyse(Path.of(args[1]));
            System.out.println("APPLYING");
            System.out.flush();
            exchange.apply(plan, Map.of());
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
