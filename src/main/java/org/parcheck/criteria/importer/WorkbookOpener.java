package org.parcheck.criteria.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens the bytes of a file as an .xlsx workbook, or says why not: not a workbook at all (CSV, PDF, random
 * bytes), a Word or PowerPoint file, an old .xls, a password-protected workbook, or a damaged one. POI throws a
 * variety of unchecked exceptions on damaged input; they are all a "corrupt" problem here, never a crash.
 */
final class WorkbookOpener {

    /** Files larger than this are refused before parsing. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final String SPREADSHEET_CONTENT = "spreadsheetml";
    /** Size of the zip end record without, and with the longest, comment. */
    private static final int END_RECORD_MIN = 22;
    private static final int END_RECORD_MAX = 22 + 65_535;

    private WorkbookOpener() {
    }

    /**
     * The outcome of opening.
     *
     * @param workbook the workbook (the caller closes it), or null
     * @param problem  why it could not be opened, or null
     */
    record Opened(XSSFWorkbook workbook, ImportProblem problem) {
    }

    /** Reads the stream fully (up to the limit) and opens it. */
    static Opened open(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return failed(ProblemCode.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(ProblemCode.TOO_LARGE, "> " + MAX_BYTES / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        return open(bytes);
    }

    static Opened open(byte[] bytes) {
        if (bytes.length == 0) {
            return failed(ProblemCode.EMPTY_FILE);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            return failed(ProblemCode.NOT_XLSX);
        }
        if (magic == FileMagic.OLE2) {
            return ole2(bytes);
        }
        if (magic != FileMagic.OOXML) {
            return failed(ProblemCode.NOT_XLSX);
        }
        return ooxml(bytes);
    }

    private static Opened ooxml(byte[] bytes) {
        if (!hasEndOfCentralDirectory(bytes)) {
            // POI reads zips as a stream and would quietly drop the parts cut off
            return failed(ProblemCode.CORRUPT, "ZIP");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            List<PackagePart> core = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (core.isEmpty() || !core.get(0).getContentType().contains(SPREADSHEET_CONTENT)) {
                pkg.revert();
                return failed(ProblemCode.NOT_SPREADSHEET);
            }
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            int declared = workbook.getCTWorkbook().getSheets().sizeOfSheetArray();
            if (declared != workbook.getNumberOfSheets()) {
                pkg.revert();
                return failed(ProblemCode.CORRUPT, "xl/worksheets");
            }
            return new Opened(workbook, null);
        } catch (EncryptedDocumentException e) {
            revert(pkg);
            return failed(ProblemCode.ENCRYPTED);
        } catch (Exception e) {
            revert(pkg);
            if (isZipBomb(e)) {
                // a sheet of a million rows packs into a small file: too large, not damaged
                return failed(ProblemCode.EXPANDS_TOO_MUCH);
            }
            return failed(ProblemCode.CORRUPT, String.valueOf(e.getMessage()));
        }
    }

    /** POI's guard against files that unpack to far more than their size ("Zip bomb detected!"). */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Opened ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry("EncryptionInfo")) {
                return failed(ProblemCode.ENCRYPTED);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return failed(ProblemCode.LEGACY_XLS);
            }
            return failed(ProblemCode.NOT_XLSX);
        } catch (IOException | RuntimeException e) {
            return failed(ProblemCode.CORRUPT, String.valueOf(e.getMessage()));
        }
    }

    /** Whether the zip ends with its directory (a truncated download or copy does not). */
    private static boolean hasEndOfCentralDirectory(byte[] bytes) {
        int lowest = Math.max(0, bytes.length - END_RECORD_MAX);
        for (int i = bytes.length - END_RECORD_MIN; i >= lowest; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static Opened failed(ProblemCode code, Object... args) {
        return new Opened(null, ImportProblem.ofFile(code, args));
    }
}
