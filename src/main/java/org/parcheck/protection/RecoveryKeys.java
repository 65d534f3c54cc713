package org.parcheck.protection;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Recovery keys: 30 symbols of Crockford's base32 (digits and capital letters without I, L, O, U), 150 random bits,
 * shown as six groups of five separated by "-". Typed forgivingly: case, spaces and dashes are ignored, and as in
 * Crockford's base32 O is read as 0 and I, L as 1.
 */
final class RecoveryKeys {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int SYMBOLS = 30;
    static final int GROUP = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryKeys() {
    }

    /** A new random recovery key in its shown form. */
    static RecoveryKey generate() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new RecoveryKey(text.toString());
    }

    /**
     * The canonical form (30 symbols, no dashes) of a typed recovery key, or null when it cannot be one (a wrong
     * length or a character outside the alphabet): that is a wrong recovery key, not a damaged file.
     */
    static char[] canonical(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(SYMBOLS);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return null;
            }
            out.append(mapped);
        }
        if (out.length() != SYMBOLS) {
            return null;
        }
        char[] chars = new char[SYMBOLS];
        out.getChars(0, SYMBOLS, chars, 0);
        return chars;
    }
}
