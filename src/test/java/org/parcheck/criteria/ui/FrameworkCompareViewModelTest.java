package org.parcheck.criteria.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkDiff;
import org.parcheck.criteria.FrameworkDiff.ChangeKind;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.ItemTrees;
import org.parcheck.criteria.SampleFrameworks;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqFrameworkRepository;

/** The version comparison: what changed since the version it was made from, on a real database. */
class FrameworkCompareViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewVersionListsItsChangesAndAFirstVersionSaysThereIsNothingToCompare() {
        try (Database db = Database.open(dataDir)) {
            FrameworkService service = new FrameworkService(new JooqFrameworkRepository(db));
            long first = service.create(SampleFrameworks.header(), FrameworkVersion.draft(1, 2025, null),
                    SampleFrameworks.allRuleTypes()).version().id();
            AtomicBoolean backed = new AtomicBoolean();
            FrameworkCompareViewModel firstVm = viewModel(first, service, backed);
            firstVm.load();
            assertThat(firstVm.headingProperty().get()).startsWith("Phiên bản này không được tạo");
            assertThat(firstVm.rows()).isEmpty();

            service.publish(first);
            long second = service.newVersion(first).version().id();
            FrameworkContent content = service.load(second).content();
            CriteriaItem item = ItemTrees.find(content.areas(), "2.1").orElseThrow();
            service.saveDraft(second, content.withAreas(ItemTrees.replace(content.areas(), "2.1",
                    i -> new CriteriaItem(i.kind(), i.code(), "Niêm yết đầy đủ", i.guidance(),
                            item.maxPoints().add(BigDecimal.ONE), i.rule(), i.evidenceRequired(), i.critical(),
                            i.method(), i.appliesTo(), i.children()))));
            FrameworkCompareViewModel vm = viewModel(second, service, backed);
            vm.load();
            assertThat(vm.headingProperty().get()).contains("phiên bản 2 so với phiên bản 1");
            assertThat(vm.rows()).extracting(FrameworkCompareViewModel.ChangeRow::code,
                    FrameworkCompareViewModel.ChangeRow::change)
                    .contains(org.assertj.core.groups.Tuple.tuple("2.1", "Đổi tên"),
                            org.assertj.core.groups.Tuple.tuple("2.1", "Đổi điểm"));
            assertThat(vm.rows()).filteredOn(row -> row.change().equals("Đổi tên")).singleElement()
                    .satisfies(row -> assertThat(row.after()).isEqualTo("Niêm yết đầy đủ"));
            vm.back();
            assertThat(backed).isTrue();
        }
    }

    private static FrameworkCompareViewModel viewModel(long id, FrameworkService service, AtomicBoolean backed) {
        return new FrameworkCompareViewModel(id, service, new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), new FrameworkNavigator() {
                    @Override
                    public void openEditor(long versionId) {
                    }

                    @Override
                    public void backToList() {
                        backed.set(true);
                    }

                    @Override
                    public void openComparison(long versionId) {
                    }
                });
    }

    @Test
    void changedPointsAreShownWholeOrWithTwoDecimals() {
        FrameworkCompareViewModel.ChangeRow row = FrameworkCompareViewModel.toRow(
                new FrameworkDiff.Change("2.1", ChangeKind.POINTS_CHANGED, "1.5", "2"),
                new Messages(Messages.VIETNAMESE));
        assertThat(row.before()).isEqualTo("1,50");
        assertThat(row.after()).isEqualTo("2");
        FrameworkCompareViewModel.ChangeRow english = FrameworkCompareViewModel.toRow(
                new FrameworkDiff.Change("2.1", ChangeKind.POINTS_CHANGED, "0.125", "1200"),
                new Messages(Messages.ENGLISH));
        assertThat(english.before()).isEqualTo("0.13");
        assertThat(english.after()).isEqualTo("1,200");
    }
}
