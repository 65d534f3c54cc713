package org.parcheck.plan.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Text;

/** Reads a unit type written as a Vietnamese word ("xã", "thị trấn", "Phường") or as a code ("COMMUNE"). */
public final class UnitTypeWords {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, UnitType> WORDS = new HashMap<>();
    /** The same words by {@link Text#matchKey}: "xa", "thi tran" typed without accents. */
    private static final Map<String, UnitType> KEYS = new HashMap<>();

    static {
        for (UnitType type : UnitType.values()) {
            WORDS.put(type.name().toLowerCase(Locale.ROOT), type);
            if (!type.officialPrefix().isEmpty()) {
                WORDS.put(type.officialPrefix(), type);
            }
        }
        WORDS.put("sở", UnitType.DEPARTMENT);
        WORDS.put("ban", UnitType.DEPARTMENT);
        WORDS.put("ngành", UnitType.DEPARTMENT);
        WORDS.put("phòng", UnitType.OFFICE);
        WORDS.put("khác", UnitType.OTHER);
        WORDS.forEach((word, type) -> KEYS.put(Text.matchKey(word), type));
    }

    private UnitTypeWords() {
    }

    /** The word a unit list writes for this type ("xã", "thị trấn", "sở"); {@link #parse} reads it back. */
    public static String word(UnitType type) {
        switch (type) {
            case DEPARTMENT:
                return "sở";
            case OFFICE:
                return "phòng";
            case OTHER:
                return "khác";
            default:
                return type.officialPrefix();
        }
    }

    public static Optional<UnitType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String word = Text.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(VI);
        UnitType type = WORDS.get(word);
        if (type == null) {
            type = WORDS.get(word.replace(' ', '_'));
        }
        if (type == null) {
            type = KEYS.get(Text.matchKey(word));
        }
        return Optional.ofNullable(type);
    }

    /**
     * The length of national codes for units of this type (provinces 2, districts 3, communes 5), or 0 where it
     * varies (a city may be provincial or district level).
     */
    static int codeLength(UnitType type) {
        switch (type) {
            case PROVINCE:
                return 2;
            case DISTRICT:
            case TOWN:
                return 3;
            case COMMUNE:
            case WARD:
            case TOWNSHIP:
            case SPECIAL_ZONE:
                return 5;
            default:
                return 0;
        }
    }
}
