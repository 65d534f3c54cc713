package org.parcheck.common.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNamesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Công văn 12.pdf           | Công văn 12.pdf
            'a<b>c:d"e/f\\g|h?i*j.pdf' | a_b_c_d_e_f_g_h_i_j.pdf
            'báo cáo. . .'            | báo cáo
            'biên bản.pdf   '         | biên bản.pdf
            '   khoảng trắng.txt'     | khoảng trắng.txt
            CON                       | _CON
            con.txt                   | _con.txt
            'Aux.tar.gz'              | _Aux.tar.gz
            NUL.                      | _NUL
            COM1.pdf                  | _COM1.pdf
            lpt9                      | _lpt9
            COM10.pdf                 | COM10.pdf
            CONSOLE.pdf               | CONSOLE.pdf
            'con .pdf'                | _con .pdf
            ''                        | file
            '...'                     | file
            '..'                      | file
            '.'                       | file
            """)
    void namesAreMadeSafe(String name, String expected) {
        assertEquals(expected, SafeFileNames.safe(name == null ? "" : name));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("tờtrình.pdf", SafeFileNames.safe("tờ\u0000trì\u0007nh\n.pdf\r"));
        assertEquals("ab.pdf", SafeFileNames.safe("a\u200eb\u2028.pdf"));
        assertEquals("file", SafeFileNames.safe(null));
    }

    @Test
    void vietnameseLettersStayAndAreComposed() {
        String decomposed = Normalizer.normalize("Quyết định số 5.docx", Normalizer.Form.NFD);
        String safe = SafeFileNames.safe(decomposed);
        assertEquals("Quyết định số 5.docx", safe);
        assertTrue(Normalizer.isNormalized(safe, Normalizer.Form.NFC));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String ascii = SafeFileNames.safe("a".repeat(300) + ".pdf");
        assertEquals(SafeFileNames.MAX_CHARS, ascii.length());
        assertTrue(ascii.endsWith("a.pdf"));
        // Vietnamese letters are 2-3 bytes in UTF-8: the byte limit is what cuts here
        String vietnamese = SafeFileNames.safe("Biên bản kiểm tra công tác cải cách hành chính ".repeat(10) + ".xlsx");
        assertTrue(vietnamese.getBytes(StandardCharsets.UTF_8).length <= SafeFileNames.MAX_BYTES, vietnamese);
        assertTrue(vietnamese.endsWith(".xlsx"), vietnamese);
        assertTrue(vietnamese.startsWith("Biên bản kiểm tra"), vietnamese);
        // a very long "extension" is not kept whole
        String oddExtension = SafeFileNames.safe("x." + "y".repeat(300));
        assertTrue(oddExtension.length() <= SafeFileNames.MAX_CHARS);
        // the cut never leaves a trailing dot or space before the extension
        String cut = SafeFileNames.safe("a".repeat(SafeFileNames.MAX_CHARS - 6) + "    b.pdf");
        assertTrue(!cut.contains(" .pdf") && cut.endsWith(".pdf"), cut);
    }

    @Test
    void theResultIsStable() {
        for (String name : new String[] {"CON", "a<b>.pdf", "x. ", "Tờ trình.pdf", "a".repeat(500)}) {
            String once = SafeFileNames.safe(name);
            assertEquals(once, SafeFileNames.safe(once), name);
        }
    }
}
