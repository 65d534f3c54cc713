package org.parcheck.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parcheck.app.AppServices;
import org.parcheck.common.i18n.Messages;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.importer.FrameworkWorkbook;
import org.parcheck.criteria.importer.ImportProblem;
import org.parcheck.criteria.importer.ImportProblemFormatter;
import org.parcheck.criteria.importer.ImportResult;
import org.parcheck.criteria.importer.WorkbookFramework;
import org.parcheck.plan.importer.ImportedUnit;
import org.parcheck.plan.importer.SheetRow;
import org.parcheck.plan.importer.UnitImportPreview;
import org.parcheck.plan.importer.UnitSheetReader;

/**
 * Batch set-up from files, as the window's import buttons do: {@code import framework <file.xlsx>} reads a criteria
 * workbook (the layout of "Spreadsheet layout for criteria frameworks") and saves it as a new draft framework;
 * {@code import units <file>} reads a unit list (xlsx or csv) and adds or updates the units in one transaction. A file
 * with any problem saves nothing: every problem is printed on its own line with its sheet, row and column, and the
 * exit code is {@link #REFUSED}. The file is read before the data folder is opened, so a bad file never waits for the
 * database.
 */
final class SetupCommand {

    static final int OK = 0;
    /** The file has problems (listed) or cannot be read; nothing was saved. */
    static final int REFUSED = 5;

    private final CliContext context;
    private final PrintStream out;
    private final PrintStream err;

    SetupCommand(CliContext context) {
        this.context = context;
        this.out = context.out();
        this.err = context.err();
    }

    /** {@code import framework <file.xlsx>}: a new draft framework, or the problems. */
    int importFramework(Path file, Path dataDir) {
        Messages messages = context.messages();
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("app.cli.noFile", file));
            return REFUSED;
        }
        ImportResult result = FrameworkWorkbook.read(file);
        ImportProblemFormatter formatter = new ImportProblemFormatter(messages);
        if (result instanceof ImportResult.Rejected rejected) {
            err.println(messages.get("criteria.list.importRejected", file.getFileName(), rejected.problems().size()));
            rejected.problems().forEach(p -> err.println(formatter.format(p)));
            return REFUSED;
        }
        WorkbookFramework read = ((ImportResult.Imported) result).framework();
        List<ImportProblem> warnings = result.warnings();
        return DataSession.open(dataDir, true, context, (services, log) -> {
            StoredFramework created = services.frameworkService().create(FrameworkHeader.create(read.name(),
                    read.description(), read.targets(), false), FrameworkVersion.draft(1, read.year(),
                    read.legalBasis()), read.content());
            warnings.forEach(w -> out.println(messages.get("app.cli.framework.warning", formatter.format(w))));
            out.println(messages.get("app.cli.framework.imported", created.header().name(), created.version().id(),
                    created.content().allItems().size()));
            return OK;
        });
    }

    /** {@code import units <file> [--dry-run]}: the units added and updated, or the problems. */
    int importUnits(Path file, boolean dryRun, Path dataDir) {
        Messages messages = context.messages();
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("app.cli.noFile", file));
            return REFUSED;
        }
        List<SheetRow> rows;
        try {
            rows = UnitSheetReader.read(file);
        } catch (UnitSheetReader.UnreadableFileException e) {
            err.println(messages.get(e.messageKey(), e.args()));
            return REFUSED;
        }
        return DataSession.open(dataDir, true, context, (services, log) -> units(services, rows, dryRun, file));
    }

    private int units(AppServices services, List<SheetRow> rows, boolean dryRun, Path file) {
        Messages messages = context.messages();
        UnitImportPreview preview = dryRun ? services.unitService().preview(rows)
                : services.unitService().importRows(rows);
        if (!preview.valid()) {
            err.println(messages.get("app.cli.units.rejected", file.getFileName(), preview.problems().size()));
            for (org.parcheck.plan.importer.ImportProblem problem : preview.problems()) {
                String column = problem.column() == null ? "" : messages.get("app.cli.units.column",
                        problem.column().letter(), messages.get(problem.column().labelKey()));
                err.println(messages.get("app.cli.units.problem", problem.row(), column,
                        messages.get(problem.messageKey(), problem.argArray())));
            }
            return REFUSED;
        }
        long created = preview.count(ImportedUnit.Action.NEW);
        long updated = preview.count(ImportedUnit.Action.UPDATE);
        long unchanged = preview.count(ImportedUnit.Action.UNCHANGED);
        out.println(dryRun ? messages.get("app.cli.units.dryRun", messages.get("plan.unitImport.ready", created,
                updated, unchanged)) : messages.get("plan.unitImport.done", created, updated, unchanged));
        return OK;
    }
}
