package org.parcheck.criteria.importer;

/** Columns of the sheet "Thông tin": one setting per row, the note column is ignored on import. */
enum SettingColumn implements Column {
    SETTING("Thông số", "Setting", 28, true, false),
    VALUE("Giá trị", "Value", 50, true, false),
    NOTE("Ghi chú", "Note", 70, false, false);

    private final Spec spec;

    SettingColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.spec = new Spec(header, alias, width, required, textFormat);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
