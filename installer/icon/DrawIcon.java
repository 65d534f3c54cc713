import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the ParCheck application icon (a clipboard with a check mark, in the app's blue #1f5fa8) as PNGs of
 * 16, 24, 32, 48, 64, 128, 256 and 512 pixels. Run from the repository root with the JDK's source launcher:
 *
 * <pre>java -Djava.awt.headless=true installer/icon/DrawIcon.java installer/icon/png</pre>
 *
 * then {@code installer/icon/make-icons.sh} packs the .ico and .icns. Everything is vector-drawn at the target
 * size (no down-scaling), so the small sizes stay sharp.
 */
public final class DrawIcon {

    private static final Color BLUE = new Color(0x1f, 0x5f, 0xa8);
    private static final Color BLUE_DARK = new Color(0x16, 0x47, 0x80);
    private static final Color PAPER = new Color(0xfa, 0xfb, 0xfd);
    private static final Color LINE = new Color(0xb9, 0xc7, 0xd9);
    private static final Color CLIP = new Color(0xc9, 0xd3, 0xe0);
    private static final Color CHECK = new Color(0x2e, 0x9d, 0x4f);
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "installer/icon/png");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        for (int size : SIZES) {
            File file = new File(dir, "parcheck-" + size + ".png");
            ImageIO.write(draw(size), "png", file);
            System.out.println(file);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 512.0;
        boolean tiny = size <= 24;

        // rounded blue tile
        double inset = tiny ? 0 : 16 * s;
        g.setPaint(new GradientPaint(0, 0, BLUE, 0, size, BLUE_DARK));
        g.fill(new RoundRectangle2D.Double(inset, inset, size - 2 * inset, size - 2 * inset, 112 * s, 112 * s));

        // clipboard sheet
        double px = 118 * s;
        double py = 104 * s;
        double pw = 276 * s;
        double ph = 340 * s;
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(px, py, pw, ph, 36 * s, 36 * s));

        // clip at the top
        g.setColor(CLIP);
        g.fill(new RoundRectangle2D.Double(188 * s, 70 * s, 136 * s, 74 * s, 30 * s, 30 * s));
        g.setColor(BLUE_DARK);
        g.fill(new RoundRectangle2D.Double(226 * s, 84 * s, 60 * s, 22 * s, 20 * s, 20 * s));

        // text lines (left out at the smallest sizes, where they would only blur)
        if (size >= 48) {
            g.setColor(LINE);
            g.setStroke(new BasicStroke((float) (18 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 3; i++) {
                double y = (196 + i * 52) * s;
                g.draw(new java.awt.geom.Line2D.Double(160 * s, y, (i == 2 ? 270 : 352) * s, y));
            }
        }

        // check mark
        Path2D.Double check = new Path2D.Double();
        check.moveTo(176 * s, 352 * s);
        check.lineTo(234 * s, 404 * s);
        check.lineTo(346 * s, 276 * s);
        g.setColor(CHECK);
        float width = (float) Math.max(tiny ? 2.2 : 1.5, 46 * s);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        g.dispose();
        return image;
    }
}
