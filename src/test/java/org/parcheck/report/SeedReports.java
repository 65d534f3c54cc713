package org.parcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parcheck.app.AppServices;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;

/** The demo database's Hạ Lang visit, for report tests. */
public final class SeedReports {

    private SeedReports() {
    }

    /** The id of the seed visit to huyện Hạ Lang. */
    public static long haLangVisitId(AppServices services) {
        PlanOverview plan = services.planService().overviews().get(0);
        return services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang"))
                .map(VisitOverview::visit).findFirst().orElseThrow().id();
    }

    /** Keeps a copy of a PDF under target/reports to look at (pdftoppm), when the folder can be made. */
    public static void keep(String name, byte[] pdf) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "reports"));
            Files.write(folder.resolve(name), pdf);
        } catch (IOException e) {
            // only a convenience for looking at the output
        }
    }
}
