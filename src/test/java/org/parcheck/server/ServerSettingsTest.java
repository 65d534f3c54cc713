package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.persistence.Database;

/** The server's address is saved in the laptop's data folder (#17), and found again after closing it. */
class ServerSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void theAddressIsSavedInTheDataFolderAndReadAgainAfterReopening() {
        ServerAddress address = new ServerAddress("10.0.0.5", 6543, "parcheck_caobang", "nguyenvanan",
                ServerAddress.Tls.REQUIRE, Path.of("/etc/parcheck/ca.pem"));
        try (Database laptop = Database.open(dataDir)) {
            ServerSettings settings = new ServerSettings(laptop);
            assertThat(settings.address()).isEmpty();
            assertThat(settings.keepPassword()).isFalse();
            settings.save(address, true);
        }
        try (Database laptop = Database.open(dataDir)) {
            ServerSettings settings = new ServerSettings(laptop);
            assertThat(settings.address()).contains(address);
            assertThat(settings.keepPassword()).isTrue();
            ServerAddress noCa = new ServerAddress("parcheck.sonoivu.vn", 5432, "parcheck", "an",
                    ServerAddress.Tls.VERIFY_FULL, null);
            settings.save(noCa, false);
            assertThat(settings.address()).contains(noCa);
            assertThat(settings.keepPassword()).isFalse();
        }
    }
}
