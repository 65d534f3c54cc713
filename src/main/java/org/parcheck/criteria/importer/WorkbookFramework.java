package org.parcheck.criteria.importer;

import java.util.Objects;
import java.util.Set;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;

/**
 * Everything a framework workbook holds: the header's settings (name, description, target unit types), the
 * version's year and legal basis, and the content (items, figures, constraints, bands, caps).
 *
 * @param name        framework name, required
 * @param description description, or null
 * @param targets     unit types the framework is for (may be empty)
 * @param year        the year it applies to, or null
 * @param legalBasis  the decision it implements ("Quyết định số …/QĐ-UBND"), or null
 * @param content     the content
 */
public record WorkbookFramework(String name, String description, Set<UnitType> targets, Integer year,
                                String legalBasis, FrameworkContent content) {

    public WorkbookFramework {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        targets = targets == null ? Set.of() : Set.copyOf(targets);
    }

    /** What a stored framework version writes to a workbook. */
    public static WorkbookFramework of(FrameworkHeader header, FrameworkVersion version, FrameworkContent content) {
        return new WorkbookFramework(header.name(), header.description(), header.targets(),
                version == null ? null : version.year(), version == null ? null : version.legalBasis(), content);
    }
}
