package org.parcheck.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The command line's output on a console that cannot show Vietnamese (#18 §1, docs/cli.md "Vietnamese on a
 * console"). Java prints to a console in the console's own character set: the code page of a Windows console (437,
 * 850, 1252; 1258 lacks most precomposed Vietnamese letters), ASCII under a POSIX {@code C} locale. There every
 * letter with a tone mark came out as {@code ?}: "Tham s? kh?ng h?p l?". On such a console the command line prints
 * Vietnamese without its marks instead ("Tham so khong hop le"), the way Vietnamese is written where marks cannot be
 * shown, and a few symbols as ASCII (→ as {@code ->}, « » as {@code "}). A console that can show Vietnamese (UTF-8:
 * Linux and macOS terminals, a Windows console after {@code chcp 65001}) and output sent to a file or a pipe in
 * UTF-8 are printed as they are.
 */
public final class ConsoleOutput {

    /** Every Vietnamese letter with a mark, lower and upper case: a console must show them all to get them. */
    static final String VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

    /** Symbols ParCheck's texts use, as ASCII. */
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(Map.entry('→', "->"), Map.entry('←', "<-"),
            Map.entry('«', "\""), Map.entry('»', "\""), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('—', "-"), Map.entry('–', "-"),
            Map.entry('…', "..."), Map.entry('×', "x"), Map.entry('·', "-"), Map.entry('•', "*"),
            Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('\u00A0', " "), Map.entry('\u202F', " "));

    private ConsoleOutput() {
    }

    /**
     * {@code stream} itself when {@code console} (the character set Java prints it in) can show Vietnamese, else a
     * stream that prints into it what {@link #fold} gives.
     */
    public static PrintStream forConsole(PrintStream stream, Charset console) {
        if (console == null || showsVietnamese(console)) {
            return stream;
        }
        return new Folded(new Folding(stream, console));
    }

    /**
     * A writer printing into {@code stream} (picocli's help and errors): through the folding of {@link #forConsole}
     * when {@code stream} is one of its streams, in the character set that stream reads (on Java 17 a
     * {@code PrintWriter} over a stream writes in the JVM's default set instead).
     */
    public static PrintWriter writer(PrintStream stream) {
        if (stream instanceof Folded) {
            return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
        }
        return new PrintWriter(stream, true);
    }

    /**
     * The character set Java prints the standard output in ({@code stdout.encoding}, Java 19 and later; on Java 17
     * {@code sun.stdout.encoding}, set for a Windows console), or for {@code err} the standard error's; null when
     * the JVM names none (output to a file or a pipe on Java 17: left as it is).
     */
    public static Charset of(boolean err) {
        String name = System.getProperty(err ? "stderr.encoding" : "stdout.encoding");
        if (name == null) {
            name = System.getProperty(err ? "sun.stderr.encoding" : "sun.stdout.encoding");
        }
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) { // an unknown or unsupported name
            return null;
        }
    }

    static boolean showsVietnamese(Charset charset) {
        return charset.canEncode() && charset.newEncoder().canEncode(VIETNAMESE);
    }

    /**
     * {@code text} as {@code console} can show it: each character it can encode as it is, but Vietnamese always
     * without its marks (a text half with marks and half without is harder to read than one without), đ as d; the
     * symbols above as ASCII; anything else as {@code ?}, as Java would print it.
     */
    static String fold(CharSequence text, CharsetEncoder console) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c == 'đ' || c == 'Đ') {
                out.append(c == 'đ' ? 'd' : 'D');
            } else if (VIETNAMESE.indexOf(c) >= 0 || !console.canEncode(c)) {
                out.append(withoutMarks(c, console));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutMarks(char c, CharsetEncoder console) {
        String symbol = SYMBOLS.get(c);
        if (symbol != null) {
            return symbol;
        }
        if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
            return Character.isHighSurrogate(c) ? "?" : "";
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return ""; // a mark of decomposed text: the letter before it is printed without it
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        String base = Marks.PATTERN.matcher(decomposed).replaceAll("");
        return !base.isEmpty() && console.canEncode(base) ? base : "?";
    }

    /** The combining marks a letter decomposes into (NFD): what folding drops; compiled only when folding. */
    private static final class Marks {
        static final Pattern PATTERN = Pattern.compile("\\p{M}");
    }

    /** A stream of {@link #forConsole}: UTF-8 into {@link Folding}. */
    private static final class Folded extends PrintStream {
        Folded(Folding folding) {
            super(folding, true, StandardCharsets.UTF_8);
        }
    }

    /**
     * Takes the UTF-8 bytes the {@link PrintStream} (and a {@code PrintWriter} over it) writes, folds their text and
     * writes it, in the console's character set, to the stream Java made for the console. A character split between
     * two writes waits for its last byte.
     */
    private static final class Folding extends OutputStream {
        private final PrintStream console;
        private final Charset charset;
        private final CharsetEncoder encoder;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Folding(PrintStream console, Charset charset) {
            this.console = console;
            this.charset = charset;
            this.encoder = charset.newEncoder();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
            in.put(pending).put(bytes, offset, length).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining());
            decoder.decode(in, chars, false);
            pending = in.slice();
            chars.flip();
            if (chars.hasRemaining()) {
                byte[] folded = fold(chars, encoder).getBytes(charset);
                console.write(folded, 0, folded.length);
            }
        }

        @Override
        public void flush() {
            console.flush();
        }
    }
}
