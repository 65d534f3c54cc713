package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.app.backup.BackupsViewModel;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;
import org.parcheck.plan.InvalidInputException;
import org.parcheck.plan.Plan;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.persistence.backup.BackupInfo;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** #15 §3 on a real H2 file: who is recorded, where the choice is kept, and what is listed to choose from. */
class InspectorRecordTest {

    private static final String DEMO_LEAD = "Lê Văn Miều (Phó Giám đốc Sở Nội vụ, Sở Nội vụ tỉnh Cao Bằng)";
    private static final String OS = System.getProperty("user.name");

    @TempDir
    Path dataDir;

    @Test
    void withNobodyChosenTheComputerAccountIsRecordedMarkedAsSuch() {
        try (AppServices services = AppServices.open(dataDir)) {
            assertTrue(services.inspectors().current().isEmpty());
            long visit = haLang(services);
            services.answerService().saveFigure(visit, "postal", new BigDecimal("97"));
            assertEquals("(tài khoản máy: " + OS + ")", newestActor(services, visit));
        }
    }

    @Test
    void theChosenPersonIsRecordedEverywhereAndKeptForTheDataFolder() throws Exception {
        Inspector person = Inspector.create("Nguyễn Văn A", "Chuyên viên", "Sở Nội vụ");
        try (AppServices services = AppServices.open(dataDir)) {
            services.inspectors().choose(person);
        }
        try (AppServices services = AppServices.open(dataDir)) {
            assertEquals(person, services.inspectors().current().orElseThrow(), "remembered by the data folder");
            long visit = haLang(services);
            services.answerService().saveFigure(visit, "postal", new BigDecimal("97"));
            assertEquals("Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", newestActor(services, visit));
            assertEquals("Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", services.database().dsl()
                    .fetchValue("SELECT updated_by FROM figure_value WHERE visit_id = " + visit
                            + " AND figure_code = 'postal'"));

            BackupInfo backup = services.backups().backupNow();
            assertEquals("Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", services.backups().madeBy(backup).orElseThrow());
            BackupsViewModel list = new BackupsViewModel(services.backups(), new SameThreadExecutor(),
                    new Messages(Messages.VIETNAMESE), b -> { }, new org.parcheck.common.fx.RecordingDialogs());
            list.load();
            assertThat(list.label(list.backups().get(0)))
                    .endsWith(" · người tạo: Nguyễn Văn A (Chuyên viên, Sở Nội vụ)");
            try (ZipFile zip = new ZipFile(backup.file().toFile())) {
                assertThat(zip.getComment()).isEqualTo("made by: Nguyễn Văn A (Chuyên viên, Sở Nội vụ)");
                assertThat(zip.stream().map(e -> e.getName()).toList()).contains("parcheck.mv.db");
            }

            // the biên bản saved as PDF and Word names who saved it as the document's author
            Path pdf = dataDir.resolve("bien-ban.pdf");
            services.writeVisitReport(visit, pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals("Nguyễn Văn A (Chuyên viên, Sở Nội vụ)",
                        document.getDocumentInformation().getAuthor());
            }
            Path docx = dataDir.resolve("bien-ban.docx");
            services.writeVisitReportDocx(visit, docx);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
                assertEquals("Nguyễn Văn A (Chuyên viên, Sở Nội vụ)",
                        document.getProperties().getCoreProperties().getCreator());
            }
        }
    }

    @Test
    void theListHasTeamMembersOfEveryPlanOnceAndPeopleAddedHere() {
        try (AppServices services = AppServices.open(dataDir)) {
            assertThat(services.inspectors().known()).extracting(Inspector::recordText).containsExactly(DEMO_LEAD);
            services.plans().insert(new Plan(null, UUID.randomUUID(), "12/KH-SNV", LocalDate.of(2024, 3, 1),
                    "Sở Nội vụ tỉnh Cao Bằng", null, "Kiểm tra năm 2024", null, 2024, "Cao Bằng", false),
                    List.of(TeamMember.create(1, "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ tỉnh Cao Bằng",
                            TeamRole.LEAD), TeamMember.create(2, "Đàm Thị Hoa", "Chuyên viên",
                            "Sở Nội vụ tỉnh Cao Bằng", TeamRole.SECRETARY)));
            services.inspectors().choose(Inspector.create("Bế Văn Cường", null, "Văn phòng UBND tỉnh"));
            assertThat(services.inspectors().known()).extracting(Inspector::recordText).containsExactly(
                    "Bế Văn Cường (Văn phòng UBND tỉnh)",
                    "Đàm Thị Hoa (Chuyên viên, Sở Nội vụ tỉnh Cao Bằng)", DEMO_LEAD);
        }
    }

    @Test
    void aPersonWithoutANameIsRefusedAndNothingChanges() {
        try (AppServices services = AppServices.open(dataDir)) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> services.inspectors().choose(Inspector.create("  ", "Chuyên viên", null)));
            assertEquals("plan.inspector.error.nameRequired", refused.problems().get(0).messageKey());
            assertThrows(InvalidInputException.class, () -> services.inspectors().choose(
                    Inspector.create("Nguyễn Văn A", "x".repeat(301), null)));
            assertTrue(services.inspectors().current().isEmpty());
            assertThat(services.inspectors().known()).hasSize(1);
        }
    }

    @Test
    void theRecordedTextFitsTheRecordColumns() {
        Inspector longest = Inspector.create("N".repeat(200), "C".repeat(300), "S".repeat(300));
        assertEquals(Inspector.RECORD_LENGTH, longest.recordText().length());
        assertTrue(longest.recordText().startsWith("N".repeat(200 - 1)));
        assertEquals("Nguyễn Văn A", Inspector.create("Nguyễn Văn A", " ", null).recordText());
    }

    private static long haLang(AppServices services) {
        long plan = services.planService().overviews().get(0).plan().id();
        return services.planService().visits(plan).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    private static String newestActor(AppServices services, long visit) {
        List<ChangeEntry> log = services.answerService().changeLog(visit);
        return log.stream().filter(e -> "97".equals(e.newValue())).findFirst().orElseThrow().actor();
    }
}
