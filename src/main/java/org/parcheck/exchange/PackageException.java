package org.parcheck.exchange;

/** A package that cannot be exported or imported, with a kind the window translates ({@link #messageKey()}). */
public final class PackageException extends RuntimeException {

    /** What is wrong; each has a message {@code exchange.error.<kind in lowerCamel>}. */
    public enum Kind {
        UNREADABLE("unreadable"),
        DAMAGED("damaged"),
        NOT_A_PACKAGE("notAPackage"),
        INVALID_JSON("invalidJson"),
        UNKNOWN_VERSION("unknownVersion"),
        NEWER_VERSION("newerVersion"),
        UNSAFE_PATH("unsafePath"),
        UNEXPECTED_ENTRY("unexpectedEntry"),
        TOO_LARGE("tooLarge"),
        TOO_MANY_ENTRIES("tooManyEntries"),
        CHECKSUM("checksum"),
        MISSING_FRAMEWORK("missingFramework"),
        FRAMEWORK_DIFFERS("frameworkDiffers"),
        MISSING_REFERENCE("missingReference"),
        VISIT_MISMATCH("visitMismatch"),
        EVIDENCE_MISSING("evidenceMissing"),
        NOT_WRITABLE("notWritable"),
        VALUE_TOO_LONG("valueTooLong"),
        VALUE_NOT_ALLOWED("valueNotAllowed"),
        VALUE_MISSING("valueMissing"),
        ROW_OF_OTHER_VISIT("rowOfOtherVisit"),
        DISK_FULL("diskFull"),
        /** A protected package (#19) was opened without its password. */
        PASSWORD_NEEDED("passwordNeeded"),
        /** A protected package's password is not the one given. */
        WRONG_PASSWORD("wrongPassword");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "exchange.error." + key;
        }
    }

    private final Kind kind;
    private final transient Object[] args;

    public PackageException(Kind kind, String detail, Object... args) {
        this(kind, detail, null, args);
    }

    public PackageException(Kind kind, String detail, Throwable cause, Object... args) {
        super(kind + ": " + detail, cause);
        this.kind = kind;
        this.args = args.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return kind.messageKey();
    }

    public Object[] args() {
        return args.clone();
    }
}
