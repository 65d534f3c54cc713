package org.parcheck.criteria.importer;

/** The rows of the sheet "Thông tin": a label in the first column, the value in the second. */
enum Setting {
    NAME("Tên bộ tiêu chí", "Name", "Bắt buộc."),
    DESCRIPTION("Mô tả", "Description", "Không bắt buộc."),
    TARGETS("Đối tượng áp dụng", "Targets",
            "Loại đơn vị, cách nhau bởi dấu ;  tỉnh; thành phố; huyện; thị xã; xã; phường; thị trấn; đặc khu; sở;"
                    + " phòng; khác."),
    YEAR("Năm", "Year", "Năm áp dụng, ví dụ 2025. Không bắt buộc."),
    LEGAL_BASIS("Căn cứ pháp lý", "Legal basis", "Ví dụ: Quyết định số 123/QĐ-UBND ngày 01/3/2025. Không bắt buộc."),
    BONUS_CAP("Điểm thưởng tối đa", "Bonus cap", "Tổng điểm thưởng không vượt quá số này. Để trống: không giới hạn."),
    DEDUCTION_CAP("Điểm trừ tối đa", "Deduction cap", "Tổng điểm trừ không vượt quá số này. Để trống: không giới hạn."),
    POINTS_MUST_SUM("Điểm con cộng đủ điểm cha", "Points must sum",
            "Có: điểm tối đa của các mục con phải cộng lại bằng điểm tối đa của mục cha. Để trống: Có.");

    static final Vocabulary<Setting> LABELS = labels();

    private final String label;
    private final String alias;
    private final String note;

    Setting(String label, String alias, String note) {
        this.label = label;
        this.alias = alias;
        this.note = note;
    }

    String label() {
        return label;
    }

    /** The most characters the value may hold (its database column; ImportColumnLimitsTest checks), 0 no limit. */
    int maxLength() {
        return switch (this) {
            case NAME -> 300;
            case DESCRIPTION -> 4000;
            case LEGAL_BASIS -> 2000;
            default -> 0;
        };
    }

    /** A short note written next to the value on export, ignored on import. */
    String note() {
        return note;
    }

    private static Vocabulary<Setting> labels() {
        Vocabulary.Builder<Setting> builder = Vocabulary.of(Setting.class);
        for (Setting setting : values()) {
            builder.word(setting, setting.label, setting.alias);
        }
        return builder.build();
    }
}
