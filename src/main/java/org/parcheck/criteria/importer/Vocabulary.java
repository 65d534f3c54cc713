package org.parcheck.criteria.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a column accepts for an enum: a Vietnamese word (written on export), Vietnamese synonyms, and the
 * canonical English code ({@code YES_NO}), all matched with {@link Words#key(String)}.
 *
 * @param <E> the enum
 */
final class Vocabulary<E extends Enum<E>> {

    private final Map<E, String> written;
    private final Map<String, E> byKey = new HashMap<>();

    private Vocabulary(Class<E> type, Map<E, List<String>> words) {
        this.written = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            List<String> list = words.get(constant);
            if (list == null || list.isEmpty()) {
                throw new IllegalStateException("no word for " + constant);
            }
            written.put(constant, list.get(0));
            add(Words.key(constant.name()), constant);
            for (String word : list) {
                add(Words.key(word), constant);
            }
        }
    }

    private void add(String key, E constant) {
        E previous = byKey.putIfAbsent(key, constant);
        if (previous != null && previous != constant) {
            throw new IllegalStateException("ambiguous word " + key);
        }
    }

    /** Starts a vocabulary; every constant must get at least one word. */
    static <E extends Enum<E>> Builder<E> of(Class<E> type) {
        return new Builder<>(type);
    }

    /** The constant a cell's text names, or null when the text is not one of the accepted words. */
    E parse(String text) {
        return text == null ? null : byKey.get(Words.key(text));
    }

    /** The Vietnamese word written on export. */
    String word(E constant) {
        return written.get(constant);
    }

    /** The written words in enum order, for messages and drop-down lists. */
    List<String> words() {
        return List.copyOf(written.values());
    }

    /** The accepted words as one line for a problem message ("Có/Không, Chọn phương án, …"). */
    String accepted() {
        List<String> all = new ArrayList<>();
        for (Map.Entry<E, String> entry : written.entrySet()) {
            all.add(entry.getValue() + " (" + entry.getKey().name() + ")");
        }
        return String.join(", ", all);
    }

    /** Collects the words of each constant. */
    static final class Builder<E extends Enum<E>> {
        private final Class<E> type;
        private final Map<E, List<String>> words;

        private Builder(Class<E> type) {
            this.type = type;
            this.words = new EnumMap<>(type);
        }

        /** The first word is the one written on export. */
        Builder<E> word(E constant, String... vietnamese) {
            words.put(constant, List.of(vietnamese));
            return this;
        }

        Vocabulary<E> build() {
            return new Vocabulary<>(type, words);
        }
    }
}
