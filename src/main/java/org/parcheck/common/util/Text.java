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

    /**
     * The matching key of a word typed with or without accents: no diacritics (đ becomes d), lower case, letters
     * and digits only. "Thị trấn", "thi tran" and "THI-TRAN" share the key "thitran".
     */
    public static String matchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
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
