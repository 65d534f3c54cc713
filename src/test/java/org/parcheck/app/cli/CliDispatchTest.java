package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcheck.app.AppInfo;
import org.parcheck.app.DataFolder;
import org.parcheck.app.settings.UiSettings;
import org.parcheck.common.i18n.Messages;

/**
 * The command line's dispatch without any data: every sub-command is reached and documents its options in both
 * languages, an unknown command or option is a usage error (exit 64, a suggestion, never the window), and
 * {@code --version} prints the build's version.
 */
class CliDispatchTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A data folder whose language setting is {@code language}: the command line then speaks it. */
    private Path folderIn(Locale language) {
        Path folder = dir.resolve(language.getLanguage());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        UiSettings settings = UiSettings.load(folder);
        settings.setLanguage(language);
        settings.save();
        return folder;
    }

    private int run(Path dataDir, String... args) {
        out.reset();
        err.reset();
        return new ParCheckCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(DataFolder.ENV_VARIABLE, dataDir.toString()), dir).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every leaf command, the options its help must show, and a word of its description in vi and en. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("report", "visit"), List.of("--out", "--format", "--layout", "--detail",
                    "--copies", "--data-dir"), "Lập biên bản", "Write the report"),
                Arguments.of(List.of("report", "plan"), List.of("--out", "--format", "--data-dir"),
                    "báo cáo kết quả", "summary report"),
                Arguments.of(List.of("export", "results"), List.of("--out", "--data-dir"), "bảng kết quả",
                    "results workbook"),
                Arguments.of(List.of("export", "package"), List.of("--plan", "--visit", "--out", "--data-dir"),
                    "gói dữ liệu", ".parcheck package"),
                Arguments.of(List.of("export", "log"), List.of("--out", "--data-dir"), "nhật ký thay đổi",
                    "change log"),
                Arguments.of(List.of("import", "package"), List.of("--conflicts", "--data-dir"), "--conflicts",
                    "--conflicts"),
                Arguments.of(List.of("import", "framework"), List.of("--data-dir"), "bộ tiêu chí",
                    "criteria framework"),
                Arguments.of(List.of("import", "units"), List.of("--dry-run", "--data-dir"), "đơn vị",
                    "units"),
                Arguments.of(List.of("verify", "visit"), List.of("--data-dir"), "mã xác thực", "fingerprint"),
                Arguments.of(List.of("backup"), List.of("--data-dir"), "Sao lưu", "Back up"),
                Arguments.of(List.of("restore"), List.of("--yes", "--data-dir"), "Khôi phục", "Restore"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everySubCommandHasItsHelpInBothLanguages(List<String> words, List<String> options, String vi, String en) {
        for (Locale language : List.of(Messages.VIETNAMESE, Messages.ENGLISH)) {
            String[] args = Stream.concat(words.stream(), Stream.of("--help")).toArray(String[]::new);
            assertEquals(0, run(folderIn(language), args), errors());
            String help = output();
            boolean vietnamese = language == Messages.VIETNAMESE;
            assertThat(help).startsWith((vietnamese ? "Cách dùng: parcheck " : "Usage: parcheck ")
                    + String.join(" ", words)).contains(vietnamese ? vi : en).contains(options)
                    .contains(vietnamese ? "Mã thoát" : "Exit codes").contains("--help", "--version");
            assertThat(help).doesNotContain(vietnamese ? "Exit codes" : "Mã thoát");
        }
    }

    @Test
    void theTopCommandListsEveryCommandGroup() {
        assertEquals(0, run(folderIn(Messages.VIETNAMESE), "--help"));
        assertThat(output()).startsWith("Cách dùng: parcheck [--data-dir <thư mục>] LỆNH")
                .contains("Lệnh:", "report", "export", "import", "verify", "backup", "restore", "--data-dir");
        assertEquals(0, run(folderIn(Messages.ENGLISH), "-h"));
        assertThat(output()).startsWith("Usage: parcheck").contains("Commands:", "restore");
        assertEquals(0, run(folderIn(Messages.ENGLISH), "import", "--help"));
        assertThat(output()).contains("package", "framework", "units");
    }

    @Test
    void versionPrintsTheVersionOfTheBuild() throws IOException {
        Properties built = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            built.load(in);
        }
        assertThat(built.getProperty("version")).isNotBlank().doesNotContain("${");
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"},
                new String[] {"report", "visit", "--version"}, new String[] {"backup", "--version"})) {
            assertEquals(0, run(folderIn(Messages.VIETNAMESE), args));
            assertEquals("ParCheck " + built.getProperty("version"), output().strip());
        }
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestionNotTheWindow() {
        String[] args = {"reprot", "visit", "3"};
        assertFalse(ParCheckCli.opensWindow(args));
        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.VIETNAMESE), args));
        assertThat(errors()).contains("Không có lệnh reprot.").contains("Có phải ý bạn là: parcheck report")
                .contains("Cách dùng: parcheck").contains("parcheck --help");
        assertThat(output()).isEmpty();

        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.ENGLISH), "export", "result", "1"));
        assertThat(errors()).contains("There is no command result.").contains("parcheck export results")
                .contains("Did you mean: parcheck export results?");
    }

    @Test
    void anUnknownOptionOrAMissingCommandIsAUsageError() {
        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.VIETNAMESE), "report", "visit", "3", "--otu", "x.pdf"));
        assertThat(errors()).contains("Không có tùy chọn --otu.").contains("--out")
                .contains("Cách dùng: parcheck report visit <mã cuộc kiểm tra>");
        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.ENGLISH), "report"));
        assertThat(errors())
                .contains("A command is missing. The commands: parcheck report visit, parcheck report plan");
        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.ENGLISH), "import", "package", "--conflicts", "all",
                "a.parcheck"));
        assertThat(errors()).contains("--conflicts all");
        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.ENGLISH), "verify", "visit", "3", "4"));
        assertThat(errors()).contains("Unexpected argument: 4");
        assertEquals(ParCheckCli.USAGE, run(folderIn(Messages.VIETNAMESE), "report", "visit", "3", "--copies", "2",
                "--copies", "3"));
        assertThat(errors()).startsWith("Tùy chọn --copies chỉ được cho một lần.").doesNotContain("should be");
    }

    /** Every parameter is required, and a missing one is named before the command touches anything. */
    @Test
    void aMissingParameterOrRequiredOptionIsAUsageErrorThatNamesIt() {
        Path folder = folderIn(Messages.ENGLISH);
        List<List<String>> lines = List.of(List.of("report", "visit", "--out", "v.pdf"), List.of("verify", "visit"),
                List.of("restore"), List.of("import", "framework"), List.of("export", "log", "--out", "l.csv"),
                List.of("server", "add-member", "KH-1"));
        List<String> named = List.of("<visit id>", "<visit id>", "<backup.zip>", "<file.xlsx>", "<visit id>",
                "<role>");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(ParCheckCli.USAGE, run(folder, lines.get(i).toArray(String[]::new)), lines.get(i) + "");
            assertThat(errors()).as(lines.get(i) + "").startsWith("Invalid or missing argument: " + named.get(i));
            assertThat(output()).isEmpty();
        }
        assertEquals(ParCheckCli.USAGE, run(folder, "export", "package", "--plan", "1"));
        assertThat(errors()).startsWith("Invalid or missing argument: --out");
    }

    @Test
    void onlyNoArgumentsTheDataFolderOrAPackageOpenTheWindow() {
        assertTrue(ParCheckCli.opensWindow(new String[0]));
        assertTrue(ParCheckCli.opensWindow(new String[] {"--data-dir", "/tmp/d"}));
        assertTrue(ParCheckCli.opensWindow(new String[] {"--data-dir=/tmp/d"}));
        assertFalse(ParCheckCli.opensWindow(new String[] {"--data-dirx"}));
        assertTrue(ParCheckCli.opensWindow(new String[] {"/home/an/gói.parcheck"}));
        assertTrue(ParCheckCli.opensWindow(new String[] {"--data-dir", "/tmp/d", "file:///tmp/g%C3%B3i.parcheck"}));
        assertTrue(ParCheckCli.opensWindow(new String[] {"--demo"}));
        assertTrue(ParCheckCli.opensWindow(new String[] {"--data-dir", "/tmp/d", "--demo"}));
        assertFalse(ParCheckCli.opensWindow(new String[] {"--help"}));
        assertFalse(ParCheckCli.opensWindow(new String[] {"--data-dir"}));
        assertFalse(ParCheckCli.opensWindow(new String[] {"import", "package", "a.parcheck"}));
        assertFalse(ParCheckCli.opensWindow(new String[] {"--data-dir", "/tmp/d", "backup"}));
        assertFalse(ParCheckCli.opensWindow(new String[] {"notes.txt"}));
    }

    @Test
    void theLanguageIsTheDataFoldersElseTheComputers() {
        Path missing = dir.resolve("none");
        assertEquals(Messages.VIETNAMESE, ParCheckCli.language(new String[] {"--data-dir", missing.toString()},
                Map.of(), Locale.forLanguageTag("vi-VN")));
        assertEquals(Messages.ENGLISH, ParCheckCli.language(new String[] {"--data-dir", missing.toString()},
                Map.of(), Locale.US));
        assertEquals(Messages.ENGLISH, ParCheckCli.language(new String[] {"--data-dir", missing.toString()},
                Map.of(), Locale.FRANCE));
        Path english = folderIn(Messages.ENGLISH);
        assertEquals(Messages.ENGLISH, ParCheckCli.language(new String[0], Map.of(DataFolder.ENV_VARIABLE,
                english.toString()), Locale.forLanguageTag("vi-VN")), "the user's choice in ParCheck wins");
        Path unset = dir.resolve("unset");
        assertTrue(unset.toFile().mkdirs());
        assertEquals(Messages.VIETNAMESE, ParCheckCli.language(new String[] {"--data-dir=" + unset}, Map.of(),
                Locale.US), "a data folder without a choice speaks as the window does: Vietnamese");
    }
}
