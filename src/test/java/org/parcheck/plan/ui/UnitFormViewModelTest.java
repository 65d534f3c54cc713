package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqUnitRepository;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitRules;
import org.parcheck.plan.UnitService;

/** The unit form's rules, without the FX toolkit, on a real database. */
class UnitFormViewModelTest {

    @TempDir
    Path dataDir;
    private Database db;
    private JooqUnitRepository units;
    private UnitFormViewModel vm;
    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private AdminUnit province;
    private AdminUnit district;
    private AdminUnit commune;
    private Long saved;

    @BeforeEach
    void setUp() {
        db = Database.open(dataDir);
        units = new JooqUnitRepository(db);
        province = units.insert(AdminUnit.create(UnitType.PROVINCE, "04", "Cao Bằng", null));
        district = units.insert(AdminUnit.create(UnitType.DISTRICT, "048", "Hạ Lang", province.id()));
        commune = units.insert(AdminUnit.create(UnitType.COMMUNE, "01567", "Cô Ngân", district.id()));
        vm = new UnitFormViewModel(new UnitService(units, db::inTransaction), new SameThreadExecutor(), messages);
        vm.setOnSaved(id -> saved = id);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String error(String field) {
        return vm.errorProperty(field).get();
    }

    private UnitChoice choice(AdminUnit unit) {
        return vm.unitChoices().stream().filter(c -> unit.id().equals(c.id())).findFirst().orElseThrow();
    }

    @Test
    void aNewChildIsSavedUnderTheSelectedUnit() {
        vm.startNew(district.id());
        assertEquals(UnitType.COMMUNE, vm.typeProperty().get());
        vm.codeProperty().set("01561");
        vm.nameProperty().set("  Vinh Quý ");
        vm.save();

        assertThat(saved).isNotNull();
        AdminUnit stored = units.find(saved).orElseThrow();
        assertEquals("Vinh Quý", stored.name());
        assertEquals(district.id(), stored.parentId());
        assertThat(vm.statusProperty().get()).contains("xã Vinh Quý");
    }

    @Test
    void aUnitAddedUnderAProvinceIsACommuneAfterTheReform() {
        vm.startNew(province.id());
        assertEquals(UnitType.COMMUNE, vm.typeProperty().get(), "not a district: two-tier government from 1/7/2025");
    }

    @Test
    void theNameIsRequired() {
        vm.startNew(district.id());
        vm.nameProperty().set("   ");
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.nameRequired"), error(UnitRules.NAME));
        assertThat(saved).isNull();
        assertThat(units.findAll()).hasSize(3);
    }

    @Test
    void validToMustNotBeBeforeValidFromAndDatesMustBeReal() {
        vm.edit(commune.id());
        vm.validFromProperty().set("01/07/2025");
        vm.validToProperty().set("30/06/2025");
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.validToBeforeFrom"), error(UnitRules.VALID_TO));

        vm.validToProperty().set("31/02/2025");
        vm.save();
        assertEquals(messages.get("plan.editor.error.date"), error(UnitRules.VALID_TO));
        assertThat(saved).isNull();
        assertThat(units.find(commune.id()).orElseThrow().validTo()).isNull();
    }

    @Test
    void aUnitCannotBeItsOwnParentNorUnderItsOwnChild() {
        vm.edit(district.id());
        vm.parentProperty().set(choice(district));
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.ownParent"), error(UnitRules.PARENT));

        vm.parentProperty().set(choice(commune));
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.parentCycle"), error(UnitRules.PARENT));
        assertEquals(province.id(), units.find(district.id()).orElseThrow().parentId());
    }

    @Test
    void successorsCannotBeTheUnitItselfNorFormACycleAndNeedAnEndDate() {
        vm.edit(commune.id());
        vm.successorProperty().set(choice(commune));
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.ownSuccessor"), error(UnitRules.SUCCESSOR));

        units.update(district.withSuccessor(commune.id()).withValidity(null, LocalDate.of(2025, 6, 30)));
        vm.load();
        vm.edit(commune.id());
        vm.validToProperty().set("30/06/2025");
        vm.successorProperty().set(choice(district));
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.successorCycle"), error(UnitRules.SUCCESSOR));

        AdminUnit vinhQuy = units.insert(AdminUnit.create(UnitType.COMMUNE, "01561", "Vinh Quý", province.id()));
        vm.load();
        vm.edit(commune.id());
        vm.successorProperty().set(choice(vinhQuy));
        vm.save();
        assertEquals(messages.get("plan.unitForm.error.successorNeedsEnd"), error(UnitRules.VALID_TO));
        assertThat(saved).isNull();
    }

    @Test
    void retiringAUnitKeepsItsNameAndPointsToItsSuccessor() {
        AdminUnit vinhQuy = units.insert(AdminUnit.create(UnitType.COMMUNE, "01561", "Vinh Quý", province.id())
                .withValidity(LocalDate.of(2025, 7, 1), null));
        vm.load();
        vm.edit(commune.id());
        vm.validToProperty().set("30/06/2025");
        vm.successorProperty().set(choice(vinhQuy));
        vm.save();

        AdminUnit retired = units.find(commune.id()).orElseThrow();
        assertEquals("Cô Ngân", retired.name());
        assertEquals(vinhQuy.id(), retired.successorId());
        assertEquals(LocalDate.of(2025, 6, 30), retired.validTo());
        assertEquals(commune.uuid(), retired.uuid());
        assertEquals(List.of(), List.of(error(UnitRules.VALID_TO), error(UnitRules.SUCCESSOR)).stream()
                .filter(e -> !e.isEmpty()).toList());
    }
}
