package org.parcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** D38: picocli's model built in code puts every parsed value where the command wants it, and nothing else. */
class CommandModelTest {

    /** A command with one of each kind of argument, its values where picocli's setters put them. */
    private static final class Sample {
        long id;
        Path out;
        int copies = 2;
        boolean yes;
        List<Long> visits = new ArrayList<>();
        String plan;

        CommandSpec model() {
            return CommandModel.of(this).unsorted()
                    .parameter("<id>", "param.id", long.class, v -> id = v)
                    .option("--out", "<file>", "option.out", Path.class, v -> out = v)
                    .option("--copies", "N", "option.copies", int.class, v -> copies = v)
                    .flag("--yes", "option.yes", v -> yes = v)
                    .repeatable("--visit", "<id>", "option.visit", Long.class, v -> visits = v)
                    .required("--plan", "<plan>", "option.plan", String.class, v -> plan = v)
                    .build();
        }
    }

    @Test
    void everyValueReachesItsSetterWithItsType() {
        Sample sample = new Sample();
        new CommandLine(sample.model()).parseArgs("7", "--out", "a.pdf", "--copies", "3", "--yes", "--visit", "4",
                "--visit", "9", "--plan", "KH-1");
        assertEquals(7L, sample.id);
        assertEquals(Path.of("a.pdf"), sample.out);
        assertEquals(3, sample.copies);
        assertTrue(sample.yes);
        assertEquals(List.of(4L, 9L), sample.visits);
        assertEquals("KH-1", sample.plan);
    }

    @Test
    void anOptionNotGivenLeavesTheCommandsOwnValue() {
        Sample sample = new Sample();
        List<Long> none = sample.visits;
        new CommandLine(sample.model()).parseArgs("7", "--plan", "KH-1");
        assertEquals(2, sample.copies, "not reset to null or 0");
        assertNull(sample.out);
        assertFalse(sample.yes);
        assertThat(sample.visits).isSameAs(none).isEmpty();
    }

    @Test
    void aParameterAndARequiredOptionMustBeGiven() {
        MissingParameterException noId = assertThrows(MissingParameterException.class,
                () -> new CommandLine(new Sample().model()).parseArgs("--plan", "KH-1"));
        assertEquals("<id>", noId.getMissing().get(0).paramLabel());
        MissingParameterException noPlan = assertThrows(MissingParameterException.class,
                () -> new CommandLine(new Sample().model()).parseArgs("7"));
        assertThat(noPlan.getMissing().get(0)).isInstanceOf(OptionSpec.class);
        assertEquals("--plan", ((OptionSpec) noPlan.getMissing().get(0)).longestName());
    }

    @Test
    void theHelpAndVersionOptionsComeAfterTheCommandsOwn() {
        List<String> names = new Sample().model().options().stream().map(OptionSpec::longestName).toList();
        assertEquals(List.of("--out", "--copies", "--yes", "--visit", "--plan", "--help", "--version"), names);
        CommandLine help = new CommandLine(new Sample().model());
        help.parseArgs("--help");
        assertTrue(help.isUsageHelpRequested());
        CommandLine version = new CommandLine(new Sample().model());
        version.parseArgs("-V");
        assertTrue(version.isVersionHelpRequested());
    }

    @Test
    void anInheritedOptionGivenAfterASubCommandReachesTheTopCommand() {
        Path[] folder = new Path[1];
        CommandSpec top = CommandModel.of(null)
                .inherited("--data-dir", "<dir>", "option.dataDir", Path.class, 100, v -> folder[0] = v)
                .build();
        Sample sample = new Sample();
        CommandLine cli = new CommandLine(top);
        cli.addSubcommand("sample", sample.model());
        cli.parseArgs("sample", "7", "--plan", "KH-1", "--data-dir", "d");
        assertEquals(Path.of("d"), folder[0]);
        assertEquals(7L, sample.id);
        assertThat(cli.getSubcommands().get("sample").getCommandSpec().findOption("--data-dir")).isNotNull();
    }
}
