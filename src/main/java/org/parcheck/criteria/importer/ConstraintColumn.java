package org.parcheck.criteria.importer;

/** Columns of the sheet "Ràng buộc": consistency rules between figures. */
enum ConstraintColumn implements Column {
    TYPE("Loại ràng buộc", "Type", 24, true, false),
    PARTS("Số liệu thành phần", "Parts", 36, true, true),
    WHOLE("Số liệu tổng", "Whole", 18, true, true);

    private final Spec spec;

    ConstraintColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.spec = new Spec(header, alias, width, required, textFormat);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
