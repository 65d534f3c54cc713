package org.parcheck.criteria.importer;

/** Columns of the self-assessment form (sheet "Tự chấm"): one row per area, criterion or sub-criterion. */
enum SelfScoreColumn implements Column {
    CODE("Mã", "Code", 10, true, true),
    TITLE("Nội dung", "Item", 70, false, false),
    MAX_POINTS("Điểm tối đa", "Max points", 11, false, false),
    SELF_SCORE("Điểm tự chấm", "Self score", 13, true, false);

    private final Spec spec;

    SelfScoreColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.spec = new Spec(header, alias, width, required, textFormat);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
