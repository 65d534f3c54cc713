package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.List;
import org.parcheck.common.util.Text;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.AssessmentMethod;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/** The words of the layout: headers and enum values, matched loosely, written in Vietnamese. */
final class Words {

    static final String YES = "Có";
    static final String NO = "Không";

    static final Vocabulary<NodeKind> KINDS = Vocabulary.of(NodeKind.class)
            .word(NodeKind.AREA, "Lĩnh vực", "LV")
            .word(NodeKind.CRITERION, "Tiêu chí", "TC")
            .word(NodeKind.SUB_CRITERION, "Tiêu chí thành phần", "TCTP")
            .build();

    static final Vocabulary<RuleType> RULES = Vocabulary.of(RuleType.class)
            .word(RuleType.YES_NO, "Có/Không", "Đạt/Không đạt")
            .word(RuleType.CHOICE, "Chọn phương án", "Phương án")
            .word(RuleType.NUMBER_BANDS, "Ngưỡng theo số")
            .word(RuleType.RATIO_BANDS, "Ngưỡng theo tỷ lệ", "Ngưỡng theo tỉ lệ")
            .word(RuleType.PROPORTIONAL, "Theo tỷ lệ", "Theo tỉ lệ")
            .word(RuleType.PROPORTIONAL_TO_TARGET, "Theo tỷ lệ đến mục tiêu", "Theo tỉ lệ đến mục tiêu")
            .word(RuleType.MANUAL, "Chấm trực tiếp")
            .word(RuleType.BONUS, "Điểm thưởng")
            .word(RuleType.DEDUCTION, "Điểm trừ")
            .build();

    static final Vocabulary<NumberKind> NUMBER_KINDS = Vocabulary.of(NumberKind.class)
            .word(NumberKind.COUNT, "Số đếm")
            .word(NumberKind.DECIMAL, "Số thập phân")
            .word(NumberKind.PERCENT, "Phần trăm")
            .build();

    static final Vocabulary<BandValue> VALUE_MODES = Vocabulary.of(BandValue.class)
            .word(BandValue.POINTS, "Điểm")
            .word(BandValue.FRACTION_OF_MAX, "Tỷ lệ điểm tối đa", "Tỉ lệ điểm tối đa", "FRACTION")
            .build();

    static final Vocabulary<CriticalScope> CRITICAL = Vocabulary.of(CriticalScope.class)
            .word(CriticalScope.NONE, "Không")
            .word(CriticalScope.AREA, "Lĩnh vực")
            .word(CriticalScope.TOTAL, "Toàn bộ", "Tổng điểm")
            .build();

    static final Vocabulary<AssessmentMethod> METHODS = Vocabulary.of(AssessmentMethod.class)
            .word(AssessmentMethod.APPRAISAL, "Thẩm định")
            .word(AssessmentMethod.SURVEY, "Điều tra xã hội học", "Điều tra", "ĐTXHH")
            .build();

    static final Vocabulary<ConstraintType> CONSTRAINTS = Vocabulary.of(ConstraintType.class)
            .word(ConstraintType.PART_OF, "Không vượt quá")
            .word(ConstraintType.SUM_LE, "Tổng không vượt quá")
            .word(ConstraintType.SUM_EQ, "Tổng bằng")
            .build();

    static final Vocabulary<UnitType> UNIT_TYPES = Vocabulary.of(UnitType.class)
            .word(UnitType.PROVINCE, "tỉnh")
            .word(UnitType.CITY, "thành phố")
            .word(UnitType.DISTRICT, "huyện")
            .word(UnitType.TOWN, "thị xã")
            .word(UnitType.COMMUNE, "xã")
            .word(UnitType.WARD, "phường")
            .word(UnitType.TOWNSHIP, "thị trấn")
            .word(UnitType.SPECIAL_ZONE, "đặc khu")
            .word(UnitType.DEPARTMENT, "sở")
            .word(UnitType.OFFICE, "phòng")
            .word(UnitType.OTHER, "khác")
            .build();

    static final Vocabulary<Answer> YES_NO = Vocabulary.of(Answer.class)
            .word(Answer.YES, YES, "C", "X", "Y", "TRUE", "Đúng", "1")
            .word(Answer.NO, NO, "K", "N", "FALSE", "Sai", "0")
            .build();

    /** A yes/no cell's meaning. */
    enum Answer {
        YES, NO
    }

    private Words() {
    }

    /**
     * The matching key of a word or header: without diacritics (đ becomes d), lower case, letters and digits
     * only. "Có/Không", "co khong" and "CO-KHONG" share the key "cokhong".
     */
    static String key(String text) {
        return Text.matchKey(text);
    }

    /** Splits a list cell ("huyện; xã", "received, online") into its stripped, non-blank items. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;,\\n]")) {
            String item = part.strip();
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }
}
