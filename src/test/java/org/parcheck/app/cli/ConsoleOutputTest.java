package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vietnamese on a console that cannot show it: printed without its marks, never as "?" (docs/cli.md). */
class ConsoleOutputTest {

    private static final Charset CP437 = Charset.forName("IBM437");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP1258 = Charset.forName("windows-1258");

    @Test
    void aConsoleThatShowsVietnameseGetsTheStreamItself() {
        PrintStream stream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(ConsoleOutput.forConsole(stream, StandardCharsets.UTF_8)).isSameAs(stream);
        assertThat(ConsoleOutput.forConsole(stream, StandardCharsets.UTF_16LE)).isSameAs(stream);
        assertThat(ConsoleOutput.forConsole(stream, null)).as("no console named: as before").isSameAs(stream);
    }

    @Test
    void theCodePagesOfWindowsConsolesAndAsciiCannot() {
        for (Charset charset : new Charset[] {CP437, CP1252, CP1258, StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1}) {
            assertThat(ConsoleOutput.showsVietnamese(charset)).as(charset.name()).isFalse();
        }
    }

    @Test
    void vietnameseLosesItsMarksOnAsciiAndTheWindowsCodePages() {
        String text = "Tham số không hợp lệ: Biên bản kiểm tra, Xã Cô Ngân, huyện Hạ Lang → 5 điểm";
        String folded = "Tham so khong hop le: Bien ban kiem tra, Xa Co Ngan, huyen Ha Lang -> 5 diem";
        for (Charset charset : new Charset[] {StandardCharsets.US_ASCII, CP437, CP1252, CP1258}) {
            assertThat(ConsoleOutput.fold(text, charset.newEncoder())).as(charset.name()).isEqualTo(folded);
        }
    }

    @Test
    void decomposedMarksGoToo_andWhatHasNoAsciiFormIsAQuestionMark() {
        String decomposed = "Vie\u0302\u0323t Nam"; // Việt, the marks as separate characters
        assertThat(ConsoleOutput.fold(decomposed, StandardCharsets.US_ASCII.newEncoder())).isEqualTo("Viet Nam");
        assertThat(ConsoleOutput.fold("«Đạt» — × 2 … 漢 ✓", StandardCharsets.US_ASCII.newEncoder()))
                .isEqualTo("\"Dat\" - x 2 ... ? ?");
        assertThat(ConsoleOutput.fold("«Müller» × 2", CP1252.newEncoder())).as("what the code page has stays")
                .isEqualTo("«Müller» × 2");
    }

    @Test
    void everyWayOfPrintingIsFolded_aCharacterSplitBetweenWritesIncluded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(bytes, true, CP437);
        PrintStream out = ConsoleOutput.forConsole(console, CP437);

        out.println("Đã ghi biên bản");
        out.printf("%s: %d điểm%n", "Tổng", 95);
        PrintWriter writer = ConsoleOutput.writer(out); // as picocli prints its help and errors
        writer.println("Cách dùng: parcheck report visit <mã cuộc kiểm tra>");
        byte[] ngan = "Ngân\n".getBytes(StandardCharsets.UTF_8);
        out.write(ngan, 0, 3); // "Ng" and the first byte of "â"
        out.write(ngan, 3, ngan.length - 3);
        out.flush();

        assertThat(bytes.toString(CP437)).isEqualTo(String.join(System.lineSeparator(), "Da ghi bien ban",
                "Tong: 95 diem", "Cach dung: parcheck report visit <ma cuoc kiem tra>", "") + "Ngan\n");
    }

    @Test
    void theCommandLinesOwnHelpAndErrorsComeOutWithoutMarksAndWithoutQuestionMarks() {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = ConsoleOutput.forConsole(new PrintStream(outBytes, true, StandardCharsets.US_ASCII),
                StandardCharsets.US_ASCII);
        PrintStream err = ConsoleOutput.forConsole(new PrintStream(errBytes, true, StandardCharsets.US_ASCII),
                StandardCharsets.US_ASCII);
        ParCheckCli cli = new ParCheckCli(out, err, Map.of(), java.nio.file.Path.of("."), null);

        int help = cli.run("--data-dir", "/nonexistent-parcheck-folder", "report", "--help");
        int bad = cli.run("--data-dir", "/nonexistent-parcheck-folder", "reprot");

        assertThat(help).isZero();
        assertThat(bad).isEqualTo(ParCheckCli.USAGE);
        String shown = outBytes.toString(StandardCharsets.US_ASCII) + errBytes.toString(StandardCharsets.US_ASCII);
        // "Did you mean: parcheck report, parcheck restore?" is a question; "bi?n b?n" is what Java printed before
        assertThat(shown).isNotBlank().doesNotContainPattern("\\?\\p{L}").doesNotContain("\uFFFD");
        assertThat(shown).contains("(bien ban)");
    }
}
