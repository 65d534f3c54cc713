package org.parcheck.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.AdminUnit;

/** The unit list written by ParCheck reads back as the same units: unchanged here, complete on an empty laptop. */
class UnitSheetWriterTest {

    @TempDir
    Path dir;
    private AppServices services;
    private List<AdminUnit> units;
    private Path file;

    @BeforeEach
    void write() throws Exception {
        services = AppServices.open(Files.createDirectories(dir.resolve("data")));
        units = services.planService().units();
        Messages messages = new Messages(Messages.VIETNAMESE);
        List<String> headers = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            headers.add(messages.get(column.labelKey()));
        }
        file = dir.resolve("don-vi.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            UnitSheetWriter.write(units, headers, out);
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void importingTheWrittenListAgainChangesNothing() throws Exception {
        assertThat(units).as("the demo units, retired ones and their successors included").hasSizeGreaterThan(10);
        UnitImportPreview preview = UnitImportPlanner.plan(UnitSheetReader.read(file), units);
        assertThat(preview.problems()).isEmpty();
        assertEquals(units.size(), preview.units().size());
        assertThat(preview.units()).allSatisfy(u -> assertEquals(ImportedUnit.Action.UNCHANGED, u.action(),
                u.code() + " " + u.name()));
    }

    @Test
    void onALaptopWithoutTheUnitsEveryUnitParentAndSuccessorComesFromTheFile() throws Exception {
        List<SheetRow> rows = UnitSheetReader.read(file);
        assertThat(rows.get(1).cell(ImportColumn.CODE.ordinal())).as("the province first, code as text")
                .isEqualTo("04");
        UnitImportPreview preview = UnitImportPlanner.plan(rows, List.of());
        assertThat(preview.problems()).isEmpty();
        Map<String, ImportedUnit> byRow = new HashMap<>();
        preview.units().forEach(u -> byRow.put(u.code() + " " + u.name() + " " + u.validTo(), u));
        for (AdminUnit unit : units) {
            ImportedUnit imported = byRow.get(unit.code() + " " + unit.name() + " " + unit.validTo());
            assertThat(imported).as(unit.name()).isNotNull();
            assertEquals(ImportedUnit.Action.NEW, imported.action());
            assertEquals(unit.type(), imported.type());
            assertEquals(unit.validFrom(), imported.validFrom());
            assertEquals(unit.parentId() != null, imported.parent() != null, unit.name() + " parent");
            assertEquals(unit.successorId() != null, imported.successor() != null, unit.name() + " successor");
        }
    }

    @Test
    void everyTypeHasAWordThatReadsBack() {
        for (UnitType type : UnitType.values()) {
            assertEquals(type, UnitTypeWords.parse(UnitTypeWords.word(type)).orElseThrow(), type.name());
        }
    }
}
