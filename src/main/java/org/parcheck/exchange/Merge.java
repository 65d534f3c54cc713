package org.parcheck.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parcheck.exchange.PackageData.VisitData;

/**
 * The merge of one visit that exists on both laptops, item by item (pure; no database).
 *
 * <p>Each laptop remembers, per visit and item, the content hashes it has exchanged (exported or imported): its
 * <em>history</em>. A package carries the exporter's history. For an item, with L the local content, I the incoming
 * content, Hl and Hi the two histories:
 * <ul>
 *   <li>L = I: nothing to do;</li>
 *   <li>absent here and never seen here: take I (new from the other laptop); absent there and never seen there:
 *       keep L (new here);</li>
 *   <li>L ∈ Hi (the other laptop has seen my value and changed it since): take I;</li>
 *   <li>I ∈ Hl (I have seen their value and changed it since): keep L;</li>
 *   <li>otherwise both changed it: a conflict, resolved by the user.</li>
 * </ul>
 * Absent items (deleted) take part with the hash {@link VisitItem#ABSENT}. After the import the history holds
 * Hl ∪ Hi ∪ {L, I, result}.
 */
public final class Merge {

    private Merge() {
    }

    /** An item the import changes: before (local, null = absent) and after (null = delete). */
    public record Change(String key, VisitItem local, VisitItem incoming) {
        public String label() {
            return incoming != null ? incoming.label() : local.label();
        }
    }

    /** The result for one visit. */
    public record Result(List<Change> changes, List<Change> conflicts, int keptLocal,
                         Map<String, List<String>> history) {
    }

    public static Result merge(VisitData local, VisitData incoming) {
        Set<String> keys = new TreeSet<>(local.items().keySet());
        keys.addAll(incoming.items().keySet());
        List<Change> changes = new ArrayList<>();
        List<Change> conflicts = new ArrayList<>();
        int kept = 0;
        Map<String, List<String>> history = new TreeMap<>();
        for (String key : keys) {
            VisitItem l = local.items().get(key);
            VisitItem i = incoming.items().get(key);
            String lh = VisitItem.hashOf(l);
            String ih = VisitItem.hashOf(i);
            Collection<String> localHistory = local.history().getOrDefault(key, List.of());
            Collection<String> incomingHistory = incoming.history().getOrDefault(key, List.of());
            Set<String> merged = new LinkedHashSet<>(localHistory);
            merged.addAll(incomingHistory);
            merged.add(lh);
            merged.add(ih);
            history.put(key, List.copyOf(merged));
            if (lh.equals(ih)) {
                continue;
            }
            if (l == null && localHistory.isEmpty()) {
                changes.add(new Change(key, null, i));
            } else if (i == null && incomingHistory.isEmpty()) {
                kept++;
            } else if (incomingHistory.contains(lh) && !localHistory.contains(ih)) {
                changes.add(new Change(key, l, i));
            } else if (localHistory.contains(ih) && !incomingHistory.contains(lh)) {
                kept++;
            } else {
                conflicts.add(new Change(key, l, i));
            }
        }
        // keys only in the histories (deleted on both sides) keep their memory
        for (Map<String, List<String>> h : List.of(local.history(), incoming.history())) {
            h.forEach((key, hashes) -> {
                if (!history.containsKey(key)) {
                    Set<String> all = new LinkedHashSet<>(local.history().getOrDefault(key, List.of()));
                    all.addAll(incoming.history().getOrDefault(key, List.of()));
                    history.put(key, List.copyOf(all));
                }
            });
        }
        return new Result(changes, conflicts, kept, history);
    }

    /** A visit's history after it was exported with {@code items}: every current hash is now exchanged. */
    public static Map<String, List<String>> afterExport(Map<String, List<String>> history,
                                                        Map<String, VisitItem> items) {
        Map<String, List<String>> result = new TreeMap<>();
        Set<String> keys = new TreeSet<>(history.keySet());
        keys.addAll(items.keySet());
        for (String key : keys) {
            Set<String> hashes = new LinkedHashSet<>(history.getOrDefault(key, List.of()));
            hashes.add(VisitItem.hashOf(items.get(key)));
            result.put(key, List.copyOf(hashes));
        }
        return result;
    }
}
