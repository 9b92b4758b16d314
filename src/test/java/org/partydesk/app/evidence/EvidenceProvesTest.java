package org.partydesk.app.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EvidenceService#proves}: which records each file proves, named, for the evidence list's column. */
class EvidenceProvesTest {
    @TempDir
    Path dir;

    @Test
    void eachFileNamesTheRecordsItProves() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("e.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            int meeting = new Meetings(ws).record(new Meeting(null, ids.units().get(RosterFixture.BRANCH_1),
                    LocalDateTime.of(2025, 3, 5, 9, 0), "会议室", null, null, null, "主题党日：参观红色教育基地",
                    Set.of(MeetingType.THEMED_PARTY_DAY), List.of(), Set.of(), null, null, false, List.of(), List.of())).id();
            EvidenceService service = new EvidenceService(ws);
            // two files of the same name: the column tells them apart
            Path first = Files.writeString(dir.resolve("签到表.pdf"), "first");
            Path second = Files.writeString(Files.createDirectory(dir.resolve("另一次")).resolve("签到表.pdf"), "second");
            int proofOfMeeting = service.addFiles(List.of(first), EvidenceRecordType.MEETING, meeting, Progress.NONE).get(0);
            int proofOfMember = service.addFiles(List.of(second), EvidenceRecordType.MEMBER, ids.members().get("张伟"),
                    Progress.NONE).get(0);
            service.link(proofOfMember, EvidenceRecordType.ORG_UNIT, ids.units().get(RosterFixture.BRANCH_1));
            int loose = service.addFiles(List.of(Files.writeString(dir.resolve("通知.txt"), "n")), null, null,
                    Progress.NONE).get(0);

            var proves = service.proves(List.of(proofOfMeeting, proofOfMember, loose));

            assertThat(proves.get(proofOfMeeting)).containsExactly(
                    new ProvenRecord(EvidenceRecordType.MEETING, meeting, "2025-03-05 主题党日：参观红色教育基地"));
            assertThat(proves.get(proofOfMember)).extracting(ProvenRecord::type, ProvenRecord::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(EvidenceRecordType.MEMBER, "张伟"),
                    org.assertj.core.groups.Tuple.tuple(EvidenceRecordType.ORG_UNIT, RosterFixture.BRANCH_1));
            assertThat(proves).doesNotContainKey(loose);
        }
    }
}
