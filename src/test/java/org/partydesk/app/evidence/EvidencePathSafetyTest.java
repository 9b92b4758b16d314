package org.partydesk.app.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.VerifyDatabase;
import org.partydesk.app.Workspace;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.store.EvidenceStore;
import org.partydesk.store.RosterFixture;
import org.partydesk.store.jooq.tables.records.MeetingRecord;
import org.partydesk.store.jooq.tables.records.MeetingTypeRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;

/** A hash read from the database becomes a path only when it is 64 hex digits: a crafted row reaches no outside file. */
class EvidencePathSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aCraftedHashNeitherLeaksAFileIntoThePackageNorPassesVerify() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "outside the evidence folder");
        try (Workspace ws = Workspace.open(dir.resolve("data").resolve("bureau.db"), "测试")) {
            var ids = RosterFixture.fill(ws.database());
            int meeting = ws.database().write("测试", tx -> {
                MeetingRecord m = tx.dsl().newRecord(MEETING);
                m.setOrgUnitId(ids.units().get(RosterFixture.BRANCH_1));
                m.setHeldAt(LocalDateTime.of(2025, 3, 8, 9, 0));
                m.setTheme("主题党日");
                int id = tx.insert(m);
                MeetingTypeRecord t = tx.dsl().newRecord(MEETING_TYPE);
                t.setMeetingId(id);
                t.setType("THEMED_PARTY_DAY");
                tx.insert(t);
                return id;
            });
            Path photo = Files.writeString(dir.resolve("合影.txt"), "photo");
            new EvidenceService(ws).add(List.of(new EvidenceService.NewFile(photo, EvidenceStore.Details.none())),
                    EvidenceRecordType.MEETING, meeting, Progress.NONE);
            // someone edits the database by hand: the hash now points two folders up
            ws.database().write("测试", tx -> tx.dsl().update(EVIDENCE).set(EVIDENCE.SHA256, "../../secret").execute());

            Path zip = dir.resolve("迎检材料.zip");
            assertThatThrownBy(() -> new InspectionPackage(ws).build(2025, null, zip, Progress.NONE))
                    .hasMessageContaining("不是有效的 SHA-256");
            if (Files.exists(zip)) {
                try (ZipFile z = new ZipFile(zip.toFile())) {
                    assertThat(z.stream().map(e -> e.getName())).noneMatch(n -> n.contains("secret"));
                }
            }
            VerifyDatabase.Result verify = VerifyDatabase.run(ws);
            assertThat(verify.ok()).isFalse();
            assertThat(String.join("\n", verify.problems())).contains("不是有效的 SHA-256");
        }
    }
}
