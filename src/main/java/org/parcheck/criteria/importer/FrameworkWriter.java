package org.parcheck.criteria.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.NodeKind;
import org.parcheck.scoring.rules.NumberKind;

/** Writes a framework to an .xlsx workbook in the documented layout. */
final class FrameworkWriter {

    private FrameworkWriter() {
    }

    static void write(WorkbookFramework framework, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = WorkbookStyles.create(workbook);
            settings(new SheetWriter<>(workbook, Layout.SETTINGS, SettingColumn.class, styles), framework);
            items(new SheetWriter<>(workbook, Layout.ITEMS, ItemColumn.class, styles), framework.content());
            figures(new SheetWriter<>(workbook, Layout.FIGURES, FigureColumn.class, styles), framework.content());
            constraints(new SheetWriter<>(workbook, Layout.CONSTRAINTS, ConstraintColumn.class, styles),
                    framework.content());
            bands(new SheetWriter<>(workbook, Layout.BANDS, BandColumn.class, styles), framework.content());
            workbook.write(out);
        }
    }

    private static void settings(SheetWriter<SettingColumn> sheet, WorkbookFramework f) {
        FrameworkContent c = f.content();
        setting(sheet, Setting.NAME, f.name());
        setting(sheet, Setting.DESCRIPTION, f.description());
        setting(sheet, Setting.TARGETS, unitTypes(f.targets()));
        setting(sheet, Setting.YEAR, f.year() == null ? null : BigDecimal.valueOf(f.year()));
        setting(sheet, Setting.LEGAL_BASIS, f.legalBasis());
        setting(sheet, Setting.BONUS_CAP, c.bonusCap());
        setting(sheet, Setting.DEDUCTION_CAP, c.deductionCap());
        setting(sheet, Setting.POINTS_MUST_SUM, c.pointsMustSum() ? Words.YES : Words.NO);
    }

    private static void setting(SheetWriter<SettingColumn> sheet, Setting setting, Object value) {
        Map<SettingColumn, Object> row = new EnumMap<>(SettingColumn.class);
        row.put(SettingColumn.SETTING, setting.label());
        row.put(SettingColumn.VALUE, value);
        row.put(SettingColumn.NOTE, setting.note());
        sheet.row(row);
    }

    private static void items(SheetWriter<ItemColumn> sheet, FrameworkContent content) {
        Set<String> codes = new HashSet<>();
        for (CriteriaItem item : content.allItems()) {
            codes.add(item.code());
        }
        for (CriteriaItem area : content.areas()) {
            item(sheet, area, null, codes);
        }
        sheet.textColumns();
        sheet.choices(ItemColumn.KIND, Words.KINDS.words());
        sheet.choices(ItemColumn.RULE, Words.RULES.words());
        sheet.choices(ItemColumn.NUMBER_KIND, Words.NUMBER_KINDS.words());
        sheet.choices(ItemColumn.VALUE_MODE, Words.VALUE_MODES.words());
        sheet.choices(ItemColumn.INVERTED, List.of(Words.YES, Words.NO));
        sheet.choices(ItemColumn.EVIDENCE, List.of(Words.YES, Words.NO));
        sheet.choices(ItemColumn.CRITICAL, Words.CRITICAL.words());
        sheet.choices(ItemColumn.METHOD, Words.METHODS.words());
    }

    private static void item(SheetWriter<ItemColumn> sheet, CriteriaItem item, String parent, Set<String> codes) {
        Map<ItemColumn, Object> row = new EnumMap<>(ItemColumn.class);
        row.put(ItemColumn.CODE, item.code());
        row.put(ItemColumn.PARENT, parentCell(item, parent, codes));
        row.put(ItemColumn.KIND, Words.KINDS.word(item.kind()));
        row.put(ItemColumn.TITLE, item.title());
        row.put(ItemColumn.MAX_POINTS, item.maxPoints());
        if (item.rule() != null) {
            row.put(ItemColumn.RULE, Words.RULES.word(item.rule().type()));
            row.putAll(RuleCodec.encode(item.rule()));
        }
        row.put(ItemColumn.EVIDENCE, item.evidenceRequired() ? Words.YES : Words.NO);
        row.put(ItemColumn.CRITICAL, Words.CRITICAL.word(item.critical()));
        row.put(ItemColumn.METHOD, Words.METHODS.word(item.method()));
        row.put(ItemColumn.APPLIES_TO, unitTypes(item.appliesTo()));
        row.put(ItemColumn.GUIDANCE, item.guidance());
        sheet.row(row);
        for (CriteriaItem child : item.children()) {
            item(sheet, child, item.code(), codes);
        }
    }

    /**
     * Blank when the reader finds the same parent from the code alone ({@link ItemTree}); otherwise the parent's
     * code, or "-" for a top-level node that the code alone would not make one.
     */
    private static String parentCell(CriteriaItem item, String parent, Set<String> codes) {
        String derived = ItemTree.derived(item.code());
        if (parent != null) {
            return parent.equals(derived) ? null : parent;
        }
        boolean rootByCode = derived == null || (!codes.contains(derived) && item.kind() == NodeKind.AREA);
        return rootByCode ? null : Layout.NO_PARENT;
    }

    private static void figures(SheetWriter<FigureColumn> sheet, FrameworkContent content) {
        for (FigureDef figure : content.figures()) {
            Map<FigureColumn, Object> row = new EnumMap<>(FigureColumn.class);
            row.put(FigureColumn.CODE, figure.code());
            row.put(FigureColumn.NAME, figure.name());
            row.put(FigureColumn.UNIT, figure.unit());
            row.put(FigureColumn.KIND, Words.NUMBER_KINDS.word(figure.kind() == null ? NumberKind.COUNT
                    : figure.kind()));
            sheet.row(row);
        }
        sheet.textColumns();
        sheet.choices(FigureColumn.KIND, Words.NUMBER_KINDS.words());
    }

    private static void constraints(SheetWriter<ConstraintColumn> sheet, FrameworkContent content) {
        for (FigureConstraint constraint : content.constraints()) {
            Map<ConstraintColumn, Object> row = new EnumMap<>(ConstraintColumn.class);
            row.put(ConstraintColumn.TYPE, Words.CONSTRAINTS.word(constraint.type()));
            row.put(ConstraintColumn.PARTS, String.join("; ", constraint.parts()));
            row.put(ConstraintColumn.WHOLE, constraint.whole());
            sheet.row(row);
        }
        sheet.textColumns();
        sheet.choices(ConstraintColumn.TYPE, Words.CONSTRAINTS.words());
    }

    private static void bands(SheetWriter<BandColumn> sheet, FrameworkContent content) {
        for (Band band : content.bands()) {
            Map<BandColumn, Object> row = new EnumMap<>(BandColumn.class);
            row.put(BandColumn.CODE, band.code());
            row.put(BandColumn.LABEL_VI, band.labelVi());
            row.put(BandColumn.LABEL_EN, band.labelEn());
            row.put(BandColumn.MIN_PERCENT, band.minPercent());
            sheet.row(row);
        }
        sheet.textColumns();
    }

    private static String unitTypes(Set<UnitType> types) {
        if (types.isEmpty()) {
            return null;
        }
        return types.stream().sorted().map(Words.UNIT_TYPES::word).collect(Collectors.joining("; "));
    }
}
