package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.EVIDENCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.persistence.backup.BackupFolder;
import org.parcheck.protection.DataKey;

/**
 * Removes what a killed ParCheck left in its data folder, when the folder is opened (window and command line; the
 * folder's lock is held, so nothing else is writing there): unfinished backups ({@code backups/*.tmp},
 * {@code *.part}), staging folders of imports ({@code exchange-staging/}), unfinished evidence copies
 * ({@code attachments/**}{@code /*.part}), and evidence files no evidence row refers to. Those last ones are whole
 * copies of a user's file, so they are moved to {@code lost+found/<time>/} rather than deleted (a file whose name
 * starts with the hash prefix of any evidence row is kept where it is). One log line per file.
 */
public final class StartupCleanup {

    private static final Logger LOG = Logger.getLogger(StartupCleanup.class.getName());
    public static final String LOST_AND_FOUND = "lost+found";
    static final String ATTACHMENTS = "attachments";

    /** What was done: files and folders removed, evidence files moved to lost+found. */
    public record Result(List<Path> removed, List<Path> moved) {
    }

    private StartupCleanup() {
    }

    public static Result run(Path dataDir, Database database) {
        return run(dataDir, database, null);
    }

    /**
     * {@link #run(Path, Database)} in a protected folder (#19, {@code key} not null): an evidence file named after the
     * keyed hash of an evidence row's SHA-256 ({@link EvidenceFiles#storedName(String, String, DataKey)}) is kept.
     */
    public static Result run(Path dataDir, Database database, DataKey key) {
        List<Path> removed = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        Path backups = dataDir.resolve(BackupFolder.FOLDER_NAME);
        for (Path file : list(backups)) {
            String name = file.getFileName().toString();
            if (Files.isRegularFile(file) && (name.endsWith(".tmp") || name.endsWith(".part"))) {
                remove(file, "unfinished backup", removed);
            }
        }
        for (Path file : list(dataDir)) {
            if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".part")) {
                remove(file, "unfinished file", removed);
            }
        }
        for (Path staged : list(dataDir.resolve(ExchangeService.STAGING))) {
            remove(staged, "staging folder of an import that never finished", removed);
        }
        Path attachments = dataDir.resolve(ATTACHMENTS);
        if (Files.isDirectory(attachments)) {
            Set<String> referenced = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            database.dsl().select(EVIDENCE.ATTACHMENT_PATH, EVIDENCE.ATTACHMENT_SHA256).from(EVIDENCE).forEach(r -> {
                if (r.value1() != null) {
                    referenced.add(r.value1().replace('\\', '/'));
                }
                if (r.value2() != null && r.value2().length() >= 12) {
                    prefixes.add(r.value2().substring(0, 12).toLowerCase(Locale.ROOT));
                    if (key != null) {
                        prefixes.add(EvidenceFiles.storedName(r.value2(), "", key).substring(0, 12));
                    }
                }
            });
            Path lostAndFound = dataDir.resolve(LOST_AND_FOUND).resolve(LocalDateTime.now()
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            for (Path folder : list(attachments)) {
                for (Path file : list(folder)) {
                    if (!Files.isRegularFile(file)) {
                        continue;
                    }
                    String name = file.getFileName().toString();
                    String relative = dataDir.relativize(file).toString().replace('\\', '/');
                    if (name.endsWith(".part")) {
                        remove(file, "unfinished evidence copy", removed);
                    } else if (!referenced.contains(relative) && !(name.length() > 12
                            && prefixes.contains(name.substring(0, 12).toLowerCase(Locale.ROOT)))) {
                        move(file, lostAndFound.resolve(dataDir.relativize(file)), moved);
                    }
                }
            }
        }
        return new Result(List.copyOf(removed), List.copyOf(moved));
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look for leftovers in " + folder, e);
            return List.of();
        }
    }

    private static void remove(Path path, String what, List<Path> removed) {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            removed.add(path);
            LOG.info(() -> "Removed a leftover of a ParCheck that was stopped (" + what + "): " + path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the leftover " + path, e);
        }
    }

    private static void move(Path file, Path target, List<Path> moved) {
        try {
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            moved.add(target);
            LOG.info(() -> "Moved an evidence file no evidence row refers to (left by a ParCheck that was stopped) "
                    + "from " + file + " to " + target);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not move " + file + " to " + target, e);
        }
    }
}
