package org.parcheck.criteria.importer;

/** Columns of the sheet "Số liệu": the raw figures recorded at a visit. */
enum FigureColumn implements Column {
    CODE("Mã", "Code", 16, true, true),
    NAME("Tên số liệu", "Name", 44, true, false),
    UNIT("Đơn vị tính", "Unit", 14, false, false),
    KIND("Loại số", "Kind", 16, false, false);

    private final String header;
    private final String alias;
    private final int width;
    private final boolean required;
    private final boolean textFormat;

    FigureColumn(String header, String alias, int width, boolean required, boolean textFormat) {
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
