package org.parcheck.answering;

/** An attached evidence file that is not what its stored SHA-256 says: gone, or with other content. */
public record AttachmentProblem(EvidenceCitation citation, Kind kind) {

    /** What is wrong with the file. */
    public enum Kind {
        /** No file at the stored path. */
        MISSING,
        /** A file whose SHA-256 differs from the stored one (cut short, changed, unreadable). */
        ALTERED
    }

    /** The file's name as the user knows it (the stored name without its hash prefix). */
    public String fileName() {
        String path = citation.attachmentPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.matches("[0-9a-f]{12}-.+") ? name.substring(13) : name;
    }
}
