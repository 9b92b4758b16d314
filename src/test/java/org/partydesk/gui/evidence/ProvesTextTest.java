package org.partydesk.gui.evidence;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.partydesk.app.evidence.ProvenRecord;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.EvidenceRecordType;

import static org.assertj.core.api.Assertions.assertThat;

/** The 佐证对象 column of the evidence list, without a window. */
class ProvesTextTest {
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);

    @Test
    void theColumnNamesTheKindAndTheRecordOfEachLink() {
        assertThat(EvidenceSection.provesText(i18n, List.of(
                new ProvenRecord(EvidenceRecordType.MEETING, 4, "2025-03-05 主题党日：参观红色教育基地"),
                new ProvenRecord(EvidenceRecordType.COMMENDATION, 9, "2025-06-30 优秀共产党员"))))
                .isEqualTo("三会一课：2025-03-05 主题党日：参观红色教育基地；评先创优：2025-06-30 优秀共产党员");
    }

    @Test
    void aFileLinkedToNothingSaysSo() {
        assertThat(EvidenceSection.provesText(i18n, List.of())).isEqualTo("（尚未关联）");
    }
}
