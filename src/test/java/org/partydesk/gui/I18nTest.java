package org.partydesk.gui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;

import static org.assertj.core.api.Assertions.assertThat;

class I18nTest {
    @Test
    void chineseIsTheDefaultAndEnglishIsChosenBySetting() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US); // an English system must still get Chinese by default
            assertThat(I18n.forLanguage(null).label(MemberStatus.FULL)).isEqualTo("正式党员");
            assertThat(I18n.forLanguage("zh").label(OrgKind.CELL)).isEqualTo("党小组");
            assertThat(I18n.forLanguage("en").label(MemberStatus.PROBATIONARY)).isEqualTo("Probationary member");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndLabelEveryEnumConstant() throws IOException {
        assertThat(keys("messages_en.properties")).containsExactlyInAnyOrderElementsOf(keys("messages.properties"));
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        Stream.of(Gender.values(), MemberStatus.values(), MemberCategory.values(), OrgKind.values())
                .flatMap(Stream::of)
                .forEach(value -> assertThat(i18n.label(value)).isNotBlank());
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(I18nTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }
}
