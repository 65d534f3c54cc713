package org.parcheck.criteria.importer;

/** Columns of the sheet "Ràng buộc": consistency rules between figures. */
enum ConstraintColumn implements Column {
    TYPE("Loại ràng buộc", "Type", 24, true, false),
    PARTS("Số liệu thành phần", "Parts", 36, true, true),
    WHOLE("Số liệu tổng", "Whole", 18, true, true);

    private final String header;
    private final String alias;
    private final int width;
    private final boolean required;
    private final boolean textFormat;

    ConstraintColumn(String header, String alias, int width, boolean required, boolean textFormat) {
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
