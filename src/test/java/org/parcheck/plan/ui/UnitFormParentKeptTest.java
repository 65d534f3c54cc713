package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqUnitRepository;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Saving a unit reloads the form's unit list; the parent and successor combo boxes, bound to the form as
 * UnitFormView binds them, keep their units (they were emptied, so saving again would have made the unit a top-level
 * one: found by the inspection walk, #16).
 */
@ExtendWith(ApplicationExtension.class)
class UnitFormParentKeptTest {

    @TempDir
    Path dataDir;
    private Database db;

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void savingKeepsTheParentInItsComboBoxAndSavingAgainKeepsItInTheDatabase(FxRobot robot) {
        db = Database.open(dataDir);
        JooqUnitRepository units = new JooqUnitRepository(db);
        AdminUnit province = units.insert(AdminUnit.create(UnitType.PROVINCE, "04", "Cao Bằng", null));
        UnitFormViewModel vm = new UnitFormViewModel(new UnitService(units, db::inTransaction),
                new SameThreadExecutor(), new Messages(Messages.VIETNAMESE));
        robot.interact(() -> {
            ComboBox<UnitChoice> parentBox = new ComboBox<>(vm.unitChoices());
            parentBox.valueProperty().bindBidirectional(vm.parentProperty());
            ComboBox<UnitChoice> successorBox = new ComboBox<>(vm.unitChoices());
            successorBox.valueProperty().bindBidirectional(vm.successorProperty());
            vm.load();
            vm.startNew(province.id());
            vm.nameProperty().set("Hà Quảng");
            vm.save();
            assertThat(parentBox.getValue()).as("the combo box after the save").isNotNull();
            assertThat(parentBox.getValue().id()).isEqualTo(province.id());
            vm.save();
        });
        AdminUnit saved = units.findAll().stream().filter(u -> u.name().equals("Hà Quảng")).findFirst()
                .orElseThrow();
        assertThat(saved.parentId()).as("saved twice, still under the province").isEqualTo(province.id());
    }
}
