package org.parcheck.criteria.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;

/**
 * Criteria frameworks as .xlsx workbooks (the layout is documented in docs/frameworks/spreadsheet-format.md):
 * export, and an import that returns either the whole framework or every problem with its sheet, row and column,
 * never part of a file. Pure Java and Apache POI; call it off the FX thread.
 */
public final class FrameworkWorkbook {

    private static final Logger LOG = Logger.getLogger(FrameworkWorkbook.class.getName());

    private FrameworkWorkbook() {
    }

    /** Writes a stored framework version. The stream is not closed. */
    public static void write(FrameworkHeader header, FrameworkVersion version, FrameworkContent content,
                             OutputStream out) throws IOException {
        write(WorkbookFramework.of(header, version, content), out);
    }

    /** Writes the framework. The stream is not closed. */
    public static void write(WorkbookFramework framework, OutputStream out) throws IOException {
        FrameworkWriter.write(framework, out);
    }

    /** Reads a workbook file; a file that cannot be read is a problem, not an exception. */
    public static ImportResult read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            return rejected(ImportProblem.ofFile(ProblemCode.FILE_UNREADABLE, String.valueOf(e.getMessage())));
        }
    }

    /** Reads a workbook from a stream (read fully, not closed). */
    public static ImportResult read(InputStream in) {
        WorkbookOpener.Opened opened = WorkbookOpener.open(in);
        if (opened.problem() != null) {
            return rejected(opened.problem());
        }
        XSSFWorkbook workbook = opened.workbook();
        try {
            return FrameworkReader.read(workbook);
        } catch (RuntimeException e) {
            // POI parses some parts lazily; damage found there is still a damaged file, not a crash
            LOG.log(Level.WARNING, "workbook could not be read", e);
            return rejected(ImportProblem.ofFile(ProblemCode.CORRUPT, String.valueOf(e.getMessage())));
        } finally {
            workbook.getPackage().revert();
        }
    }

    private static ImportResult rejected(ImportProblem problem) {
        return new ImportResult.Rejected(List.of(problem), List.of());
    }
}
