package org.parcheck.criteria.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.parcheck.criteria.importer.FrameworkWorkbook;
import org.parcheck.criteria.importer.ImportResult;

/**
 * The criteria frameworks ParCheck ships for 2026 (#16 §5), besides the 2021 demo: one for communes, wards and
 * special zones and one for departments (sở), after the 1/7/2025 reform. Each is a workbook in the importer's layout
 * ({@code org/parcheck/criteria/templates/*.xlsx}), read by the same {@link FrameworkWorkbook#read(InputStream)} as a
 * user's spreadsheet, so every point, threshold and band in it is editable framework data, none is in code. They
 * are templates to adapt to the province's own decision and say so in their name and description; their legal
 * basis and what could not be confirmed are in docs/frameworks/templates-2026.md.
 */
public final class FrameworkTemplates {

    /**
     * A shipped template.
     *
     * @param id       a stable name (also the file name without ".xlsx")
     * @param labelKey the message key of its name in the template list
     */
    public record Template(String id, String labelKey) {

        /** The workbook's resource path on the classpath. */
        public String resource() {
            return "/org/parcheck/criteria/templates/" + id + ".xlsx";
        }
    }

    public static final Template COMMUNE_WARD_2026 = new Template("mau-xa-phuong-2026",
            "criteria.templates.communeWard2026");
    public static final Template DEPARTMENT_2026 = new Template("mau-so-2026", "criteria.templates.department2026");

    private FrameworkTemplates() {
    }

    /** Every shipped template, commune/ward first. */
    public static List<Template> all() {
        return List.of(COMMUNE_WARD_2026, DEPARTMENT_2026);
    }

    /** Reads a template as an import; a shipped template always imports (FrameworkTemplatesTest). */
    public static ImportResult read(Template template) {
        try (InputStream in = FrameworkTemplates.class.getResourceAsStream(template.resource())) {
            if (in == null) {
                throw new IllegalStateException("Template missing from the build: " + template.resource());
            }
            return FrameworkWorkbook.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
