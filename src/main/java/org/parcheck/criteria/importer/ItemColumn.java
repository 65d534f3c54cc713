package org.parcheck.criteria.importer;

/** Columns of the sheet "Tiêu chí": one row per node of the tree. */
enum ItemColumn implements Column {
    CODE("Mã", "Code", 10, true, true),
    PARENT("Mã cha", "Parent code", 10, false, true),
    KIND("Cấp", "Kind", 20, false, false),
    TITLE("Tên tiêu chí", "Title", 50, true, false),
    MAX_POINTS("Điểm tối đa", "Max points", 11, true, false),
    RULE("Cách chấm", "Rule type", 24, true, false),
    NUMERATOR("Tử số", "Numerator", 14, false, true),
    DENOMINATOR("Mẫu số", "Denominator", 14, false, true),
    FIGURE("Số liệu", "Figure", 14, false, true),
    NUMBER_KIND("Loại số", "Number kind", 14, false, false),
    TARGET("Mục tiêu (%)", "Target %", 12, false, false),
    THRESHOLDS("Ngưỡng", "Thresholds", 26, false, true),
    VALUE_MODE("Giá trị ngưỡng", "Value mode", 18, false, false),
    OPTIONS("Phương án", "Options", 40, false, true),
    PER_OCCURRENCE("Điểm mỗi lần", "Points per occurrence", 12, false, false),
    INVERTED("Đảo Có/Không", "Inverted", 12, false, false),
    MANUAL_HINT("Gợi ý chấm", "Manual hint", 30, false, false),
    EVIDENCE("Cần tài liệu kiểm chứng", "Evidence required", 14, false, false),
    CRITICAL("Điểm liệt", "Critical", 12, false, false),
    METHOD("Phương thức đánh giá", "Assessment method", 18, false, false),
    APPLIES_TO("Áp dụng cho", "Applies to", 16, false, false),
    GUIDANCE("Hướng dẫn", "Guidance", 50, false, false);

    private final Spec spec;

    ItemColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.spec = new Spec(header, alias, width, required, textFormat);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public int maxLength() {
        return switch (this) {
            case CODE, PARENT -> 32;
            case TITLE -> 1000;
            case GUIDANCE -> 4000;
            default -> 0;
        };
    }
}
