package org.parcheck.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;

/**
 * What importing a package would do, worked out before anything is written: what is added, what merges by itself,
 * and the conflicts the user resolves. {@link ExchangeService#apply} then writes it in one transaction.
 *
 * @param manifest        the package's manifest
 * @param fileName        the file it was read from
 * @param alreadyImported this package was applied here before: importing it again changes nothing
 * @param newFrameworks   framework versions this laptop does not have
 * @param newUnits        units this laptop does not have
 * @param unitUuids       incoming unit uuid → the local unit's uuid (the same, or a unit with the same code, name,
 *                        type and validity)
 * @param newPlans        plans this laptop does not have
 * @param newVisits       visits this laptop does not have
 * @param merges          visits both laptops have, merged item by item
 * @param evidence        the package's evidence files (staged), by SHA-256
 * @param stagingDir      where they are staged (deleted after apply or cancel)
 * @param repaired        attached files here (relative paths) that were missing or not what their hash says and
 *                        were put back from this package's copy while it was read
 */
public record ImportPlan(PackageManifest manifest, String fileName, boolean alreadyImported,
                         List<FrameworkData> newFrameworks, List<Map<String, String>> newUnits,
                         Map<String, String> unitUuids, List<PlanData> newPlans, List<VisitData> newVisits,
                         List<VisitMerge> merges, Map<String, Path> evidence, Path stagingDir,
                         List<String> repaired) {

    public ImportPlan {
        repaired = List.copyOf(repaired);
    }

    /**
     * The merge of one visit (or of a plan's header, team and frameworks) that both laptops have;
     * {@code replacedByFinalised} items changed here that the incoming finalised visit replaces, because it is taken
     * whole ({@link FinalisedElsewhere}; 0 for any other merge).
     */
    public record VisitMerge(VisitData incoming, VisitData local, Merge.Result result, boolean isPlan,
                             int replacedByFinalised) {

        public VisitMerge(VisitData incoming, VisitData local, Merge.Result result, boolean isPlan) {
            this(incoming, local, result, isPlan, 0);
        }

        public String visitUuid() {
            return incoming.uuid();
        }

        public String label() {
            return local.label();
        }
    }

    /** A conflict, with an id for the user's choice. */
    public record Conflict(String id, String visitLabel, Merge.Change change) {
    }

    /** The user's choice for a conflict. */
    public enum Choice { MINE, THEIRS }

    public List<Conflict> conflicts() {
        return merges.stream().flatMap(m -> m.result().conflicts().stream()
                .map(c -> new Conflict(conflictId(m.visitUuid(), c.key()), m.label(), c))).toList();
    }

    public List<Merge.Change> automaticChanges() {
        return merges.stream().flatMap(m -> m.result().changes().stream()).toList();
    }

    /**
     * Items changed on this laptop that visits finalised on another laptop replace: the import takes those visits
     * whole ({@link FinalisedElsewhere}), logging each old value in the visit's change log.
     */
    public int replacedByFinalised() {
        return merges.stream().mapToInt(VisitMerge::replacedByFinalised).sum();
    }

    public static String conflictId(String visitUuid, String key) {
        return visitUuid + "|" + key;
    }

    /** Nothing would change (already imported, or the package holds nothing new). */
    public boolean nothingToDo() {
        return alreadyImported || newFrameworks.isEmpty() && newUnits.isEmpty() && newPlans.isEmpty()
                && newVisits.isEmpty() && automaticChanges().isEmpty() && conflicts().isEmpty();
    }
}
