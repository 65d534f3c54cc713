package org.parcheck.common.util;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names that every OS accepts, for evidence files whose names come from outside (a package, the file chooser).
 * Pure: the same name always gives the same result. Vietnamese letters are kept (as NFC).
 */
public final class SafeFileNames {

    /** At most this many characters, and {@link #MAX_BYTES} bytes of UTF-8 (most file systems allow 255 bytes). */
    public static final int MAX_CHARS = 120;
    public static final int MAX_BYTES = 200;
    /** The name used when nothing usable is left. */
    public static final String FALLBACK = "file";

    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");
    private static final int MAX_EXTENSION = 16;

    private SafeFileNames() {
    }

    /**
     * A safe form of {@code name}: NFC; control characters removed; {@code < > : " / \ | ? *} replaced by
     * {@code _}; leading spaces and trailing dots and spaces removed; a Windows device name ({@code CON},
     * {@code com1.txt}, …) prefixed with {@code _}; shortened to {@link #MAX_CHARS} characters and
     * {@link #MAX_BYTES} UTF-8 bytes keeping the extension; {@link #FALLBACK} when nothing is left.
     */
    public static String safe(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            out.appendCodePoint(RESERVED.indexOf(c) >= 0 ? '_' : c);
        });
        String clean = trimEnds(out.toString());
        if (clean.isEmpty()) {
            clean = FALLBACK;
        }
        clean = shorten(clean);
        int dot = clean.indexOf('.');
        String base = dot < 0 ? clean : clean.substring(0, dot);
        if (DEVICES.contains(base.strip().toUpperCase(Locale.ROOT))) {
            clean = shorten("_" + clean);
        }
        return clean;
    }

    private static String trimEnds(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Cuts the base name (not the extension) until both limits hold. */
    private static String shorten(String name) {
        if (fits(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        while (!base.isEmpty() && !fits(base + extension)) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        base = trimEnds(base);
        return base.isEmpty() ? FALLBACK + extension : base + extension;
    }

    private static boolean fits(String name) {
        return name.codePointCount(0, name.length()) <= MAX_CHARS
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
