package org.parcheck.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcheck.common.domain.UnitType;

/** Unit types as people type them in a spreadsheet: with or without accents, any case, or as codes. */
class UnitTypeWordsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            xã,         COMMUNE
            xa,         COMMUNE
            XA,         COMMUNE
            Thị trấn,   TOWNSHIP
            thi tran,   TOWNSHIP
            thi xa,     TOWN
            phuong,     WARD
            phong,      OFFICE
            so,         DEPARTMENT
            huyen,      DISTRICT
            dac khu,    SPECIAL_ZONE
            COMMUNE,    COMMUNE
            """)
    void wordsWithOrWithoutAccents(String word, UnitType type) {
        assertThat(UnitTypeWords.parse(word)).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"làng", "xom", "'  '"})
    void unknownWordsAreNotGuessed(String word) {
        assertThat(UnitTypeWords.parse(word)).isEmpty();
    }
}
