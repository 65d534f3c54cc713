package org.parcheck.report.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.parcheck.common.util.Text;

/**
 * A horizontal bar chart on a 0–100 % scale drawn with Java2D as a PNG, with the geometry and greys of the PDF's
 * charts (long labels on two lines on the left, then shortened with "…", grid lines every 25 %, the value after
 * each bar, "chưa có kết quả" instead of a bar), in Liberation Serif from the classpath. Sizes are in points; the
 * image is drawn at 200 dpi in shades of grey (one byte a pixel instead of three: the charts are grey anyway, and
 * the PNG is made faster).
 */
final class BarChartImage {

    /** A bar: label, value in percent (null: no bar) and the text printed after it. */
    record Bar(String label, BigDecimal value, String text) {
    }

    static final float FONT_SIZE = 10;
    static final float BAR_HEIGHT = 11;
    static final float BAR_GAP = 5;
    static final float DPI = 200;
    private static final float SCALE = DPI / 72f;
    private static Font regular;
    private static Font italic;

    private final float width;
    private final List<Bar> bars;

    BarChartImage(float width, List<Bar> bars) {
        this.width = width;
        this.bars = List.copyOf(bars);
    }

    private static final float LINE_HEIGHT = FONT_SIZE * 1.1f;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** The height in points. */
    float height() {
        float height = scaleHeight() + 2;
        for (Bar bar : bars) {
            height += rowHeight(labelLines(bar.label())) + BAR_GAP;
        }
        return height;
    }

    private static float rowHeight(List<String> label) {
        return Math.max(BAR_HEIGHT, label.size() * LINE_HEIGHT);
    }

    /** The label on one line, or on two split at a space (the second shortened with "…" if still too long). */
    private List<String> labelLines(String label) {
        Font font = fonts()[0].deriveFont(FONT_SIZE);
        float max = width * 0.34f;
        String text = Text.nfc(label);
        if (measure(font, text) <= max) {
            return List.of(text);
        }
        int split = -1;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (measure(font, text.substring(0, i)) > max) {
                break;
            }
            split = i;
        }
        if (split < 0) {
            return List.of(fit(text, font, max));
        }
        return List.of(text.substring(0, split), fit(text.substring(split + 1), font, max));
    }

    private static float measure(Font font, String text) {
        return (float) font.getStringBounds(text, MEASURE).getWidth();
    }

    private static float scaleHeight() {
        return FONT_SIZE * 1.2f + 2;
    }

    byte[] png() {
        int w = Math.round(width * SCALE);
        int h = Math.round(height() * SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(SCALE, SCALE);
            draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(Graphics2D g) {
        Font font = fonts()[0].deriveFont(FONT_SIZE);
        Font note = fonts()[1].deriveFont(FONT_SIZE);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        float labelWidth = width * 0.34f;
        float plotX = labelWidth + 6;
        float plotWidth = width - labelWidth - 6 - 62;
        g.setColor(Color.BLACK);
        float baseline = FONT_SIZE * 0.9f;
        for (int step = 0; step <= 4; step++) {
            String text = (step * 25) + (step == 4 ? "%" : "");
            float x = plotX + plotWidth * step / 4 - (float) metrics.getStringBounds(step * 25 + "", g).getWidth() / 2;
            g.drawString(text, x, baseline);
        }
        float top = scaleHeight();
        g.setStroke(new BasicStroke(0.5f));
        for (Bar bar : bars) {
            List<String> label = labelLines(bar.label());
            float rowHeight = rowHeight(label);
            float middle = top + rowHeight / 2;
            float barTop = middle - BAR_HEIGHT / 2;
            float bottom = barTop + BAR_HEIGHT;
            float textBaseline = bottom - (BAR_HEIGHT - FONT_SIZE * 0.7f) / 2;
            g.setColor(Color.BLACK);
            g.setFont(font);
            float lineBaseline = middle - (label.size() - 1) * LINE_HEIGHT / 2 + FONT_SIZE * 0.35f;
            for (String line : label) {
                g.drawString(line, labelWidth - (float) metrics.getStringBounds(line, g).getWidth(), lineBaseline);
                lineBaseline += LINE_HEIGHT;
            }
            for (int step = 0; step <= 4; step++) {
                float x = plotX + plotWidth * step / 4;
                g.setColor(step == 0 ? Color.BLACK : new Color(0.8f, 0.8f, 0.8f));
                g.draw(new Line2D.Float(x, top - BAR_GAP / 2, x, top + rowHeight + BAR_GAP / 2));
            }
            g.setColor(Color.BLACK);
            if (bar.value() == null) {
                g.setFont(note);
                g.drawString(Text.nfc(bar.text()), plotX + 4, textBaseline);
            } else {
                float fraction = Math.max(0, Math.min(1, bar.value().floatValue() / 100f));
                float barWidth = plotWidth * fraction;
                g.setColor(new Color(0.45f, 0.45f, 0.45f));
                g.fill(new Rectangle2D.Float(plotX, barTop, barWidth, BAR_HEIGHT));
                g.setColor(Color.BLACK);
                g.drawString(Text.nfc(bar.text()), plotX + barWidth + 4, textBaseline);
            }
            top += rowHeight + BAR_GAP;
        }
    }

    /** The text, shortened with "…" to fit {@code max} points. */
    private static String fit(String text, Font font, float max) {
        if (measure(font, text) <= max) {
            return text;
        }
        int end = text.length();
        while (end > 1 && measure(font, text.substring(0, end) + "…") > max) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).strip() + "…";
    }

    private static synchronized Font[] fonts() {
        if (regular == null) {
            regular = load("liberation/LiberationSerif-Regular.ttf");
            italic = load("liberation/LiberationSerif-Italic.ttf");
        }
        return new Font[] {regular, italic};
    }

    private static Font load(String path) {
        try (InputStream in = BarChartImage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a font: " + path, e);
        }
    }
}
