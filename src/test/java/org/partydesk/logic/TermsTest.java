package org.partydesk.logic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Cadence;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.Gender;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.Rating;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {
    @Test
    void everyGlossaryEnumHasADistinctLabel() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(MeetingType.class, CommendationLevel.class,
                EvidenceRecordType.class, AttendanceStatus.class, Rating.class, MemberStatus.class, MemberCategory.class,
                Gender.class, OrgKind.class, Cadence.class, ItemStatus.class, PeriodKind.class)) {
            List<String> labels = java.util.Arrays.stream(type.getEnumConstants()).map(Terms::label).toList();
            assertThat(labels).as(type.getSimpleName()).doesNotContain("").doesNotHaveDuplicates();
        }
    }

    @Test
    void labelsAreTheGlossarysAndReadBack() {
        assertThat(Terms.label(MeetingType.THEMED_PARTY_DAY)).isEqualTo("主题党日");
        assertThat(Terms.label(CommendationLevel.MUNICIPAL)).isEqualTo("市级");
        assertThat(Terms.fromLabel(MeetingType.class, "党课")).contains(MeetingType.PARTY_LESSON);
        assertThat(Terms.fromLabel(MeetingType.class, "茶话会")).isEmpty();
    }
}
