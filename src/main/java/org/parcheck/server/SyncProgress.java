package org.parcheck.server;

/**
 * What a sync tells while it runs (#17): a step (a message key of {@code messages_*.properties},
 * {@code sync.progress.*}) with how far it is, and whether the user asked to stop. Called on the thread that runs the
 * sync.
 */
@FunctionalInterface
public interface SyncProgress {

    /** Reports nothing and never cancels. */
    SyncProgress NONE = (messageKey, done, total) -> { };

    /** Reading what changed on the server since this laptop last brought it home. */
    String READING = "sync.progress.reading";
    /** Downloading evidence files this laptop lacks ({@code done} of {@code total} files). */
    String DOWNLOADING = "sync.progress.downloading";
    /** Working out the merge with this laptop's data. */
    String MERGING = "sync.progress.merging";
    /** Writing the server's changes here, with the user's choices. */
    String APPLYING = "sync.progress.applying";
    /** Uploading evidence files the server lacks ({@code done} of {@code total} files). */
    String UPLOADING = "sync.progress.uploading";
    /** Sending this laptop's changes to the server (inside the server's transaction). */
    String SENDING = "sync.progress.sending";

    /** One step: {@code done} of {@code total} (total 0 when unknown). */
    void step(String messageKey, long done, long total);

    /**
     * Whether the user asked to stop. Looked at before anything is written: a sync stopped then leaves both sides as
     * they were. Once this laptop's data is being written the sync runs to its end.
     */
    default boolean cancelled() {
        return false;
    }
}
