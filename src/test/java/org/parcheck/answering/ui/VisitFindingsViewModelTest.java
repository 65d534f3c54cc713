package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.report.VisitReportOptions;

/** Findings, recommendations (carried forward), evidence and closing details, without the FX toolkit. */
class VisitFindingsViewModelTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private long nextVisit;
    private VisitFindingsViewModel vm;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        nextVisit = services.plans().insertVisit(Visit.planned(plan.plan().id(), haLang.visit().unitId(),
                LocalDate.of(2022, 9, 30), "UBND huyện Hạ Lang")
                .withFrameworkVersion(haLang.visit().frameworkVersionId())).id();
        vm = new VisitFindingsViewModel(nextVisit, services.answerService(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), new EvidenceFiles(dataDir));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void theNextVisitOffersAndCarriesThePreviousRecommendations() {
        assertThat(vm.carryTextProperty().get()).contains("3");
        vm.carryForward();
        assertEquals(3, vm.recommendations().size());
        Recommendation first = vm.recommendations().get(0);
        vm.setStatus(first, Recommendation.Status.DONE);
        assertEquals(Recommendation.Status.DONE,
                services.answerService().sheet(nextVisit).recommendations().get(0).status());
        assertThat(vm.recommendationLabel(vm.recommendations().get(0))).contains("Đã thực hiện")
                .contains("từ lần trước");
    }

    @Test
    void findingsEvidenceAndClosingDetailsAreSavedAtOnce() {
        vm.findingKindProperty().set(Finding.Kind.LIMITATION);
        vm.findingTextProperty().set("Chưa gửi thư xin lỗi cho hồ sơ trễ hạn");
        vm.findingCauseProperty().set("Chưa phân công theo dõi");
        vm.addFinding();
        vm.evidenceForm().evidenceItemProperty().set("1.1.1");
        vm.evidenceForm().evidenceNumberProperty().set("05/KH-UBND");
        vm.evidenceForm().evidenceDateProperty().set(LocalDate.of(2022, 1, 10));
        vm.evidenceForm().evidenceTitleProperty().set("Kế hoạch CCHC năm 2022");
        vm.evidenceForm().addEvidence();
        vm.reportPartForm().unitOpinionProperty().set("Nhất trí với nội dung biên bản.");
        vm.reportPartForm().endTimeProperty().set("11:30");
        vm.reportPartForm().saveDetails();

        var sheet = services.answerService().sheet(nextVisit);
        assertThat(sheet.findings()).singleElement().matches(f -> f.kind() == Finding.Kind.LIMITATION
                && f.cause().equals("Chưa phân công theo dõi"));
        assertThat(sheet.evidence()).singleElement().matches(e -> "1.1.1".equals(e.itemCode())
                && "05/KH-UBND".equals(e.docNumber()));
        assertEquals(LocalTime.of(11, 30), services.answerService().details(nextVisit).endTime());
        assertEquals("Nhất trí với nội dung biên bản.", services.answerService().details(nextVisit).unitOpinion());
    }

    @Test
    void anAttachedFileIsCopiedIntoTheDataFolderWithItsHash() throws Exception {
        Path original = Files.writeString(dataDir.resolve("ke-hoach.txt"), "Kế hoạch CCHC 2022");
        vm.evidenceForm().evidenceNumberProperty().set("05/KH-UBND");
        vm.evidenceForm().attachmentProperty().set(original);
        vm.evidenceForm().addEvidence();
        var stored = services.answerService().sheet(nextVisit).evidence().get(0);
        assertThat(stored.attachmentPath()).startsWith("attachments/" + nextVisit + "/");
        Path copy = dataDir.resolve(stored.attachmentPath());
        assertEquals("Kế hoạch CCHC 2022", Files.readString(copy));
        assertThat(stored.attachmentSha256()).hasSize(64);
        assertTrue(Files.exists(original), "the original stays where it was");
        assertNull(vm.evidenceForm().attachmentProperty().get());
    }

    @Test
    void attendeesAreSavedAndTheRepresentativeSignsTheReport() throws Exception {
        vm.reportPartForm().attendeeNameProperty().set("Nông Văn A");
        vm.reportPartForm().attendeeTitleProperty().set("Chủ tịch UBND huyện");
        vm.reportPartForm().attendeeRepresentativeProperty().set(true);
        vm.reportPartForm().addAttendee();
        vm.reportPartForm().attendeeNameProperty().set("Hoàng Thị B");
        vm.reportPartForm().addAttendee();
        assertEquals(2, services.answerService().attendees(nextVisit).size());
        var model = services.visitReports().model(nextVisit, VisitReportOptions.defaults());
        // #16 §6: the representative who signs is marked; the list's last line ends with "."
        assertThat(model.unitAttendees()).containsExactly(
                "Nông Văn A, Chủ tịch UBND huyện (đại diện đơn vị ký biên bản);", "Hoàng Thị B.");
        assertThat(model.signatures()).anySatisfy(sig -> assertEquals("Nông Văn A", sig.name()));
        vm.reportPartForm().removeAttendee(vm.reportPartForm().attendees().get(1));
        assertEquals(1, services.answerService().attendees(nextVisit).size());
    }

    @Test
    void aMissingOrTooLargeEvidenceFileIsRefusedAndNothingIsSaved() throws Exception {
        vm.evidenceForm().evidenceNumberProperty().set("01/BC");
        vm.evidenceForm().attachmentProperty().set(dataDir.resolve("khong-co.pdf"));
        vm.evidenceForm().addEvidence();
        assertThat(vm.refusalProperty(FindingsForm.EVIDENCE).get()).contains("khong-co.pdf");
        Path big = dataDir.resolve("lon.bin");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[1]);
        }
        try (var channel = FileChannel.open(big, StandardOpenOption.WRITE)) {
            channel.position(VisitFindingsViewModel.MAX_ATTACHMENT_BYTES + 1).write(ByteBuffer.allocate(1));
        }
        vm.evidenceForm().attachmentProperty().set(big);
        vm.evidenceForm().addEvidence();
        assertThat(vm.refusalProperty(FindingsForm.EVIDENCE).get()).contains("lon.bin").contains("50 MB");
        assertThat(services.answerService().sheet(nextVisit).evidence()).isEmpty();
    }

    @Test
    void blankTextAndBadTimesAreRefusedWithAMessage() {
        vm.addFinding();
        assertThat(vm.refusalProperty(FindingsForm.FINDINGS).get()).contains("Cần nhập nội dung");
        vm.reportPartForm().startTimeProperty().set("tám giờ");
        vm.reportPartForm().saveDetails();
        assertThat(vm.refusalProperty(FindingsForm.CLOSING).get()).contains("8:30");
        assertThat(services.answerService().sheet(nextVisit).findings()).isEmpty();
    }

    @Test
    void evidenceForAnUnknownItemIsRefusedSayingWhy() {
        vm.evidenceForm().evidenceItemProperty().set("9.9.9");
        vm.evidenceForm().evidenceTitleProperty().set("Báo cáo không rõ mục");
        vm.evidenceForm().addEvidence();
        assertThat(vm.refusalProperty(FindingsForm.EVIDENCE).get()).contains("9.9.9").contains("không có mục");
        assertThat(services.answerService().sheet(nextVisit).evidence()).isEmpty();
        assertThat(vm.evidenceForm().evidence()).isEmpty();
    }

    @Test
    void addingAndRemovingEvidenceIsLoggedByTheDocumentsName() {
        vm.evidenceForm().evidenceTitleProperty().set("Biên bản họp giao ban");
        vm.evidenceForm().addEvidence();
        EvidenceCitation added = vm.evidenceForm().evidence().get(0);
        vm.evidenceForm().removeEvidence(added);
        assertThat(services.answerService().sheet(nextVisit).evidence()).isEmpty();
        List<ChangeEntry> log = services.answerService().changeLog(nextVisit).stream()
                .filter(e -> "document".equals(e.field())).toList();
        assertThat(log).extracting(ChangeEntry::oldValue, ChangeEntry::newValue).containsExactlyInAnyOrder(
                tuple(null, "Biên bản họp giao ban"),
                tuple("Biên bản họp giao ban", null));
    }

    @Test
    void aRowWithAnUnreadableDateIsRefused() {
        vm.refuseUnreadableDate(FindingsForm.RECOMMENDATIONS);
        assertThat(vm.refusalProperty(FindingsForm.RECOMMENDATIONS).get()).contains("30/06/2026").contains("chưa thêm");
    }
}
