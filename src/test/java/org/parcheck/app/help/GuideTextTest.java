package org.parcheck.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide read into blocks, and the guide shipped in the jar: every picture it shows is there. */
class GuideTextTest {

    @Test
    void readsTheMarkdownTheGuideUses() {
        List<GuideText.Block> blocks = GuideText.parse("""
                # Hướng dẫn

                Một đoạn **đậm** với `mã` và [liên kết](../x.md)
                nối dòng.

                - mục một
                2. mục hai

                | Phím | Việc |
                |---|---|
                | F1 | Hướng dẫn |

                ![Phiếu kiểm tra](images/04.png)
                ## Hai
                """);
        assertThat(blocks).containsExactly(
                new GuideText.Heading(1, "Hướng dẫn"),
                new GuideText.Paragraph("Một đoạn đậm với mã và liên kết nối dòng."),
                new GuideText.Item("•", "mục một"),
                new GuideText.Item("2.", "mục hai"),
                new GuideText.Paragraph("Phím  ·  Việc"),
                new GuideText.Paragraph("F1  ·  Hướng dẫn"),
                new GuideText.Picture("Phiếu kiểm tra", GuideText.FOLDER + "images/04.png"),
                new GuideText.Heading(2, "Hai"));
    }

    @Test
    void theShippedGuideIsInTheBuildWithEveryPicture() {
        List<GuideText.Block> blocks = GuideText.load();
        assertThat(blocks.get(0)).isEqualTo(new GuideText.Heading(1, "Hướng dẫn sử dụng ParCheck"));
        List<GuideText.Picture> pictures = blocks.stream().filter(GuideText.Picture.class::isInstance)
                .map(GuideText.Picture.class::cast).toList();
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pictures).allSatisfy(picture -> assertThat(GuideText.class.getResource(picture.resource()))
                .as(picture.resource()).isNotNull());
    }
}
