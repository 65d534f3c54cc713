package org.parcheck.criteria.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.persistence.jooq.Tables.CLASSIFICATION_BAND;
import static org.parcheck.persistence.jooq.Tables.CRITERION_NODE;
import static org.parcheck.persistence.jooq.Tables.FIGURE_DEF;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK;
import static org.parcheck.persistence.jooq.Tables.FRAMEWORK_VERSION;

import java.util.Map;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

/**
 * The longest text a workbook cell may hold is the length of the database column it is stored in: checked against
 * the schema (the jOOQ classes generated from the migrations), so a migration that changes a length fails here.
 */
class ImportColumnLimitsTest {

    @Test
    void everyLimitedColumnHasTheLengthOfItsDatabaseColumn() {
        Map<Column, Field<?>> stored = Map.of(
                ItemColumn.CODE, CRITERION_NODE.CODE,
                ItemColumn.PARENT, CRITERION_NODE.CODE,
                ItemColumn.TITLE, CRITERION_NODE.TITLE,
                ItemColumn.GUIDANCE, CRITERION_NODE.GUIDANCE,
                FigureColumn.CODE, FIGURE_DEF.CODE,
                FigureColumn.NAME, FIGURE_DEF.NAME,
                FigureColumn.UNIT, FIGURE_DEF.UNIT_LABEL,
                BandColumn.CODE, CLASSIFICATION_BAND.CODE,
                BandColumn.LABEL_VI, CLASSIFICATION_BAND.LABEL_VI,
                BandColumn.LABEL_EN, CLASSIFICATION_BAND.LABEL_EN);
        stored.forEach((column, field) -> assertThat(column.maxLength()).as(column + " → " + field)
                .isEqualTo(field.getDataType().length()));
        assertThat(Setting.NAME.maxLength()).isEqualTo(FRAMEWORK.NAME.getDataType().length());
        assertThat(Setting.DESCRIPTION.maxLength()).isEqualTo(FRAMEWORK.DESCRIPTION.getDataType().length());
        assertThat(Setting.LEGAL_BASIS.maxLength()).isEqualTo(FRAMEWORK_VERSION.LEGAL_BASIS.getDataType().length());
        for (Column[] columns : new Column[][] {ItemColumn.values(), FigureColumn.values(), BandColumn.values()}) {
            for (Column column : columns) {
                assertThat(stored.containsKey(column) || column.maxLength() == 0).as(column.toString()).isTrue();
            }
        }
    }
}
