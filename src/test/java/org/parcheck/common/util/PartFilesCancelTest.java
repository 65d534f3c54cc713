package org.parcheck.common.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report or workbook export cancelled mid-way leaves no part file and the file that was there unchanged. */
class PartFilesCancelTest {

    @TempDir
    Path dir;

    @Test
    void aWriteCancelledMidwayKeepsTheOldFileAndRemovesThePart() throws Exception {
        Path file = dir.resolve("bao-cao.pdf");
        Files.writeString(file, "bản cũ", StandardCharsets.UTF_8);
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        assertThatThrownBy(() -> PartFiles.write(file, progress, out -> {
            out.write("trang 1".getBytes(StandardCharsets.UTF_8));
            cancelled.set(true);
            out.write("trang 2".getBytes(StandardCharsets.UTF_8));
        })).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("bản cũ");
        assertThat(dir.resolve("bao-cao.pdf.part")).doesNotExist();
    }

    @Test
    void aWriteCancelledAfterItsLastByteIsNotMovedIntoPlace() throws Exception {
        Path file = dir.resolve("ket-qua.xlsx");
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        assertThatThrownBy(() -> PartFiles.write(file, progress, out -> {
            out.write(1);
            cancelled.set(true);
        })).isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
        PartFiles.write(file, TaskProgress.NONE, out -> out.write(2));
        assertThat(Files.readAllBytes(file)).containsExactly(2);
    }
}
