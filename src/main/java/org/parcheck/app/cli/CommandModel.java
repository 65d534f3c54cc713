package org.parcheck.app.cli;

import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * picocli's model of one command, built in code (D38) rather than read from annotations: reading them costs a cold
 * process about 70 ms before a command starts (Java makes a proxy class for every annotation type, and picocli
 * reflects over every field), which was a tenth of a cold {@code parcheck report visit}.
 *
 * <p>A command describes its parameters and options here in the order its help lists them: the labels and
 * description keys are those of {@code cli_vi.properties} / {@code cli_en.properties}, and each value goes to the
 * command through a setter. {@link #build()} adds {@code -h, --help} and {@code -V, --version} after them, as
 * picocli's {@code mixinStandardHelpOptions} did.
 */
final class CommandModel {

    private final CommandSpec spec;

    private CommandModel(Object command) {
        spec = CommandSpec.wrapWithoutInspection(command);
    }

    /** The model of {@code command}: a {@link java.util.concurrent.Callable}, or null for a group of sub-commands. */
    static CommandModel of(Object command) {
        return new CommandModel(command);
    }

    /** The help lists the options in the order given (else alphabetically, picocli's default). */
    CommandModel unsorted() {
        spec.usageMessage().sortOptions(false);
        return this;
    }

    /** The next positional parameter, required. */
    <T> CommandModel parameter(String label, String descriptionKey, Class<T> type, Consumer<T> into) {
        Into<T> binding = new Into<>(into);
        spec.addPositional(PositionalParamSpec.builder()
                .index(String.valueOf(spec.positionalParameters().size()))
                .arity("1")
                .required(true)
                .paramLabel(label)
                .descriptionKey(descriptionKey)
                .type(type)
                .hasInitialValue(false)
                .getter(binding)
                .setter(binding)
                .build());
        return this;
    }

    /** An option that takes a value. */
    <T> CommandModel option(String name, String label, String descriptionKey, Class<T> type, Consumer<T> into) {
        return add(valued(name, label, descriptionKey, type, into));
    }

    /** An option that takes a value and must be given. */
    <T> CommandModel required(String name, String label, String descriptionKey, Class<T> type, Consumer<T> into) {
        return add(valued(name, label, descriptionKey, type, into).required(true));
    }

    /** An option that may be given more than once; {@code into} gets every value given, in order. */
    <T> CommandModel repeatable(String name, String label, String descriptionKey, Class<T> type,
            Consumer<List<T>> into) {
        Into<List<T>> binding = new Into<>(into);
        return add(OptionSpec.builder(name).paramLabel(label).descriptionKey(descriptionKey).type(List.class)
                .auxiliaryTypes(type).hasInitialValue(false).getter(binding).setter(binding));
    }

    /** An option without a value: {@code into} gets true when it is given. */
    CommandModel flag(String name, String descriptionKey, Consumer<Boolean> into) {
        Into<Boolean> binding = new Into<>(into);
        return add(OptionSpec.builder(name).descriptionKey(descriptionKey).type(boolean.class).hasInitialValue(false)
                .getter(binding).setter(binding));
    }

    /**
     * An option that every sub-command accepts too, listed at {@code order} (see {@link #ordered}) in the help of
     * each of them.
     */
    <T> CommandModel inherited(String name, String label, String descriptionKey, Class<T> type, int order,
            Consumer<T> into) {
        return add(valued(name, label, descriptionKey, type, into).scopeType(ScopeType.INHERIT).order(order));
    }

    /**
     * An option listed at {@code order} in the help of a command with {@link #unsorted} options: after the options
     * without an order (including the help options), lower orders first.
     */
    <T> CommandModel ordered(String name, String label, String descriptionKey, Class<T> type, int order,
            Consumer<T> into) {
        return add(valued(name, label, descriptionKey, type, into).order(order));
    }

    /** The model, with the help and version options. */
    CommandSpec build() {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
                .build());
        return spec;
    }

    private static <T> OptionSpec.Builder valued(String name, String label, String descriptionKey, Class<T> type,
            Consumer<T> into) {
        Into<T> binding = new Into<>(into);
        return OptionSpec.builder(name).paramLabel(label).descriptionKey(descriptionKey).type(type)
                .hasInitialValue(false).getter(binding).setter(binding);
    }

    private CommandModel add(OptionSpec.Builder option) {
        spec.addOption(option.build());
        return this;
    }

    /**
     * Where a parsed value goes: the command's setter. It also keeps the value, which picocli reads back while it
     * fills a repeated option's list.
     */
    private static final class Into<T> implements IGetter, ISetter {
        private final Consumer<T> setter;
        private T value;

        Into(Consumer<T> setter) {
            this.setter = setter;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V newValue) {
            V previous = (V) value;
            value = (T) newValue;
            setter.accept(value);
            return previous;
        }
    }
}
