package org.parcheck.criteria.importer;

/**
 * The result of parsing a cell's mini-syntax: the value, or the part that could not be read.
 *
 * @param value   the value, null on failure
 * @param badPart the offending part of the text, null on success
 * @param <T>     the value's type
 */
record Parsed<T>(T value, String badPart) {

    static <T> Parsed<T> success(T value) {
        return new Parsed<>(value, null);
    }

    static <T> Parsed<T> failure(String badPart) {
        return new Parsed<>(null, badPart);
    }

    boolean ok() {
        return badPart == null;
    }
}
