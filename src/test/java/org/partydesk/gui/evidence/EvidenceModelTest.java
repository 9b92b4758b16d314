package org.partydesk.gui.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceFile;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.InspectionPackage;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.EvidenceRecordType;

import static org.assertj.core.api.Assertions.assertThat;

/** The 佐证材料 view model on a real SQLite file and real files, without a robot. */
class EvidenceModelTest {
    @TempDir
    Path dir;

    @Test
    void filesAreAddedListedWithWhatTheyProveCaptionedCheckedAndPackaged() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("e.db"), "干事")) {
            EvidenceModel m = new EvidenceModel(new EvidenceService(ws), new InspectionPackage(ws),
                    new I18n(Locale.SIMPLIFIED_CHINESE));
            Path notice = Files.writeString(dir.resolve("通知.txt"), "关于开展主题党日的通知");
            Path minutes = Files.writeString(dir.resolve("会议记录.docx"), "记录");
            int added = m.addAll(List.of(notice, minutes), new EvidenceService.Description("主题党日", "参观红色教育基地",
                    "于海涛", LocalDate.of(2025, 3, 5)), Progress.NONE);
            assertThat(added).isEqualTo(2);
            assertThat(m.addFiles(List.of(Files.writeString(dir.resolve("照片.jpg"), "x")), Progress.NONE)).hasSize(1);

            assertThat(m.recent(10)).hasSize(3).allSatisfy(r -> assertThat(r.proves()).isEqualTo("（尚未关联）"));
            List<EvidenceFile> files = m.files(null, null);
            assertThat(files).hasSize(3);
            assertThat(m.files(EvidenceRecordType.MEETING, null)).isEmpty();
            EvidenceFile described = files.stream().filter(f -> f.originalName().equals("通知.txt")).findFirst().orElseThrow();
            assertThat(m.caption(described)).isEqualTo("参观红色教育基地（于海涛摄）");
            assertThat(m.tooltip(described, List.of())).contains("通知.txt").endsWith("佐证：（尚未关联）");
            EvidenceFile bare = files.stream().filter(f -> f.originalName().equals("照片.jpg")).findFirst().orElseThrow();
            assertThat(m.caption(bare)).isEqualTo("照片.jpg");
            assertThat(EvidenceModel.extension("会议记录.docx")).isEqualTo("DOCX");
            assertThat(EvidenceModel.extension("说明")).isEqualTo("?");

            EvidenceService.Check fine = m.check();
            assertThat(fine.ok()).isTrue();
            assertThat(m.notice(fine)).isEqualTo("已检查 3 个文件，全部完好。");
            assertThat(m.report(fine)).isEqualTo("已校验 3 个文件：缺失 0 个，被改动 0 个，多余 0 个");

            Files.writeString(described.file(), "改过了");
            EvidenceService.Check changed = m.check();
            assertThat(changed.ok()).isFalse();
            assertThat(m.notice(changed)).startsWith("检查发现问题：缺失 0 个，被改动 1 个");
            assertThat(m.report(changed)).contains("被改动 1 个").contains("\n\n");

            InspectionPackage.Result zip = m.buildPackage(2025, dir.resolve("迎检材料.zip"), Progress.NONE);
            assertThat(Files.size(zip.zip())).isPositive();
        }
    }
}
