package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the server password is kept (#17): in the Linux Secret Service through secret-tool (a fake one first on the
 * PATH), never on a command line; asked each time where there is no store (Windows, Linux without secret-tool) or
 * the store says no.
 */
class ServerCredentialsTest {

    private static final ServerAddress ADDRESS = new ServerAddress("sonoivu.caobang.gov.vn", 5432, "parcheck",
            "nguyenvanan", ServerAddress.Tls.VERIFY_FULL, null);
    private static final String PASSWORD = "Mật \"khẩu\" \\ 2026";

    @TempDir
    Path folder;

    @Test
    void linuxKeepsReadsAndForgetsThePasswordThroughSecretToolNeverOnACommandLine() throws Exception {
        FakeSecretTool fake = FakeSecretTool.install(folder, false);
        ServerCredentials credentials = fake.credentials();
        assertThat(credentials.store()).isEqualTo(ServerCredentials.Store.LINUX_SECRET_SERVICE);
        assertThat(credentials.canKeep()).isTrue();
        assertThat(credentials.read(ADDRESS)).isEmpty();

        assertThat(credentials.keep(ADDRESS, PASSWORD.toCharArray())).isTrue();
        assertThat(credentials.read(ADDRESS)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo(PASSWORD));
        ServerAddress otherUser = new ServerAddress(ADDRESS.host(), ADDRESS.port(), ADDRESS.database(), "tranthibinh",
                ADDRESS.tls(), null);
        assertThat(credentials.read(otherUser)).isEmpty();

        credentials.forget(ADDRESS);
        assertThat(credentials.read(ADDRESS)).isEmpty();
        assertThat(fake.commandLines()).contains("store", "lookup", "clear", "nguyenvanan")
                .doesNotContain("Mật").doesNotContain("2026");
    }

    @Test
    void aStoreThatSaysNoMeansAsking() throws Exception {
        ServerCredentials credentials = FakeSecretTool.install(folder, true).credentials();
        assertThat(credentials.keep(ADDRESS, PASSWORD.toCharArray())).isFalse();
        assertThat(credentials.read(ADDRESS)).isEmpty();
    }

    @Test
    void withoutAStoreThePasswordIsAskedEachTime() {
        assertThat(ServerCredentials.forSystem("Linux", folder.toString()).store())
                .isEqualTo(ServerCredentials.Store.ASK);
        assertThat(ServerCredentials.forSystem("Windows 11", System.getenv("PATH")).store())
                .isEqualTo(ServerCredentials.Store.ASK);
        ServerCredentials asking = ServerCredentials.asking();
        assertThat(asking.canKeep()).isFalse();
        assertThat(asking.keep(ADDRESS, PASSWORD.toCharArray())).isFalse();
        assertThat(asking.read(ADDRESS)).isEmpty();
    }
}
