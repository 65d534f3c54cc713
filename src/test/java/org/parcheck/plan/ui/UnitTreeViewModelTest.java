package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.importer.ImportedUnit;
import org.parcheck.plan.importer.UnitImportPlanner;
import org.parcheck.plan.importer.UnitSheetReader;

class UnitTreeViewModelTest {

    @TempDir
    Path dir;
    private AppServices services;
    private UnitTreeViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        services = AppServices.open(Files.createDirectories(dir.resolve("data")));
        viewModel = new UnitTreeViewModel(services.planService(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theExportedListSaysHowManyUnitsWentWhereAndImportsBackUnchanged() throws Exception {
        Path file = dir.resolve("đơn vị.xlsx");
        viewModel.exportWorkbook(file);
        int count = services.planService().units().size();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Đã xuất " + count + " đơn vị ra đơn vị.xlsx.");
        assertThat(Files.exists(dir.resolve("đơn vị.xlsx.part"))).isFalse();
        assertThat(UnitImportPlanner.plan(UnitSheetReader.read(file), services.planService().units()).units())
                .hasSize(count).allMatch(u -> u.action() == ImportedUnit.Action.UNCHANGED);
    }

    @Test
    void aFileThatCannotBeWrittenIsSaid() {
        Path file = dir.resolve("no-such-folder").resolve("units.xlsx");
        viewModel.exportWorkbook(file);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Không ghi được tệp " + file + ".");
    }
}
