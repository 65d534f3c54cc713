package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a readable .xlsx: each is one clear problem about the file, never an exception. */
class FileProblemsTest {

    private static ProblemCode only(byte[] bytes) {
        List<ImportProblem> problems = Fixtures.problems(bytes);
        assertThat(problems).hasSize(1);
        ImportProblem problem = problems.get(0);
        assertThat(problem.sheet()).isNull();
        assertThat(problem.row()).isZero();
        assertThat(problem.column()).isNull();
        return problem.code();
    }

    @Test
    void aCsvFileIsNotAWorkbook() {
        byte[] csv = "Mã;Tên tiêu chí;Điểm tối đa\n1;Công tác chỉ đạo;6\n".getBytes(StandardCharsets.UTF_8);

        assertThat(only(csv)).isEqualTo(ProblemCode.NOT_XLSX);
    }

    @Test
    void randomBytesAreNotAWorkbook() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'x';

        assertThat(only(noise)).isEqualTo(ProblemCode.NOT_XLSX);
    }

    @Test
    void aPdfIsNotAWorkbook() {
        assertThat(only("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(ProblemCode.NOT_XLSX);
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(only(new byte[0])).isEqualTo(ProblemCode.EMPTY_FILE);
    }

    @Test
    void aWordDocumentIsNotASpreadsheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OPCPackage pkg = OPCPackage.create(out)) {
            PackagePartName name = PackagingURIHelper.createPartName("/word/document.xml");
            PackagePart part = pkg.createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            try (OutputStream body = part.getOutputStream()) {
                body.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body/></w:document>").getBytes(StandardCharsets.UTF_8));
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT);
        }

        assertThat(only(out.toByteArray())).isEqualTo(ProblemCode.NOT_SPREADSHEET);
    }

    @Test
    void anOldXlsWorkbookIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Tiêu chí").createRow(0).createCell(0).setCellValue("Mã");
            workbook.write(out);
        }

        assertThat(only(out.toByteArray())).isEqualTo(ProblemCode.LEGACY_XLS);
    }

    @Test
    void aPasswordProtectedWorkbookIsRecognised() throws Exception {
        byte[] plain = Fixtures.export(Fixtures.framework());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(plain));
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                pkg.save(encrypted);
            }
            fs.writeFilesystem(out);
        }

        assertThat(only(out.toByteArray())).isEqualTo(ProblemCode.ENCRYPTED);
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() {
        byte[] whole = Fixtures.export(Fixtures.framework());

        assertThat(only(Arrays.copyOf(whole, whole.length / 2))).isEqualTo(ProblemCode.CORRUPT);
        assertThat(only(Arrays.copyOf(whole, 100))).isEqualTo(ProblemCode.CORRUPT);
    }

    @Test
    void aZipWithoutAWorkbookIsCorrupt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        ProblemCode code = only(out.toByteArray());

        assertThat(code).isIn(ProblemCode.CORRUPT, ProblemCode.NOT_SPREADSHEET);
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
        ImportResult result = FrameworkWorkbook.read(dir.resolve("không-có.xlsx"));

        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        assertThat(((ImportResult.Rejected) result).problems()).extracting(ImportProblem::code)
                .containsExactly(ProblemCode.FILE_UNREADABLE);
    }
}
