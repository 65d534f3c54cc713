package org.parcheck.scoring;

/**
 * Positions of codes (leaves, figures) in a compiled framework: an open-addressing table over the codes' cached
 * hash codes, built once per framework. Cheaper per look-up than a {@code HashMap<String, Integer>} (no nodes,
 * no boxing). Immutable once built.
 */
final class CodeIndex {

    private final String[] keys;
    private final int[] hashes;
    private final int[] positions;
    private final int mask;
    private final int shift;

    /** Indexes {@code codes[i] → i}; for a repeated code the last position wins (as with a map). */
    CodeIndex(String[] codes) {
        int size = Integer.highestOneBit(Math.max(4, codes.length * 4 - 1)) << 1;
        keys = new String[size];
        hashes = new int[size];
        positions = new int[size];
        mask = size - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        for (int i = 0; i < codes.length; i++) {
            put(codes[i], i);
        }
    }

    private void put(String code, int position) {
        int hash = code.hashCode();
        int slot = slot(hash);
        while (keys[slot] != null && !(hashes[slot] == hash && keys[slot].equals(code))) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = code;
        hashes[slot] = hash;
        positions[slot] = position;
    }

    /** The position of {@code code}, or -1. */
    int get(String code) {
        int hash = code.hashCode();
        int slot = slot(hash);
        String key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && (key == code || key.equals(code))) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Fibonacci hashing: codes such as "1.2.3" or "n12" have nearby hash codes, which the low bits alone would
     * put in long runs of neighbouring slots; multiplying by 2^32/φ spreads them over the table.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
