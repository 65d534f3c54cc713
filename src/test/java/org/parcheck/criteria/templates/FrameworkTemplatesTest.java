package org.parcheck.criteria.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkChecks;
import org.parcheck.criteria.importer.ImportResult;
import org.parcheck.criteria.importer.WorkbookFramework;
import org.parcheck.criteria.templates.FrameworkTemplates.Template;

/**
 * #16 §5: every shipped 2026 template imports through the spreadsheet importer without problems or warnings,
 * passes the checks that block publishing, is labelled a template to adapt, targets the post-reform unit types, and
 * names neither an office that no longer exists (Phòng Nội vụ of a district) nor a superseded decree (NĐ 108/2014),
 * nor the demo marker.
 */
class FrameworkTemplatesTest {

    static List<Template> templates() {
        return FrameworkTemplates.all();
    }

    private static WorkbookFramework imported(Template template) {
        ImportResult result = FrameworkTemplates.read(template);
        assertThat(result).as(template.id() + " imports").isInstanceOf(ImportResult.Imported.class);
        assertThat(result.warnings()).as(template.id() + " warnings").isEmpty();
        return ((ImportResult.Imported) result).framework();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void importsAndCanBePublished(Template template) {
        WorkbookFramework framework = imported(template);
        assertThat(FrameworkChecks.publishable(FrameworkChecks.check(framework.content())))
                .as(FrameworkChecks.check(framework.content()).toString()).isTrue();
        assertThat(framework.year()).isEqualTo(2026);
        BigDecimal areas = framework.content().areas().stream().map(CriteriaItem::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(areas).isEqualByComparingTo("100");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void isLabelledATemplateWithACurrentLegalBasis(Template template) {
        WorkbookFramework framework = imported(template);
        assertThat(framework.name()).startsWith("Mẫu bộ tiêu chí").contains("2026");
        assertThat(framework.description()).contains("MẪU ĐỂ ĐIỀU CHỈNH");
        assertThat(framework.legalBasis()).contains("118/2025/NĐ-CP").contains("Luật Tổ chức chính quyền địa phương");
        List<String> texts = new ArrayList<>(List.of(framework.name(), framework.description(),
                framework.legalBasis()));
        collect(framework.content().areas(), texts);
        assertThat(String.join("\n", texts)).doesNotContainIgnoringCase("Phòng Nội vụ")
                .doesNotContain("108/2014").doesNotContain("dữ liệu mẫu").doesNotContainIgnoringCase("huyện");
    }

    private static void collect(List<CriteriaItem> items, List<String> texts) {
        for (CriteriaItem item : items) {
            texts.add(item.title());
            texts.add(item.guidance() == null ? "" : item.guidance());
            collect(item.children(), texts);
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void targetsThePostReformUnitTypes(Template template) {
        Set<UnitType> targets = imported(template).targets();
        if (template.equals(FrameworkTemplates.DEPARTMENT_2026)) {
            assertThat(targets).containsExactly(UnitType.DEPARTMENT);
        } else {
            assertThat(targets).containsExactlyInAnyOrder(UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE);
        }
    }
}
