package org.parcheck.criteria.importer;

/** Columns of the sheet "Số liệu": the raw figures recorded at a visit. */
enum FigureColumn implements Column {
    CODE("Mã", "Code", 16, true, true),
    NAME("Tên số liệu", "Name", 44, true, false),
    UNIT("Đơn vị tính", "Unit", 14, false, false),
    KIND("Loại số", "Kind", 16, false, false);

    private final Spec spec;

    FigureColumn(String header, String alias, int width, boolean required, boolean textFormat) {
        this.spec = new Spec(header, alias, width, required, textFormat);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public int maxLength() {
        return switch (this) {
            case CODE -> 48;
            case NAME -> 500;
            case UNIT -> 64;
            default -> 0;
        };
    }
}
