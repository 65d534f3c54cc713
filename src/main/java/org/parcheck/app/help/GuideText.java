package org.parcheck.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide (docs/guide/vi/README.md, copied into the jar at build time) read into blocks the window shows:
 * headings, paragraphs, list items, tables as lines, and pictures. Only the Markdown the guide uses is read; inline
 * marks are dropped ({@code **bold**}, {@code `code`}) and a link keeps its text. No JavaFX: tested without a display.
 */
public final class GuideText {

    /** Where the guide and its {@code images/} live on the class path. */
    public static final String FOLDER = "/org/parcheck/app/help/vi/";

    /** One block of the guide. */
    public sealed interface Block permits Heading, Paragraph, Item, Picture {
    }

    /** A heading of {@code level} 1–4. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A list item ("- " or "1. "), {@code marker} being "•" or the number with its dot. */
    public record Item(String marker, String text) implements Block {
    }

    /** A picture: its caption and its class-path resource. */
    public record Picture(String caption, String resource) implements Block {
    }

    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(([^)]+)\\)\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+\\.)\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

    private GuideText() {
    }

    /** The guide shipped with ParCheck. */
    public static List<Block> load() {
        try (InputStream in = GuideText.class.getResourceAsStream(FOLDER + "README.md")) {
            if (in == null) {
                throw new IllegalStateException("The user guide is not in this build: " + FOLDER + "README.md");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code markdown} into blocks; pictures are resolved against {@link #FOLDER}. */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean fence = false;
        for (String raw : markdown.split("\\R", -1)) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                fence = !fence;
                flush(paragraph, blocks);
                continue;
            }
            if (fence) {
                blocks.add(new Paragraph(raw));
                continue;
            }
            if (line.isEmpty() || line.startsWith("<!--")) {
                flush(paragraph, blocks);
                continue;
            }
            Matcher image = IMAGE.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (line.startsWith("#")) {
                flush(paragraph, blocks);
                int level = (int) line.chars().takeWhile(c -> c == '#').count();
                blocks.add(new Heading(Math.min(level, 4), inline(line.substring(level).strip())));
            } else if (image.matches()) {
                flush(paragraph, blocks);
                blocks.add(new Picture(inline(image.group(1)), FOLDER + image.group(2).replaceFirst("^\\./", "")));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                flush(paragraph, blocks);
                blocks.add(new Item("•", inline(line.substring(2).strip())));
            } else if (numbered.matches()) {
                flush(paragraph, blocks);
                blocks.add(new Item(numbered.group(1), inline(numbered.group(2))));
            } else if (line.startsWith("|")) {
                flush(paragraph, blocks);
                if (!line.matches("^\\|[\\s|:-]+\\|?$")) { // not the |---|---| rule under a table's header
                    blocks.add(new Paragraph(inline(String.join("  ·  ", cells(line)))));
                }
            } else if (line.startsWith(">")) {
                flush(paragraph, blocks);
                blocks.add(new Paragraph(inline(line.substring(1).strip())));
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(inline(line));
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.replaceAll("^\\||\\|$", "").split("\\|")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    /** Drops inline marks: links keep their text, {@code **}, {@code __} and back-ticks go. */
    static String inline(String text) {
        return LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)))
                .replace("**", "").replace("__", "").replace("`", "");
    }
}
