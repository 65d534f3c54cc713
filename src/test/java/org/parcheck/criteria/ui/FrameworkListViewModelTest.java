package org.parcheck.criteria.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.SampleFrameworks;
import org.parcheck.criteria.VersionStatus;
import org.parcheck.criteria.importer.FrameworkWorkbook;
import org.parcheck.criteria.templates.FrameworkTemplates;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqFrameworkRepository;

/** Import and export from the frameworks list, on a real database and real files. */
class FrameworkListViewModelTest {

    @TempDir
    Path dir;
    private Database db;
    private FrameworkService service;
    private Long opened;
    private FrameworkListViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(dir);
        service = new FrameworkService(new JooqFrameworkRepository(db));
        vm = new FrameworkListViewModel(service, new SameThreadExecutor(), new Messages(Messages.VIETNAMESE),
                new FrameworkNavigator() {
                    @Override
                    public void openEditor(long versionId) {
                        opened = versionId;
                    }

                    @Override
                    public void backToList() {
                    }

                    @Override
                    public void openComparison(long versionId) {
                    }
                });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aValidWorkbookBecomesADraftThatOpensInTheEditor() throws Exception {
        Path file = dir.resolve("bo-tieu-chi.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            FrameworkWorkbook.write(SampleFrameworks.header(), FrameworkVersion.draft(1, 2024, "Căn cứ"),
                    SampleFrameworks.allRuleTypes(), out);
        }
        vm.importWorkbook(file);
        assertThat(opened).isNotNull();
        assertEquals(VersionStatus.DRAFT, service.load(opened).version().status());
        assertEquals(SampleFrameworks.allRuleTypes().leaves().size(), service.load(opened).content().leaves().size());
        assertThat(vm.importProblems()).isEmpty();
    }

    @Test
    void aTemplateBecomesADraftToAdaptThatOpensInTheEditor() {
        vm.importTemplate(FrameworkTemplates.COMMUNE_WARD_2026);
        assertThat(opened).as(vm.importProblems().toString()).isNotNull();
        assertEquals(VersionStatus.DRAFT, service.load(opened).version().status());
        assertThat(service.load(opened).header().name()).startsWith("Mẫu bộ tiêu chí CCHC cấp xã");
        assertEquals(Integer.valueOf(2026), service.load(opened).version().year());

        vm.importTemplate(FrameworkTemplates.DEPARTMENT_2026);
        assertThat(service.load(opened).header().targets()).containsExactly(UnitType.DEPARTMENT);
    }

    @Test
    void aBadFileListsItsProblemsAndSavesNothing() throws Exception {
        Path file = dir.resolve("not-a-workbook.xlsx");
        Files.writeString(file, "mã;tên\n1;abc\n");
        vm.importWorkbook(file);
        assertNull(opened);
        assertThat(vm.importProblems()).isNotEmpty();
        assertThat(vm.messageProperty().get()).contains("not-a-workbook.xlsx").contains("chưa lưu gì");
        assertThat(vm.messageIsErrorProperty().get()).as("a failure shows as an error").isTrue();
        assertThat(service.summaries()).isEmpty();
    }

    @Test
    void exportWritesAWorkbookThatImportsBack() throws Exception {
        long id = service.create(SampleFrameworks.header(), FrameworkVersion.draft(1, 2024, null),
                SampleFrameworks.allRuleTypes()).version().id();
        vm.load();
        Path file = dir.resolve("xuat.xlsx");
        vm.exportWorkbook(vm.rows().get(0), file);
        assertThat(vm.messageProperty().get()).contains("xuat.xlsx");
        assertThat(vm.messageIsErrorProperty().get()).as("a success does not").isFalse();
        vm.importWorkbook(file);
        assertThat(opened).isNotNull().isNotEqualTo(id);
        assertEquals(service.load(id).content().leaves().size(), service.load(opened).content().leaves().size());
    }
}
