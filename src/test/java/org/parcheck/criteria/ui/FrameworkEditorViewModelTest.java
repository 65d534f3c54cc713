package org.parcheck.criteria.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.ItemTrees;
import org.parcheck.criteria.SampleFrameworks;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqFrameworkRepository;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/** The editor's rules, without the FX toolkit, on a real database. */
class FrameworkEditorViewModelTest {

    @TempDir
    Path dataDir;
    private Database db;
    private FrameworkService service;
    private long versionId;
    private Long opened;
    private FrameworkEditorViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(dataDir);
        service = new FrameworkService(new JooqFrameworkRepository(db));
        versionId = service.create(SampleFrameworks.header(), FrameworkVersion.draft(1, 2021, null),
                SampleFrameworks.allRuleTypes()).version().id();
        vm = newViewModel(versionId);
        vm.load();
    }

    private FrameworkEditorViewModel newViewModel(long id) {
        return new FrameworkEditorViewModel(id, service, new SameThreadExecutor(), new Messages(Messages.VIETNAMESE),
                new FrameworkNavigator() {
                    @Override
                    public void openEditor(long newId) {
                        opened = newId;
                    }

                    @Override
                    public void backToList() {
                        opened = -1L;
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

    private BigDecimal storedMax(String code) {
        return ItemTrees.find(service.load(versionId).content().areas(), code).map(CriteriaItem::maxPoints)
                .orElseThrow();
    }

    @Test
    void changingALeafsPointsFlagsItsParentAndSavesTheDraft() {
        assertThat(vm.issues()).noneMatch(FrameworkEditorViewModel.IssueRow::blocking);
        assertTrue(vm.publishableProperty().get());
        vm.select("1.1.1");
        vm.maxPointsProperty().set("3");
        vm.applyForm();

        assertThat(vm.issues()).anySatisfy(i -> {
            assertEquals("1.1", i.subject());
            assertTrue(i.blocking());
            assertThat(i.text()).contains("5").contains("6");
        });
        assertFalse(vm.publishableProperty().get());
        assertEquals(0, new BigDecimal("3").compareTo(storedMax("1.1.1")));
        assertThat(vm.rows()).filteredOn(r -> r.code().equals("1.1")).singleElement()
                .matches(FrameworkEditorViewModel.ItemRow::hasProblem);
    }

    @Test
    void undoAndRedoRestoreTheContentAndSaveIt() {
        assertFalse(vm.canUndoProperty().get());
        vm.select("2.1");
        vm.titleProperty().set("Niêm yết đầy đủ thủ tục");
        vm.applyForm();
        assertEquals("Niêm yết đầy đủ thủ tục", ItemTrees.find(service.load(versionId).content().areas(), "2.1")
                .orElseThrow().title());
        assertTrue(vm.canUndoProperty().get());
        assertFalse(vm.canRedoProperty().get());
        vm.undo();
        assertEquals("Mức độ niêm yết thủ tục", ItemTrees.find(service.load(versionId).content().areas(), "2.1")
                .orElseThrow().title());
        assertEquals("Mức độ niêm yết thủ tục", vm.titleProperty().get());
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals("Niêm yết đầy đủ thủ tục", vm.titleProperty().get());
        assertTrue(vm.canUndoProperty().get());
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void aNewChangeAfterUndoCannotBeRedoneOverAndTwoUndosStepBackTwice() {
        vm.select("2.1");
        vm.titleProperty().set("Một");
        vm.applyForm();
        vm.titleProperty().set("Hai");
        vm.applyForm();
        vm.undo();
        vm.undo();
        assertEquals("Mức độ niêm yết thủ tục", vm.titleProperty().get());
        vm.redo();
        assertEquals("Một", vm.titleProperty().get());
        vm.titleProperty().set("Ba");
        vm.applyForm();
        assertFalse(vm.canRedoProperty().get());
        vm.redo();
        assertEquals("Ba", ItemTrees.find(service.load(versionId).content().areas(), "2.1").orElseThrow().title());
    }

    @Test
    void unreadableInputIsReportedAndChangesNothing() {
        vm.select("1.1.1");
        vm.thresholdsProperty().set("98 - 1");
        vm.applyForm();
        assertThat(vm.formErrorProperty().get()).contains("ngưỡng:giá trị");
        vm.maxPointsProperty().set("hai");
        vm.applyForm();
        assertThat(vm.formErrorProperty().get()).isNotBlank();
        assertEquals(0, new BigDecimal("2").compareTo(storedMax("1.1.1")));
    }

    @Test
    void changingTheRuleTypeKeepsTheItemAndChecksIt() {
        vm.select("1.2");
        vm.ruleTypeProperty().set(RuleType.PROPORTIONAL);
        vm.numeratorProperty().set("onTime");
        vm.denominatorProperty().set("nope");
        vm.applyForm();
        assertThat(vm.issues()).anySatisfy(i -> {
            assertEquals("1.2", i.subject());
            assertThat(i.text()).contains("nope");
        });
    }

    @Test
    void aPublishedVersionIsReadOnlyAndANewVersionOpensInTheEditor() {
        vm.publish();
        assertFalse(vm.editableProperty().get());
        vm.select("1.1.1");
        vm.maxPointsProperty().set("5");
        vm.applyForm();
        assertEquals(0, new BigDecimal("2").compareTo(storedMax("1.1.1")), "published content never changes");
        vm.newVersion();
        assertThat(opened).isNotNull().isNotEqualTo(versionId);
        assertEquals(2, service.load(opened).version().versionNo());
    }

    @Test
    void figuresConstraintsBandsAndCapsAreEditedAndChecked() {
        vm.addFigure();
        int last = vm.figures().size() - 1;
        vm.updateFigure(last, new FigureDef("apologies", "Thư xin lỗi đã gửi", "thư", NumberKind.COUNT));
        vm.addConstraint(ConstraintType.PART_OF, "apologies", "resolved");
        vm.addBand();
        vm.updateBand(vm.bands().size() - 1, new Band("XUAT_SAC", "Xuất sắc", "Excellent", new BigDecimal("95")));
        vm.applySettings("2,5", "", false);

        var stored = service.load(versionId).content();
        assertThat(stored.figures()).anyMatch(f -> f.code().equals("apologies") && f.unit().equals("thư"));
        assertThat(stored.constraints()).anyMatch(c -> c.whole().equals("resolved")
                && c.parts().equals(List.of("apologies")));
        assertThat(stored.bands()).anyMatch(b -> b.code().equals("XUAT_SAC"));
        assertEquals(0, new BigDecimal("2.5").compareTo(stored.bonusCap()));
        assertNull(stored.deductionCap());
        assertFalse(stored.pointsMustSum());

        vm.addConstraint(ConstraintType.PART_OF, "apologies", "nothing");
        assertThat(vm.issues()).anySatisfy(i -> assertThat(i.text()).contains("nothing"));
        vm.updateFigure(0, new FigureDef(" ", "", null, NumberKind.COUNT));
        assertThat(vm.formErrorProperty().get()).contains("mã và tên");
    }
}
