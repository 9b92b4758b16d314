package org.partydesk.logic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {
    @Test
    void namesFromOutsideCannotLeaveTheirFolder() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("_._etc_passwd");
        assertThat(FileNames.sanitize("..\\..\\Windows\\win.ini")).isEqualTo("_._Windows_win.ini");
        assertThat(FileNames.sanitize("/absolute")).isEqualTo("_absolute");
        assertThat(FileNames.sanitize("C:\\x")).isEqualTo("C__x");
        assertThat(FileNames.sanitize("..")).isEqualTo("未命名");
        assertThat(FileNames.sanitize("   ")).isEqualTo("未命名");
        assertThat(FileNames.sanitize(null)).isEqualTo("未命名");
    }

    @Test
    void forbiddenAndControlCharactersAndReservedNamesAreReplaced() {
        assertThat(FileNames.sanitize("会议记录: 第1次 <草稿>?.docx")).isEqualTo("会议记录_ 第1次 _草稿__.docx");
        assertThat(FileNames.sanitize("a\u0000b\nc")).isEqualTo("a_b_c");
        assertThat(FileNames.sanitize("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitize("名称。".repeat(40))).hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void repeatsInOneFolderGetANumber() {
        FileNames.Unique u = new FileNames.Unique();
        assertThat(u.next("照片.jpg")).isEqualTo("照片.jpg");
        assertThat(u.next("照片.jpg")).isEqualTo("照片(2).jpg");
        assertThat(u.next("照片.JPG")).isEqualTo("照片(3).JPG");
        assertThat(u.next("记录")).isEqualTo("记录");
        assertThat(u.next("记录")).isEqualTo("记录(2)");
    }
}
