package org.parcheck.criteria.importer;

/** Columns of the sheet "Xếp loại": classification bands. */
enum BandColumn implements Column {
    CODE("Mã", "Code", 12, true, true),
    LABEL_VI("Tên tiếng Việt", "Label (Vietnamese)", 22, true, false),
    LABEL_EN("Tên tiếng Anh", "Label (English)", 22, false, false),
    MIN_PERCENT("Từ (%)", "Min %", 10, true, false);

    private final String header;
    private final String alias;
    private final int width;
    private final boolean required;
    private final boolean textFormat;

    BandColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.header = header;
        this.alias = alias;
        this.width = width;
        this.required = required;
        this.textFormat = textFormat;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public boolean textFormat() {
        return textFormat;
    }
}
