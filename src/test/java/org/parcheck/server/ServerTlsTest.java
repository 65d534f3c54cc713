package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.persistence.Database;

/**
 * TLS as a province's server has it (#17): the test server (this JVM's own, {@link TestServers}) is switched to TLS
 * with a server certificate for {@code localhost} signed by a test CA, both made by the JDK's keytool. The default,
 * verify-full with the CA file, connects; a certificate for another name, another CA, or no CA file (Java's trusted
 * authorities) is refused as TLS; require connects without checking.
 */
class ServerTlsTest {

    private static final String PASSWORD = "Mật khẩu TLS";
    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path keys;

    private static DataSource superuser;
    private static Path caFile;
    private static Path otherCaFile;

    @BeforeAll
    static void serverWithTls() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=ParCheck Test CA",
                "-ext", "bc:c", "-validity", "30", "-keystore", "ca.p12", "-storepass", STORE_PASSWORD);
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Another CA",
                "-ext", "bc:c", "-validity", "30", "-keystore", "other.p12", "-storepass", STORE_PASSWORD);
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "30", "-keystore", "server.p12", "-storepass", STORE_PASSWORD);
        keytool("-certreq", "-alias", "server", "-keystore", "server.p12", "-storepass", STORE_PASSWORD,
                "-file", "server.csr");
        keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-storepass", STORE_PASSWORD, "-infile",
                "server.csr", "-outfile", "server.crt", "-rfc", "-validity", "30", "-ext", "SAN=dns:localhost",
                "-ext", "EKU=serverAuth");
        keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-storepass", STORE_PASSWORD, "-rfc",
                "-file", "ca.pem");
        keytool("-exportcert", "-alias", "ca", "-keystore", "other.p12", "-storepass", STORE_PASSWORD, "-rfc",
                "-file", "other.pem");
        caFile = keys.resolve("ca.pem");
        otherCaFile = keys.resolve("other.pem");

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keys.resolve("server.p12"))) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        Key key = store.getKey("server", STORE_PASSWORD.toCharArray());
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        Path dataDirectory;
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            dataDirectory = Path.of(rs.getString(1));
        }
        Files.copy(keys.resolve("server.crt"), dataDirectory.resolve("parcheck-test.crt"));
        Path keyFile = dataDirectory.resolve("parcheck-test.key");
        Files.writeString(keyFile, pem, StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET ssl_cert_file = 'parcheck-test.crt'");
            s.execute("ALTER SYSTEM SET ssl_key_file = 'parcheck-test.key'");
            s.execute("ALTER SYSTEM SET ssl = on");
            s.execute("SELECT pg_reload_conf()");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!sslOn() && System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        assertThat(sslOn()).as("the test server took TLS").isTrue();

        superuser = TestServers.freshDatabase("tls");
        Database.onServer(superuser).close();
        TestLogins.createLogin(superuser, "pc_tls", PASSWORD);
        TestLogins.addAccount(superuser, "pc_tls", "INSPECTOR", "Ngô Thị Tâm", null, null);
    }

    private static boolean sslOn() throws Exception {
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW ssl")) {
            rs.next();
            return "on".equals(rs.getString(1));
        }
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.add("-noprompt");
        Process process = new ProcessBuilder(command).directory(keys.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", args) + "\n" + out).isZero();
    }

    private static ServerAddress address(String host, ServerAddress.Tls tls, Path ca) {
        return new ServerAddress(host, TestServers.postgres().getPort(), TestServers.nameOf(superuser), "pc_tls", tls,
                ca);
    }

    @Test
    void verifyFullWithTheCaFileConnectsEncrypted() {
        try (ServerConnection connection = ServerConnector.connect(address("localhost",
                ServerAddress.Tls.VERIFY_FULL, caFile), PASSWORD.toCharArray())) {
            assertThat(connection.account().fullName()).isEqualTo("Ngô Thị Tâm");
            assertThat(connection.database().dsl().fetchValue("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                    + "pg_backend_pid()")).isEqualTo(true);
        }
    }

    @Test
    void aCertificateForAnotherNameIsRefusedAsTls() {
        assertTls(address("127.0.0.1", ServerAddress.Tls.VERIFY_FULL, caFile));
    }

    @Test
    void aCertificateOfAnotherCaIsRefusedAsTls() {
        assertTls(address("localhost", ServerAddress.Tls.VERIFY_FULL, otherCaFile));
    }

    @Test
    void withoutACaFileOnlyAuthoritiesJavaTrustsAreAccepted() {
        assertTls(address("localhost", ServerAddress.Tls.VERIFY_FULL, null));
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificate() {
        try (ServerConnection connection = ServerConnector.connect(address("127.0.0.1", ServerAddress.Tls.REQUIRE,
                null), PASSWORD.toCharArray())) {
            assertThat(connection.database().dsl().fetchValue("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                    + "pg_backend_pid()")).isEqualTo(true);
        }
    }

    private static void assertTls(ServerAddress address) {
        assertThatThrownBy(() -> ServerConnector.connect(address, PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.kind()).as(e.toString()).isEqualTo(ServerException.Kind.TLS));
    }
}
