package org.parcheck.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parcheck.exchange.PackageData.VisitData;

/**
 * A visit finalised on another laptop wins over this laptop's changes made without seeing the finalisation, whether it
 * comes in a {@code .parcheck} package or from the province server (#17; D29; docs/server/sync.md, "Decisions and
 * limits"; docs/record/finalise.md). Its biên bản is signed and its fingerprint covers the content as finalised there.
 * Merged item by item, the import would take the finalisation and keep this laptop's newer items: a finalised visit
 * whose content is not what was finalised (verify says "altered"); through the server, the server then refused the
 * send (a finalised visit takes no change without a choice), so every sync ended in "sync again". Instead the import
 * takes the finalised visit whole: every item that differs becomes the finalised one. Nothing is lost unseen: the
 * exchange writer logs each replaced item with its old value in the visit's change log, the import window says so per
 * visit before the user confirms ({@link ImportPlan.VisitMerge#replacedByFinalised}), and the results count them. A
 * laptop that had the finalised visit and reopened it (with a reason) keeps its changes: they merge as any other, and
 * travel to the server ({@link #reopenedOnLaptop}).
 */
public final class FinalisedElsewhere {

    private FinalisedElsewhere() {
    }

    /**
     * {@code merged} with every visit that is finalised in the incoming data, not finalised here and changed here
     * without this laptop having seen the finalisation taken whole; each such merge counts the items of this laptop
     * it replaces ({@link ImportPlan#replacedByFinalised()}).
     */
    public static ImportPlan takeWhole(ImportPlan merged) {
        boolean taken = false;
        List<ImportPlan.VisitMerge> merges = new ArrayList<>();
        for (ImportPlan.VisitMerge m : merged.merges()) {
            Merge.Result result = m.result();
            if (m.isPlan() || !isFinalised(m.incoming()) || isFinalised(m.local()) || reopenedHere(m)
                    || result.conflicts().isEmpty() && result.keptLocal() == 0) {
                merges.add(m);
                continue;
            }
            int replaced = result.conflicts().size() + result.keptLocal();
            merges.add(new ImportPlan.VisitMerge(m.incoming(), m.local(),
                    new Merge.Result(whole(m.local(), m.incoming()), List.of(), 0, result.history()), false,
                    replaced));
            taken = true;
        }
        return !taken ? merged : withMerges(merged, merges);
    }

    /**
     * The server's side of a send: a visit finalised on the server that this laptop reopened (with a reason, the only
     * way ParCheck changes a finalised visit) after bringing it home. The analysis holds every change to a finalised
     * visit for a choice, and the server has no one to ask: the send was refused at every sync. The laptop's reopening
     * is that choice, so the server takes it, but only when the laptop had seen everything the server holds of the
     * visit (for every item that differs, the laptop's exchange history holds the server's value) and changed the
     * visit's own details (its status). The item-by-item merge cannot say it alone: a reopened visit's details are
     * those it had before it was finalised, a value both sides have seen (D15's A→B→A). Anything else stays a
     * conflict: another laptop sent in between.
     */
    public static ImportPlan reopenedOnLaptop(ImportPlan merged) {
        List<ImportPlan.VisitMerge> merges = new ArrayList<>();
        boolean taken = false;
        for (ImportPlan.VisitMerge m : merged.merges()) {
            if (!m.isPlan() && isFinalised(m.local()) && !m.result().conflicts().isEmpty()) {
                List<Merge.Change> changes = whole(m.local(), m.incoming());
                if (changes.stream().anyMatch(c -> "visit".equals(c.key()))
                        && changes.stream().allMatch(c -> seenThere(m.incoming(), c))) {
                    merges.add(new ImportPlan.VisitMerge(m.incoming(), m.local(), new Merge.Result(changes, List.of(),
                            0, m.result().history()), false));
                    taken = true;
                    continue;
                }
            }
            merges.add(m);
        }
        return !taken ? merged : withMerges(merged, merges);
    }

    private static ImportPlan withMerges(ImportPlan plan, List<ImportPlan.VisitMerge> merges) {
        return new ImportPlan(plan.manifest(), plan.fileName(), plan.alreadyImported(), plan.newFrameworks(),
                plan.newUnits(), plan.unitUuids(), plan.newPlans(), plan.newVisits(), merges, plan.evidence(),
                plan.stagingDir(), plan.repaired());
    }

    /**
     * Whether this laptop had the incoming finalised visit already (its exchange history holds the finalised
     * details) and reopened it since: then its changes were made on purpose and merge as any other.
     */
    private static boolean reopenedHere(ImportPlan.VisitMerge m) {
        return m.local().history().getOrDefault("visit", List.of())
                .contains(VisitItem.hashOf(m.incoming().items().get("visit")));
    }

    /** Whether {@code sender}'s exchange history holds the value {@code change} replaces. */
    private static boolean seenThere(VisitData sender, Merge.Change change) {
        return sender.history().getOrDefault(change.key(), List.of()).contains(VisitItem.hashOf(change.local()));
    }

    /** Every item where {@code local}'s content differs from {@code other}'s, changed to {@code other}'s. */
    private static List<Merge.Change> whole(VisitData local, VisitData other) {
        Set<String> keys = new TreeSet<>(local.items().keySet());
        keys.addAll(other.items().keySet());
        List<Merge.Change> changes = new ArrayList<>();
        for (String key : keys) {
            VisitItem mine = local.items().get(key);
            VisitItem theirs = other.items().get(key);
            if (!VisitItem.hashOf(mine).equals(VisitItem.hashOf(theirs))) {
                changes.add(new Merge.Change(key, mine, theirs));
            }
        }
        return changes;
    }

    /** Whether {@code visit}'s details say it is finalised. */
    public static boolean isFinalised(VisitData visit) {
        VisitItem details = visit.items().get("visit");
        return details != null && "FINALISED".equals(details.field("status"));
    }
}
