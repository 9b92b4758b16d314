package org.partydesk.office.ledgers;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The encoding of a text ledger found from its bytes, and a long file read to its end. */
class CsvSheetSourceTest {
    @TempDir
    Path dir;

    @Test
    void utf8CutInsideACharacterAtTheEndOfTheHeadIsStillUtf8AndGbkIsGb18030() {
        byte[] text = "党员花名册，所在党支部".repeat(CsvSheetSource.HEAD_BYTES / 30 + 1).getBytes(StandardCharsets.UTF_8);
        byte[] head = java.util.Arrays.copyOf(text, CsvSheetSource.HEAD_BYTES); // 3-byte characters: the last one cut
        assertThat(CsvSheetSource.encoding(head).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvSheetSource.encoding("姓名,所在党支部\n张三,机关第一党支部\n".getBytes(Charset.forName("GBK"))).charset())
                .isEqualTo(Charset.forName("GB18030"));
        // a whole small file cut inside a character is no UTF-8
        byte[] cut = java.util.Arrays.copyOf("张三".getBytes(StandardCharsets.UTF_8), 5);
        assertThat(CsvSheetSource.encoding(cut).charset()).isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void aFileLongerThanTheHeadIsReadToItsLastRow() throws Exception {
        StringBuilder sb = new StringBuilder("姓名,所在党支部,备注\n");
        int rows = 0;
        while (sb.length() * 2 < CsvSheetSource.HEAD_BYTES + (1 << 20)) {
            rows++;
            sb.append("党员").append(rows).append(",机关第一党支部,\"备注，第").append(rows).append("行\"\n");
        }
        Path file = Files.write(dir.resolve("长名册.csv"), sb.toString().getBytes(Charset.forName("GBK")));
        List<String> last = new ArrayList<>();
        int count = 0;
        try (WorkbookSource book = WorkbookSource.open(file); SheetSource sheet = book.sheet(null)) {
            assertThat(sheet.sheetName()).isEqualTo("长名册");
            for (var it = sheet.rows(); it.hasNext(); ) {
                SheetSource.RawRow r = it.next();
                count = r.number();
                last = r.cells().stream().map(c -> c.text()).toList();
            }
        }
        assertThat(count).isEqualTo(rows + 1);
        assertThat(last).containsExactly("党员" + rows, "机关第一党支部", "备注，第" + rows + "行");
    }
}
