package org.parcheck.answering.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.rules.ChoiceRule;
import org.parcheck.scoring.rules.NumberBandsRule;

/** The checklist's entries built from a framework's items, and found again: by code or text, or the next to do. */
final class ChecklistEntries {

    private ChecklistEntries() {
    }

    /** Adds an entry per item (depth first) to {@code out}, and each leaf to {@code leaves} by code. */
    static void add(List<CriteriaItem> items, int depth, List<ItemEntry> out, Map<String, ItemEntry> leaves) {
        for (CriteriaItem item : items) {
            ItemEntry entry = new ItemEntry(item.code(), item.title(), depth, kindOf(item),
                    item.rule() instanceof ChoiceRule choice ? choice.options() : List.of(), item.evidenceRequired());
            out.add(entry);
            if (entry.isLeaf()) {
                leaves.put(item.code(), entry);
            }
            add(item.children(), depth + 1, out, leaves);
        }
    }

    static ItemEntry.InputKind kindOf(CriteriaItem item) {
        if (!item.isLeaf() || item.rule() == null) {
            return ItemEntry.InputKind.HEADING;
        }
        return switch (item.rule().type()) {
            case YES_NO -> ItemEntry.InputKind.YES_NO;
            case CHOICE -> ItemEntry.InputKind.CHOICE;
            case NUMBER_BANDS -> ((NumberBandsRule) item.rule()).figure() == null ? ItemEntry.InputKind.NUMBER
                    : ItemEntry.InputKind.COMPUTED;
            case BONUS, DEDUCTION -> ItemEntry.InputKind.OCCURRENCES;
            case MANUAL -> ItemEntry.InputKind.MANUAL;
            default -> ItemEntry.InputKind.COMPUTED;
        };
    }

    /** The next leaf after {@code fromCode} (wrapping) that is missing or invalid, or empty when none is. */
    static Optional<String> nextToDo(Map<String, ItemEntry> leaves, String fromCode) {
        List<String> codes = new ArrayList<>(leaves.keySet());
        int start = fromCode == null ? -1 : codes.indexOf(fromCode);
        for (int i = 1; i <= codes.size(); i++) {
            String code = codes.get((start + i + codes.size()) % codes.size());
            ItemStatus status = leaves.get(code).status();
            if (status == ItemStatus.MISSING || status == ItemStatus.INVALID) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** The first leaf after {@code fromCode} whose code starts with the text or whose title contains it. */
    static Optional<String> find(Map<String, ItemEntry> leaves, String text, String fromCode) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String needle = fold(text.strip());
        List<String> codes = new ArrayList<>(leaves.keySet());
        int start = fromCode == null ? -1 : codes.indexOf(fromCode);
        for (int i = 1; i <= codes.size(); i++) {
            ItemEntry entry = leaves.get(codes.get((start + i + codes.size()) % codes.size()));
            if (entry.code().startsWith(text.strip()) || fold(entry.title()).contains(needle)) {
                return Optional.of(entry.code());
            }
        }
        return Optional.empty();
    }

    /** Lower case without accents ("Hài lòng" → "hai long"), for searching and file names. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
