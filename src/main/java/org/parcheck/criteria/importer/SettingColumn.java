package org.parcheck.criteria.importer;

/** Columns of the sheet "Thông tin": one setting per row, the note column is ignored on import. */
enum SettingColumn implements Column {
    SETTING("Thông số", "Setting", 28, true, false),
    VALUE("Giá trị", "Value", 50, true, false),
    NOTE("Ghi chú", "Note", 70, false, false);

    private final String header;
    private final String alias;
    private final int width;
    private final boolean required;
    private final boolean textFormat;

    SettingColumn(String header, String alias, int width, boolean required, boolean textFormat) {
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
