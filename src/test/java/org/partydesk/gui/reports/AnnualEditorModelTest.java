package org.partydesk.gui.reports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.ReportDraft;
import org.partydesk.model.ReportFigure;

import static org.assertj.core.api.Assertions.assertThat;

/** The 年度总结 editor's view model on real SQLite files, without a robot (its reads run on the test's thread). */
class AnnualEditorModelTest {
    private static final int YEAR = 2025;
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private static AnnualEditorModel model(Workspace ws) {
        AnnualEditorModel m = new AnnualEditorModel(new Reports(ws), Background.sameThread(I18N), I18N);
        m.loadYear(YEAR);
        return m;
    }

    private static List<String> labels(AnnualEditorModel m) {
        return m.sections.stream().map(s -> s.label().get()).toList();
    }

    @Test
    void sectionsAreNumberedAsTheReportNumbersThemWhenAddedLeveledMovedAndRemoved() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            AnnualEditorModel m = model(ws);
            int before = m.sections.size();
            assertThat(before).isGreaterThan(2);
            assertThat(m.current.get()).isSameAs(m.sections.get(0));
            assertThat(labels(m).get(0)).startsWith("一、");
            assertThat(labels(m).get(1)).startsWith("二、");
            assertThat(m.isDirty()).isFalse();
            assertThat(m.state().get()).isEqualTo("尚未保存草稿（按大纲新建）");

            m.addSection();
            AnnualEditorModel.EditableSection added = m.current.get();
            assertThat(m.sections.indexOf(added)).isEqualTo(1);
            added.level.set(2);
            added.heading.set("加强党员教育管理");
            assertThat(labels(m).subList(1, 3)).first().isEqualTo("（一）加强党员教育管理");
            assertThat(labels(m).get(2)).startsWith("二、");
            assertThat(m.isDirty()).isTrue();
            assertThat(m.state().get()).isEqualTo("有未保存的修改");

            m.move(1);
            assertThat(m.sections.indexOf(added)).isEqualTo(2);
            assertThat(labels(m).get(1)).startsWith("二、");
            assertThat(labels(m).get(2)).isEqualTo("（一）加强党员教育管理");
            assertThat(m.current.get()).isSameAs(added);

            m.removeSection();
            assertThat(m.sections).hasSize(before).doesNotContain(added);
            assertThat(labels(m)).noneMatch(l -> l.contains("加强党员教育管理"));
            assertThat(m.current.get()).isSameAs(m.sections.get(2));
            // the editor shows the numbers the written document gives the same levels
            assertThat(labels(m)).allSatisfy(l -> assertThat(l).matches("^(.{1,3}、|（.{1,3}）|\\d+\\.).+"));
        }
    }

    @Test
    void anEditedDraftIsSavedAndFoundAgainByANewModelWithItsFigures() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            AnnualEditorModel m = model(ws);
            assertThat(m.savedExists().get()).isFalse();
            m.title.set("2025年度机关党建工作总结");
            AnnualEditorModel.EditableSection first = m.sections.get(0);
            first.narrative.set("全年组织开展支部书记轮训。");
            m.figureChosen(ReportFigure.MEETINGS).set(true);
            m.current.set(m.sections.get(1));
            assertThat(m.figureChosen(ReportFigure.MEETINGS).get()).as("the next section's own figures")
                    .isEqualTo(new Reports(ws).draft(YEAR).sections().get(1).figures().contains(ReportFigure.MEETINGS));

            m.save(() -> { });

            assertThat(m.isDirty()).isFalse();
            assertThat(m.savedExists().get()).isTrue();
            assertThat(m.state().get()).startsWith("草稿已保存");
            ReportDraft saved = new Reports(ws).savedDraft(YEAR).orElseThrow();
            assertThat(saved.title()).isEqualTo("2025年度机关党建工作总结");
            assertThat(saved.sections().get(0).narrative()).isEqualTo("全年组织开展支部书记轮训。");
            assertThat(saved.sections().get(0).figures()).contains(ReportFigure.MEETINGS);

            AnnualEditorModel again = model(ws);
            assertThat(again.title.get()).isEqualTo("2025年度机关党建工作总结");
            assertThat(again.sections.get(0).narrative.get()).isEqualTo("全年组织开展支部书记轮训。");
            assertThat(again.figureChosen(ReportFigure.MEETINGS).get()).isTrue();
            assertThat(again.savedExists().get()).isTrue();

            again.figureChosen(ReportFigure.MEETINGS).set(false);
            assertThat(again.currentDraft().sections().get(0).figures()).doesNotContain(ReportFigure.MEETINGS);
            again.reopenSaved();
            assertThat(again.figureChosen(ReportFigure.MEETINGS).get()).isTrue();
            assertThat(again.isDirty()).isFalse();
        }
    }

    @Test
    void applyingAnOutlineReplacesTheSectionsAndBecomesTheOutlineNewDraftsStartFrom() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            AnnualEditorModel m = model(ws);
            String other = m.outlineNames().keySet().stream().filter(k -> !k.equals(m.outline.get()))
                    .findFirst().orElseThrow();
            m.outline.set(other);
            m.applyOutline();
            List<String> headings = new Reports(ws).draftFromOutline(YEAR, other).sections().stream()
                    .map(ReportDraft.Section::heading).toList();
            assertThat(m.sections).extracting(s -> s.heading.get()).containsExactlyElementsOf(headings);
            assertThat(m.isDirty()).isTrue();
            assertThat(new Reports(ws).outlineSetting()).isEqualTo(other);
        }
    }

    @Test
    void theSampleYearShowsTheReportsSentencesGreysOutZeroFiguresAndTicksASectionsHonoursAndPhotos() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("sample.db"), "干事")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, YEAR, Progress.NONE);
            Reports reports = new Reports(ws);
            var sentences = reports.factSentences(reports.stats(YEAR));
            AnnualEditorModel m = model(ws);

            assertThat(m.preview(ReportFigure.MEETINGS).get()).isEqualTo(sentences.get(ReportFigure.MEETINGS)).contains("次");
            for (ReportFigure f : ReportFigure.values()) {
                assertThat(m.zero(f).get()).as(f.name()).isEqualTo(!f.isChart() && !sentences.containsKey(f));
            }
            ReportDraft.Section honoursSection = reports.draft(YEAR).sections().get(3);
            assertThat(honoursSection.photos()).isNotEmpty();
            m.current.set(m.sections.get(3));
            assertThat(m.honours.stream().filter(h -> h.chosen().get()).map(AnnualEditorModel.HonourChoice::title))
                    .containsExactlyInAnyOrderElementsOf(honoursSection.honours());
            assertThat(m.photos.stream().filter(t -> t.chosen().get())).hasSize(honoursSection.photos().size());
            assertThat(m.photosHeading().get()).startsWith("图片（已选" + honoursSection.photos().size() + "张");

            Path docx = dir.resolve("年度总结.docx");
            List<String> messages = new ArrayList<>();
            assertThat(m.fileName()).isEqualTo("2025年度党建工作总结.docx");
            m.generate(docx, null, messages::add);
            assertThat(messages).singleElement().asString().contains(docx.toString());
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(paragraphs).contains(m.sections.get(0).label().get());
            }
        }
    }
}
