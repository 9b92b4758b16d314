package org.partydesk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's word in the name of POI's temporary folder: letters and digits of any script, '.', '_' and '-' kept,
 * everything else '_', as the regular expression it replaced made it.
 */
class TemporaryFolderNameTest {
    private static final List<String> NAMES = List.of("clerk", "王小明", "DOMAIN\\zhang san", "li.si_02-x", "Ⅻ²３",
            "user@host", "a/b:c*d?", "😀x", "𠀀字", "tab\there", "", "é");

    @Test
    void keepsLettersDigitsAndDotsAndReplacesEverythingElseAsTheExpressionDid() {
        for (String name : NAMES) {
            assertThat(Main.folderWord(name)).as(name).isEqualTo(name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        }
        assertThat(Main.folderWord("DOMAIN\\zhang san")).isEqualTo("DOMAIN_zhang_san");
        assertThat(Main.folderWord("王小明")).isEqualTo("王小明");
        assertThat(Main.folderWord("😀x")).isEqualTo("_x"); // one character outside the BMP: one '_'
    }
}
