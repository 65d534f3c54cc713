package org.parcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.backup.BackupException;
import org.parcheck.persistence.backup.DatabaseRestore;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;

/**
 * #16 §5 "Xoá dữ liệu mẫu" on a real H2 file: a folder seeded with the demo, with a real plan added that visits a
 * demo unit. The drop deletes exactly the demo, keeps real work and what it uses, backs up first, and the folder
 * reopens undamaged and is never seeded again.
 */
class DemoDropTest {

    @TempDir
    Path dataDir;

    @Test
    void dropsTheDemoKeepsRealWorkAndItsUnitAfterAVerifiedBackup() throws Exception {
        long demoPlanId;
        List<Long> demoVisits;
        long realPlanId;
        long keptUnitId;
        Path evidence;
        try (AppServices services = AppServices.open(dataDir)) {
            DemoDrop drop = services.demoDrop();
            assertThat(drop.offered()).as("a folder seeded with the demo offers the drop").isTrue();
            Plan demoPlan = services.planService().overviews().get(0).plan();
            assertThat(demoPlan.demo()).isTrue();
            demoPlanId = demoPlan.id();
            demoVisits = services.plans().visits(demoPlanId).stream().map(Visit::id).toList();
            assertThat(demoVisits).hasSize(3);
            long haLang = services.plans().visits(demoPlanId).stream()
                    .filter(v -> "UBND huyện Hạ Lang".equals(v.place())).findFirst().orElseThrow().id();

            AdminUnit lyQuoc = services.planService().units().stream()
                    .filter(u -> u.type() == UnitType.COMMUNE && "Lý Quốc".equals(u.name()) && u.validFrom() != null)
                    .findFirst().orElseThrow();
            keptUnitId = lyQuoc.id();
            Plan real = services.plans().insert(new Plan(null, UUID.randomUUID(), "12/KH-UBND",
                    LocalDate.of(2026, 1, 5), "UBND tỉnh Cao Bằng", null, "Kiểm tra cải cách hành chính năm 2026",
                    null, 2026, "Cao Bằng", false),
                    List.of(TeamMember.create(1, "Nguyễn Thị Thật", "Chuyên viên", "Sở Nội vụ", TeamRole.LEAD)));
            realPlanId = real.id();
            services.plans().insertVisit(Visit.planned(realPlanId, keptUnitId, null, "UBND xã Lý Quốc"));

            evidence = dataDir.resolve("attachments").resolve(Long.toString(haLang))
                    .resolve("ab-bien-ban.pdf");
            Files.createDirectories(evidence.getParent());
            Files.writeString(evidence, "demo evidence");

            assertThat(drop.preview().planNames()).containsExactly("3199/KH-UBND (2021)");
            assertThat(drop.preview().frameworkNames()).hasSize(2);

            DemoDrop.Dropped dropped = drop.drop();

            assertThat(dropped.found().visitIds()).containsExactlyInAnyOrderElementsOf(demoVisits);
            assertThat(Files.isRegularFile(dropped.backup().file())).as("the backup zip").isTrue();
            DatabaseRestore.check(dataDir, dropped.backup().file());
            assertThat(services.planService().overviews()).extracting(PlanOverview::plan).extracting(Plan::id)
                    .containsExactly(realPlanId);
            assertThat(services.plans().visits(demoPlanId)).isEmpty();
            assertThat(services.answerService().changeLog(haLang))
                    .as("the change log is append-only: the demo's lines stay").isNotEmpty();
            assertThat(services.plans().visits(realPlanId)).hasSize(1);
            assertThat(services.frameworkService().summaries()).as("the demo frameworks, used by nothing real")
                    .isEmpty();
            List<AdminUnit> units = services.planService().units();
            assertThat(units).extracting(AdminUnit::id).contains(keptUnitId);
            assertThat(units).extracting(AdminUnit::name).as("its province stays, the rest of the demo goes")
                    .containsExactlyInAnyOrder("Cao Bằng", "Lý Quốc");
            assertThat(Files.exists(evidence.getParent())).as("the demo visit's evidence files").isFalse();
            assertThat(services.demoSeeder().holdsDemo()).isFalse();
            assertThat(drop.offered()).as("the offer is gone").isFalse();
            assertThatThrownBy(drop::drop).isInstanceOf(IllegalStateException.class);
        }
        try (AppServices again = AppServices.open(dataDir)) {
            assertThat(again.database().damage()).as("the seals still match every row").isEmpty();
            assertThat(again.planService().overviews()).as("not seeded again").hasSize(1);
            assertThat(new AppMetadata(again.database()).get(AppMetadata.DEMO_SEEDED)).get().asString()
                    .startsWith(DemoDataSeeder.DECLINED_DROPPED);
            assertThat(again.demoDrop().offered()).isFalse();
        }
    }

    @Test
    void notOfferedInTheDemoFolderNorInARealWorkFolder() throws Exception {
        Files.createDirectories(dataDir.resolve("demo"));
        Files.createDirectories(dataDir.resolve("real"));
        try (AppServices demo = AppServices.open(dataDir.resolve("demo"))) {
            assertThat(demo.demoSeeder().holdsDemo()).isTrue();
            assertThat(demo.demoDrop().offered()).as("the demo folder is the demo").isFalse();
        }
        try (AppServices real = AppServices.open(dataDir.resolve("real"), false)) {
            assertThat(real.demoDrop().offered()).isFalse();
        }
    }

    @Test
    void aDemoFrameworkARealPlanUsesStays() {
        try (AppServices services = AppServices.open(dataDir)) {
            long communeVersion = services.plans().frameworks(services.planService().overviews().get(0).plan().id())
                    .get(UnitType.COMMUNE);
            Plan real = services.plans().insert(new Plan(null, UUID.randomUUID(), "7/KH-SNV", LocalDate.of(2026, 2, 1),
                    "Sở Nội vụ", null, "Kế hoạch thật", null, 2026, null, false), List.of());
            services.plans().setFramework(real.id(), UnitType.COMMUNE, communeVersion);

            services.demoDrop().drop();

            assertThat(services.frameworkService().summaries()).as("the commune framework stays, the district one goes")
                    .hasSize(1);
            assertThat(services.plans().frameworks(real.id())).containsEntry(UnitType.COMMUNE, communeVersion);
        }
        try (AppServices again = AppServices.open(dataDir)) {
            assertThat(again.database().damage()).isEmpty();
        }
    }

    @Test
    void aFailedBackupDeletesNothing() throws Exception {
        try (AppServices services = AppServices.open(dataDir)) {
            Path backups = services.backups().folder();
            if (Files.isDirectory(backups)) {
                try (var files = Files.list(backups)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(backups);
            }
            Files.writeString(backups, "a file where the backups folder should be");

            assertThatThrownBy(services.demoDrop()::drop).isInstanceOf(BackupException.class);

            assertThat(services.planService().overviews()).hasSize(1);
            assertThat(services.frameworkService().summaries()).hasSize(2);
            assertThat(services.demoDrop().offered()).as("still offered").isTrue();
        }
    }
}
