package org.parcheck.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The Word report's chart picture: a long area title takes a second line (a taller row) instead of "…". */
class BarChartImageTest {

    private static final float WIDTH = 450;

    private static BarChartImage chart(String label) {
        return new BarChartImage(WIDTH, List.of(new BarChartImage.Bar(label, new BigDecimal("81.25"), "81,25%"),
                new BarChartImage.Bar("3. Cải cách thủ tục hành chính", null, "chưa có kết quả")));
    }

    @Test
    void aLongLabelMakesItsRowTallerAndThePictureFollows() throws IOException {
        BarChartImage shortLabels = chart("1. Công tác chỉ đạo");
        BarChartImage longLabel = chart("1. Công tác chỉ đạo, điều hành cải cách hành chính của Ủy ban nhân dân");
        float oneLine = BarChartImage.BAR_HEIGHT;
        assertThat(longLabel.height() - shortLabels.height()).isGreaterThan(BarChartImage.FONT_SIZE * 2 - oneLine);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(longLabel.png()));
        assertThat(picture.getHeight()).isEqualTo(Math.round(longLabel.height() * BarChartImage.DPI / 72f));
    }
}
