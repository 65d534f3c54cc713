package org.parcheck.common.util;

import java.text.Normalizer;

/** Text helpers. Everything stored or printed is NFC: decomposed Vietnamese renders with misplaced accents. */
public final class Text {

    private Text() {
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, with blank turned into null. */
    public static String nfcOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return nfc(text.strip());
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text with its first letter in upper case ("xã Cô Ngân" → "Xã Cô Ngân"), for display in lists. */
    public static String capitalizeFirst(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }
}
