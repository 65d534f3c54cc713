package org.parcheck.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The cheap check on opening (#18 §2): is the database's Flyway schema history exactly the app's migrations, every
 * one applied successfully with the same checksum? Then there is nothing to migrate and nothing newer, and Flyway
 * (about 300 classes and a classpath scan, a fifth of a cold report command's time in the database) is not loaded.
 *
 * <p>It only ever answers "identical" or "not sure": anything else (a pending, failed, newer, missing or changed
 * migration, a repeatable or Java migration, a classpath it cannot list) answers "not sure", and {@link Database}
 * asks Flyway as before, which migrates or refuses. The checksum is Flyway's own: CRC32 over the UTF-8 bytes of each
 * line without its line break (a byte-order mark removed); {@code SchemaHistoryCheckTest} compares it with Flyway's
 * for every migration, so a Flyway upgrade that changes it makes the check answer "not sure", never "identical".
 */
final class SchemaHistoryCheck {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

    private SchemaHistoryCheck() {
    }

    /** Whether the schema history on {@code c} is exactly the migrations on the classpath, all applied. */
    static boolean upToDate(Connection c) {
        Map<String, Integer> app = appMigrations(SchemaHistoryCheck.class.getClassLoader());
        if (app == null || app.isEmpty()) {
            return false;
        }
        Map<String, Integer> applied = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"checksum\", \"success\", \"type\" "
                     + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(4);
                if (version == null && ("TABLE".equals(type) || "SCHEMA".equals(type))) {
                    continue; // Flyway's own marker rows: the history table (or schema) was created
                }
                int checksum = rs.getInt(2);
                boolean noChecksum = rs.wasNull();
                if (version == null || noChecksum || !rs.getBoolean(3) || !"SQL".equals(type)
                        || applied.put(normalise(version), checksum) != null) {
                    return false; // a repeatable, failed or Java migration, a baseline, a duplicate: ask Flyway
                }
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
        return applied.equals(app);
    }

    /**
     * The versioned SQL migrations on the classpath (normalised version → Flyway checksum), or null when they cannot
     * be listed here (any other location kind or file; then Flyway decides).
     */
    static Map<String, Integer> appMigrations(ClassLoader loader) {
        return appMigrations(loader, LOCATION);
    }

    /** {@link #appMigrations(ClassLoader)} in another classpath folder ({@code db/postgresql} for the server). */
    static Map<String, Integer> appMigrations(ClassLoader loader, String location) {
        try {
            URL url = loader.getResource(location);
            if (url == null) {
                return null;
            }
            Map<String, Integer> migrations = new TreeMap<>();
            if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (!add(migrations, file.getFileName().toString(), Files.newInputStream(file))) {
                            return null;
                        }
                    }
                }
                return migrations;
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return null;
            }
            jar.setUseCaches(true);
            JarFile file = jar.getJarFile();
            String prefix = location + "/";
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith(prefix) || entry.isDirectory()) {
                    continue;
                }
                String rest = name.substring(prefix.length());
                if (rest.contains("/") || !add(migrations, rest, file.getInputStream(entry))) {
                    return null;
                }
            }
            return migrations;
        } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Adds one file (and closes its stream); false when it is not a versioned SQL migration. */
    private static boolean add(Map<String, Integer> migrations, String name, InputStream in) throws IOException {
        try (in) {
            Matcher m = VERSIONED.matcher(name);
            if (!m.matches()) {
                return false;
            }
            return migrations.put(normalise(m.group(1)), checksum(in)) == null;
        }
    }

    /** Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of each line, without line breaks or BOM. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /** "001", "1", "1.0" → "1" (Flyway compares versions as numbers; "_" is its separator in file names). */
    static String normalise(String version) {
        String[] parts = version.replace('_', '.').split("\\.");
        int last = parts.length;
        while (last > 1 && parts[last - 1].chars().allMatch(ch -> ch == '0')) {
            last--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < last; i++) {
            String p = parts[i].replaceFirst("^0+(?=.)", "");
            out.append(i == 0 ? "" : ".").append(p);
        }
        return out.toString();
    }
}
