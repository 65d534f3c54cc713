package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.Verification;
import org.parcheck.app.AppServices;
import org.parcheck.app.LaunchFile;

/** {@code export package} and {@code import package} between two data folders, with their exit codes. */
class PackageCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliRunner command() {
        out.reset();
        err.reset();
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void exportThenImportIntoAnotherFolderThenAgainChangesNothing() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        long planId;
        try (AppServices services = AppServices.open(a)) {
            planId = services.planService().overviews().get(0).plan().id();
        }
        Path file = dir.resolve("plan.parcheck");
        assertEquals(PackageCommand.OK, command().exportPackage(new String[] {"--plan", Long.toString(planId),
            "--out", file.toString(), "--data-dir", a.toString()}), () -> err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(file) > 0);
        assertEquals(PackageCommand.OK, command().importPackage(new String[] {file.toString(), "--data-dir",
            b.toString()}), () -> err.toString(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("thêm 1 kế hoạch, 3 cuộc kiểm tra");
        assertEquals(PackageCommand.OK, command().importPackage(new String[] {file.toString(), "--data-dir",
            b.toString()}));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("đã được nhập");
        try (AppServices services = AppServices.open(b)) {
            assertEquals(1, services.planService().overviews().size(),
                    "only the imported plan: a command on a new folder is real work, never seeded with the demo");
        }
    }

    @Test
    void exitCodes() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        assertEquals(PackageCommand.USAGE, command().exportPackage(new String[] {"--out", "x.parcheck"}));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export package --plan");
        assertEquals(PackageCommand.UNKNOWN_PLAN, command().exportPackage(new String[] {"--plan", "999", "--out",
            dir.resolve("x.parcheck").toString(), "--data-dir", a.toString()}));
        assertEquals(PackageCommand.NOT_WRITABLE, command().exportPackage(new String[] {"--plan", "1", "--out",
            dir.resolve("missing/x.parcheck").toString(), "--data-dir", a.toString()}));
        Path bad = dir.resolve("bad.parcheck");
        Files.writeString(bad, "not a zip");
        assertEquals(PackageCommand.REFUSED, command().importPackage(new String[] {bad.toString(), "--data-dir",
            a.toString()}));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bị hỏng");
    }

    /**
     * D29: a package bringing a visit finalised on another laptop over notes changed here without seeing it imports
     * without {@code --conflicts} (the finalised visit is taken whole), prints how many items it replaced, and the
     * visit verifies intact.
     */
    @Test
    void aVisitFinalisedElsewhereReplacesEditsHereAndTheCountIsPrinted() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path plan = dir.resolve("plan.parcheck");
        Path finalised = dir.resolve("finalised.parcheck");
        try (AppServices services = AppServices.open(a)) {
            services.exchangeService().export(services.planService().overviews().get(0).plan().id(), List.of(),
                    plan);
        }
        assertEquals(PackageCommand.OK, command().importPackage(new String[] {plan.toString(), "--data-dir",
            b.toString()}), () -> err.toString(StandardCharsets.UTF_8));
        try (AppServices services = AppServices.open(b)) {
            long visit = haLang(services);
            List<String> codes = services.answerService().sheet(visit).answers().keySet().stream().sorted()
                    .toList();
            for (String code : codes.subList(0, 2)) {
                Answer answer = services.answerService().sheet(visit).answers().get(code);
                services.answerService().saveAnswer(visit, answer.withNote("sửa ở máy B khi A đã hoàn tất"));
            }
        }
        try (AppServices services = AppServices.open(a)) {
            long visit = haLang(services);
            FinalisedVisits.completeAndFinalise(services.answerService(), visit);
            services.exchangeService().export(services.planService().overviews().get(0).plan().id(),
                    List.of(visit), finalised);
        }

        assertEquals(PackageCommand.OK, command().importPackage(new String[] {finalised.toString(), "--data-dir",
            b.toString()}), () -> err.toString(StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 mục đã sửa trên máy này trong cuộc kiểm tra "
                + "đã hoàn tất ở máy khác đã được thay bằng bản đã hoàn tất");
        try (AppServices services = AppServices.open(b)) {
            assertEquals(Verification.Result.INTACT, services.answerService().verify(haLang(services)).result());
        }
    }

    private static long haLang(AppServices services) {
        return services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    @Test
    void aPackageAmongTheArgumentsIsTheFileToOpen() {
        assertThat(LaunchFile.packageIn(new String[] {"--data-dir", "/tmp/x.parcheck", "/home/an/gói.parcheck"}))
                .hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo("gói.parcheck"));
        assertThat(LaunchFile.packageIn(new String[] {"--data-dir", "/tmp/data"})).isEmpty();
        assertThat(LaunchFile.packageIn(new String[] {"/tmp/B.PARCHECK"})).isPresent();
        assertThat(LaunchFile.packageIn(new String[] {"file:///tmp/g%C3%B3i%20A.parcheck"}))
                .hasValue(Path.of("/tmp/gói A.parcheck"));
    }
}
