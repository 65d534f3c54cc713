package org.parcheck.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a {@code .parcheck} file opened while ParCheck already runs on the same data folder to that running
 * ParCheck: the second process (which cannot take the folder's lock) writes the file's path into
 * {@code inbox/} of the data folder and ends; the running one looks there twice a second and opens its import
 * screen. Requests older than {@link #STALE} (left by a ParCheck that was not running after all) are dropped.
 */
public final class PackageInbox implements AutoCloseable {

    public static final String FOLDER = "inbox";
    static final Duration STALE = Duration.ofMinutes(2);
    private static final String SUFFIX = ".request";
    private static final Logger LOG = Logger.getLogger(PackageInbox.class.getName());

    private final Path folder;
    private final Consumer<Path> onPackage;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    private PackageInbox(Path folder, Consumer<Path> onPackage, Clock clock) {
        this.folder = folder;
        this.onPackage = onPackage;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parcheck-inbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Leaves {@code file} for the ParCheck running on {@code dataDir}. Written under a temporary name and then
     * renamed, so the running ParCheck never reads half a request.
     */
    public static void handOver(Path dataDir, Path file) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
        String name = System.currentTimeMillis() + "-" + UUID.randomUUID();
        Path temporary = folder.resolve(name + ".tmp");
        Files.writeString(temporary, file.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Watches {@code dataDir}'s inbox for the running ParCheck: {@code onPackage} gets each handed-over file, on
     * the inbox's own thread. Requests already waiting are dropped first when stale.
     */
    public static PackageInbox watch(Path dataDir, Consumer<Path> onPackage) throws IOException {
        return watch(dataDir, onPackage, Clock.systemUTC(), Duration.ofMillis(500));
    }

    static PackageInbox watch(Path dataDir, Consumer<Path> onPackage, Clock clock, Duration every)
            throws IOException {
        PackageInbox inbox = unscheduled(dataDir, onPackage, clock);
        inbox.timer.scheduleWithFixedDelay(inbox::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return inbox;
    }

    /** An inbox that only looks when {@link #poll()} is called (tests). */
    static PackageInbox unscheduled(Path dataDir, Consumer<Path> onPackage, Clock clock) throws IOException {
        return new PackageInbox(Files.createDirectories(dataDir.resolve(FOLDER)), onPackage, clock);
    }

    /** Takes every waiting request (oldest first), deletes it and passes its file on; drops stale ones. */
    void poll() {
        try {
            for (Path request : waiting()) {
                Path file = take(request);
                if (file != null) {
                    onPackage.accept(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the package inbox " + folder, e);
        }
    }

    private List<Path> waiting() throws IOException {
        List<Path> requests = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            files.forEach(requests::add);
        }
        requests.sort(null);
        return requests;
    }

    private Path take(Path request) throws IOException {
        FileTime written = Files.getLastModifiedTime(request);
        String content = Files.readString(request, StandardCharsets.UTF_8).strip();
        Files.deleteIfExists(request);
        if (written.toInstant().isBefore(clock.instant().minus(STALE))) {
            // the package's path is not logged: its name can name a unit (#19, no content in the log)
            LOG.info(() -> "Dropped a stale package request written at " + written);
            return null;
        }
        try {
            return content.isEmpty() ? null : Path.of(content);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
