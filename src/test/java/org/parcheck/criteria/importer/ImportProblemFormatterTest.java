package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parcheck.common.i18n.Messages;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;

class ImportProblemFormatterTest {

    private static final ImportProblem NOT_A_NUMBER = new ImportProblem("Tiêu chí", 12, "E", "Điểm tối đa",
            ProblemCode.NOT_A_NUMBER, List.of("hai điểm"));

    @Test
    void vietnameseSaysWhereAndWhat() {
        ImportProblemFormatter vi = new ImportProblemFormatter(new Messages(Messages.VIETNAMESE));

        assertThat(vi.format(NOT_A_NUMBER)).startsWith("Trang tính \"Tiêu chí\", dòng 12, cột E (Điểm tối đa): "
                + "Cần một số, nhưng ô ghi \"hai điểm\".");
    }

    @Test
    void englishSaysWhereAndWhat() {
        ImportProblemFormatter en = new ImportProblemFormatter(new Messages(Messages.ENGLISH));

        assertThat(en.format(NOT_A_NUMBER)).startsWith("Sheet \"Tiêu chí\", row 12, column E (Điểm tối đa): "
                + "A number is needed, but the cell says \"hai điểm\".");
        assertThat(en.format(ImportProblem.ofFile(ProblemCode.ENCRYPTED)))
                .isEqualTo("The workbook is protected by a password. Open it in Excel, remove the password, save it"
                        + " and import it again.");
        assertThat(en.format(new ImportProblem("Tiêu chí", 10_001, "A", "Mã", ProblemCode.DUPLICATE_CODE,
                List.of("1.1", 3)))).isEqualTo("Sheet \"Tiêu chí\", row 10001, column A (Mã): "
                + "The code \"1.1\" is already used in row 3.");
        assertThat(en.format(new ImportProblem("Tiêu chí", 1, null, "Điểm tối đa", ProblemCode.MISSING_COLUMN,
                List.of("Điểm tối đa")))).isEqualTo("Sheet \"Tiêu chí\", row 1, column \"Điểm tối đa\": "
                + "The column \"Điểm tối đa\" is missing from the header row.");
    }

    @Test
    void definitionProblemsUseTheEnginesExplanation() {
        ImportProblemFormatter vi = new ImportProblemFormatter(new Messages(Messages.VIETNAMESE));
        Explanation why = Explanation.of(ExplanationCode.DEF_TARGET_RANGE, "120");

        String text = vi.format(new ImportProblem("Tiêu chí", 12, "K", "Mục tiêu (%)", ProblemCode.DEFINITION,
                List.of("2.1.3", why)));

        assertThat(text).startsWith("Trang tính \"Tiêu chí\", dòng 12, cột K (Mục tiêu (%)): Mục 2.1.3: ")
                .doesNotContain("definition.");
        assertThat(vi.message(new ImportProblem(null, 0, null, null, ProblemCode.NEGATIVE,
                List.of(new BigDecimal("-1.5"))))).isEqualTo("Số không được âm: -1,5.");
    }

    @Test
    void everyProblemCodeHasAMessageInBothLanguagesAndNoOtherImportKeysExist() throws IOException {
        Set<String> expected = new TreeSet<>(Set.of("criteria.import.problem", "criteria.import.atSheet",
                "criteria.import.atColumn", "criteria.import.atRow", "criteria.import.atRowColumn",
                "criteria.import.atCell"));
        for (ProblemCode code : ProblemCode.values()) {
            expected.add(code.messageKey());
        }
        for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(
                    Path.of("src/main/resources/org/parcheck/i18n").resolve(bundle), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Set<String> actual = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(ProblemCode.KEY_PREFIX)) {
                    actual.add(key);
                }
            }
            assertThat(actual).as(bundle).isEqualTo(expected);
        }
    }
}
