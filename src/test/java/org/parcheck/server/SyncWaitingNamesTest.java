package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.plan.Plan;
import org.parcheck.plan.VisitOverview;
import org.parcheck.server.ui.SyncSteps;
import org.parcheck.server.ui.SyncViewModel;

/**
 * The sync summary names the plans and visits that wait on this laptop because the account is not on their plan's
 * team (SyncResult.waiting, WaitingNames), not only their count: a real PostgreSQL (TestServers), an inspector's
 * account on no team, an H2 laptop holding the demo plan (its plan and its visits wait), the sync dialog's view
 * model without the FX toolkit. Drawn in full on screen: SyncSummaryOnScreenTest.
 */
class SyncWaitingNamesTest {

    private static final String PASSWORD = OfficeFixture.PASSWORD;

    @TempDir
    Path dir;

    @Test
    void theResultAndTheSummaryNameWhatWaitsPlanFirst() throws Exception {
        DataSource superuser = TestServers.freshDatabase("syncnames");
        String db = TestServers.nameOf(superuser);
        Database.onServer(superuser).close();
        String role = "tv_" + db;
        new ServerAdmin(superuser).addAccount(role, ServerAdmin.AccountKind.INSPECTOR, "Nguyễn Văn A", null, null,
                PASSWORD.toCharArray());
        try (AppServices inspector = AppServices.open(Files.createDirectories(dir.resolve("inspector")), true);
             Database asInspector = OfficeFixture.loggedIn(db, role)) {
            Plan plan = inspector.planService().overviews().get(0).plan();
            List<String> units = new ArrayList<>();
            for (VisitOverview v : inspector.planService().visits(plan.id())) {
                units.add(v.unit().officialName());
            }
            assertThat(units).as("the demo plan's visits").hasSizeBetween(2, WaitingNames.SHOWN - 1);

            SyncViewModel model = new SyncViewModel(steps(inspector, asInspector, role), new SameThreadExecutor(),
                    new Messages(Messages.VIETNAMESE));
            model.primary();

            assertThat(model.phaseProperty().get()).isEqualTo(SyncViewModel.Phase.DONE);
            String status = model.statusProperty().get();
            assertThat(status)
                    .contains("\n" + (units.size() + 1) + " kế hoạch hoặc cuộc kiểm tra đã thay đổi trên máy này")
                    .contains("rồi đồng bộ lại.\nĐang chờ gửi: kế hoạch " + plan.numberSymbol() + "; ")
                    .endsWith(".");
            List<String> names = List.of(status.substring(status.indexOf("Đang chờ gửi: ") + "Đang chờ gửi: ".length(),
                    status.length() - 1).split("; "));
            assertThat(names.get(0)).isEqualTo("kế hoạch " + plan.numberSymbol());
            assertThat(names.subList(1, names.size())).as("the visits, by unit").containsExactlyInAnyOrderElementsOf(
                    units);
        }
    }

    @Test
    void atMostFiveNamesThenHowManyMore() {
        List<SyncResult.Waiting> waiting = new ArrayList<>(List.of(new SyncResult.Waiting(true, "01/KH-SNV")));
        for (String unit : List.of("huyện Hạ Lang", "xã Cô Ngân", "phường Sông Hiến", "thị trấn Trùng Khánh",
                "Sở Tư pháp", "xã Đức Long", "xã Lý Quốc")) {
            waiting.add(new SyncResult.Waiting(false, unit));
        }

        assertThat(WaitingNames.line(new Messages(Messages.VIETNAMESE), waiting)).isEqualTo("Đang chờ gửi: kế hoạch "
                + "01/KH-SNV; huyện Hạ Lang; xã Cô Ngân; phường Sông Hiến; thị trấn Trùng Khánh và 3 mục khác.");
        assertThat(WaitingNames.line(new Messages(Messages.ENGLISH), waiting)).isEqualTo("Waiting to be sent: plan "
                + "01/KH-SNV; huyện Hạ Lang; xã Cô Ngân; phường Sông Hiến; thị trấn Trùng Khánh and 3 more.");
        assertThat(WaitingNames.line(new Messages(Messages.ENGLISH), waiting.subList(1, 6))).isEqualTo(
                "Waiting to be sent: huyện Hạ Lang; xã Cô Ngân; phường Sông Hiến; thị trấn Trùng Khánh; Sở Tư pháp.");
        assertThat(WaitingNames.line(new Messages(Messages.ENGLISH), List.of())).isEmpty();
    }

    @Test
    void aPlanOrVisitDeletedBeforeItWasNamedIsSaidToBeDeletedNotLeftBlank() {
        List<SyncResult.Waiting> waiting = List.of(new SyncResult.Waiting(true, ""),
                new SyncResult.Waiting(false, "xã Cô Ngân"), new SyncResult.Waiting(false, ""));

        assertThat(WaitingNames.line(new Messages(Messages.VIETNAMESE), waiting)).isEqualTo("Đang chờ gửi: kế hoạch "
                + "(đã xoá trên máy này); xã Cô Ngân; (đã xoá trên máy này).");
        assertThat(WaitingNames.line(new Messages(Messages.ENGLISH), waiting)).isEqualTo("Waiting to be sent: plan "
                + "(deleted on this computer); xã Cô Ngân; (deleted on this computer).");
    }

    /** The dialog's steps on the real SyncService, logged in as {@code role}; the test closes the server database. */
    private static SyncSteps steps(AppServices laptop, Database server, String role) {
        SyncService sync = new SyncService(laptop.database(), laptop.dataDir(), null, laptop.exchangeService(),
                server, role);
        return new KeptPasswordSteps(role, PASSWORD, SyncSteps.Session.on(sync, () -> { }));
    }
}
