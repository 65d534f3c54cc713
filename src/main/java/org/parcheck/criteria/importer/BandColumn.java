package org.parcheck.criteria.importer;

/** Columns of the sheet "Xếp loại": classification bands. */
enum BandColumn implements Column {
    CODE("Mã", "Code", 12, true, true),
    LABEL_VI("Tên tiếng Việt", "Label (Vietnamese)", 22, true, false),
    LABEL_EN("Tên tiếng Anh", "Label (English)", 22, false, false),
    MIN_PERCENT("Từ (%)", "Min %", 10, true, false);

    private final Spec spec;

    BandColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.spec = new Spec(header, alias, width, required, textFormat);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public int maxLength() {
        return switch (this) {
            case CODE -> 32;
            case LABEL_VI, LABEL_EN -> 100;
            default -> 0;
        };
    }
}
