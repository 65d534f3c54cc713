package org.parcheck.plan.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcheck.common.util.Dates;
import org.parcheck.plan.AdminUnit;

/**
 * Writes units as a unit list in the layout {@link UnitSheetReader} and {@link UnitImportPlanner} read (columns A to
 * G of {@link ImportColumn}, a header row first), so the list can be edited in Excel and imported again, here or on
 * another laptop; importing it unchanged changes nothing. Rows follow the tree (each unit after its parent), codes
 * and dates are text cells (leading zeros and dd/mm/yyyy survive Excel), types are the Vietnamese words.
 */
public final class UnitSheetWriter {

    private UnitSheetWriter() {
    }

    /**
     * @param headers one label per {@link ImportColumn}, in column order (none may contain a digit in column A or
     *                be a unit type word in column C, or the row would be read as data)
     */
    public static void write(List<AdminUnit> units, List<String> headers, OutputStream out) throws IOException {
        if (headers.size() != ImportColumn.values().length) {
            throw new IllegalArgumentException("one header per column");
        }
        Map<Long, AdminUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Đơn vị hành chính");
            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (AdminUnit unit : treeOrder(units, byId)) {
                Row row = sheet.createRow(r++);
                AdminUnit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
                AdminUnit successor = unit.successorId() == null ? null : byId.get(unit.successorId());
                String[] values = {
                    unit.code(), unit.name(), UnitTypeWords.word(unit.type()), parent == null ? null : parent.code(),
                    Dates.format(unit.validFrom()), Dates.format(unit.validTo()),
                    successor == null ? null : successor.code(),
                };
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(text);
                    cell.setCellValue(values[c] == null ? "" : values[c]);
                }
            }
            int[] widths = {12, 30, 12, 14, 14, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /** Each unit after its parent; siblings by code, then validity, then name. */
    static List<AdminUnit> treeOrder(List<AdminUnit> units, Map<Long, AdminUnit> byId) {
        Comparator<AdminUnit> order = Comparator.comparing((AdminUnit u) -> u.code() == null ? "" : u.code())
                .thenComparing(u -> u.validFrom() == null ? "" : u.validFrom().toString())
                .thenComparing(AdminUnit::name);
        Map<Long, List<AdminUnit>> children = new HashMap<>();
        List<AdminUnit> roots = new ArrayList<>();
        for (AdminUnit unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        List<AdminUnit> ordered = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        roots.sort(order);
        for (AdminUnit root : roots) {
            visit(root, children, order, ordered, seen);
        }
        // a parent cycle (never saved by ParCheck) would leave units out: they go last rather than missing
        units.stream().filter(u -> !seen.contains(u.id())).sorted(order).forEach(ordered::add);
        return ordered;
    }

    private static void visit(AdminUnit unit, Map<Long, List<AdminUnit>> children, Comparator<AdminUnit> order,
            List<AdminUnit> ordered, Set<Long> seen) {
        if (!seen.add(unit.id())) {
            return;
        }
        ordered.add(unit);
        List<AdminUnit> below = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
        below.sort(order);
        for (AdminUnit child : below) {
            visit(child, children, order, ordered, seen);
        }
    }
}
