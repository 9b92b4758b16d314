package org.partydesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;
import org.partydesk.testfiles.StoredRecords;

/**
 * A photo linked to a meeting is captioned in the annual summary by the clerk's own caption (佐证材料 图片说明, set with
 * {@link EvidenceService#describe}) when it has one; the caption written from the meeting's record is the fallback. On a
 * real SQLite file, a real PNG and the summary as written to .docx.
 */
class MeetingPhotoCaptionTest {
    @TempDir
    Path dir;

    @Test
    void theClerksCaptionWinsOverTheMeetingsAndTheMeetingsIsTheFallback() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("p.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            int meeting = StoredRecords.meeting(ws, ids.units().get(RosterFixture.BRANCH_1), LocalDateTime.of(2025, 3, 8, 9, 0),
                    "学习贯彻全会精神", MeetingType.THEMED_PARTY_DAY);
            EvidenceService evidence = new EvidenceService(ws);
            evidence.addAll(List.of(StoredRecords.png(dir, "合影.png", 0x1565C0)),
                    new EvidenceService.Description(null, null, "孙艳", null), Progress.NONE);
            int id = evidence.files(null, null).get(0).id();
            evidence.linkAll(List.of(id), EvidenceRecordType.MEETING, meeting);
            Reports reports = new Reports(ws);

            // no caption of its own: described from the meeting
            String fromMeeting = "▲3月8日，" + RosterFixture.BRANCH_1 + "开展“学习贯彻全会精神”主题党日活动。 孙艳摄";
            assertThat(reports.photoChoices(2025)).singleElement().extracting(PhotoChoice::caption).isEqualTo(fromMeeting);

            // the clerk's caption, without a date: given the meeting's day
            evidence.describe(id, new EvidenceService.Description(null, "局党组书记为支部党员讲授专题党课", "孙艳", null));
            assertThat(reports.photoChoices(2025)).singleElement().extracting(PhotoChoice::caption)
                    .isEqualTo("▲3月8日，局党组书记为支部党员讲授专题党课。 孙艳摄");
            // and with its own date and mark, as written
            evidence.describe(id, new EvidenceService.Description(null, "▲3月8日，机关第一党支部全体党员重温入党誓词。", "于海涛",
                    LocalDate.of(2025, 3, 8)));
            String own = "▲3月8日，机关第一党支部全体党员重温入党誓词。 于海涛摄";
            assertThat(reports.photoChoices(2025)).singleElement().extracting(PhotoChoice::caption).isEqualTo(own);
            Path docx = dir.resolve("总结.docx");
            reports.writeAnnual(2025, docx, null, Progress.NONE);
            assertThat(captions(docx)).contains(own).doesNotContain(fromMeeting);

            // the caption cleared again: the meeting's
            evidence.describe(id, new EvidenceService.Description(null, "  ", "孙艳", null));
            assertThat(reports.photoChoices(2025)).singleElement().extracting(PhotoChoice::caption).isEqualTo(fromMeeting);
        }
    }

    /** The paragraphs after a picture in the document. */
    private static List<String> captions(Path docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < ps.size(); i++) {
                if (ps.get(i).getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty())) {
                    out.add(ps.get(i + 1).getText());
                }
            }
            return out;
        }
    }
}
