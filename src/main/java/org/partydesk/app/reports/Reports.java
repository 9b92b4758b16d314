package org.partydesk.app.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.partydesk.app.Joins;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.OutputPaths;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.meetings.ComplianceMatrix;
import org.partydesk.app.org.CommitteeTerms;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.logic.TermReminders;
import org.partydesk.logic.Terms;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.reports.Captions;
import org.partydesk.logic.reports.ChartSpec;
import org.partydesk.logic.reports.ChineseText;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.AnnualProse;
import org.partydesk.logic.reports.BureauWork;
import org.partydesk.logic.reports.YearFacts;
import org.partydesk.logic.reports.HonourRoll;
import org.partydesk.logic.reports.Outline;
import org.partydesk.logic.reports.Outlines;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.ListStats;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingLine;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgTerm;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.model.Rating;
import org.partydesk.model.ReportDraft;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.StatisticsDetails;
import org.partydesk.model.YearStats;
import org.partydesk.office.reports.DocxWriter;
import org.partydesk.office.reports.StatisticsWorkbookWriter;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.SummaryQueries;
import org.partydesk.store.DashboardQueries;
import org.partydesk.store.EvidenceStore;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.ReportDraftRepository;
import org.partydesk.store.StatsQueries;
import org.partydesk.store.jooq.tables.records.EvidenceRecord;

/**
 * Reports (报告) use cases: the year's figures ({@link #stats}), the annual summary's draft (made from an
 * outline, edited, saved, reopened) and the three documents: the annual summary (.docx, GB/T 9704), a
 * branch's quarterly report (.docx, 纪实记录) and the statistics workbook (.xlsx). Files are written to a
 * temporary file beside the target and moved into place when complete: a cancelled or failed report
 * leaves no file behind. "Today" is the database clock's date.
 */
public final class Reports {
    /** How the texts of an outline name the bureau when no bureau name is set. */
    private static final String OUR_BUREAU = "我局";
    /** The outline key of a draft the clerk wrote without a built-in outline. */
    public static final String CUSTOM_OUTLINE = "custom";
    /** The setting naming the outline a new draft is made from (a key of {@link #outlineNames}); the default outline without it. */
    public static final String OUTLINE_SETTING = "report_outline";

    /** Runs each task on a new (daemon) thread of its own. */
    private static final Executor OWN_THREAD = task -> {
        Thread t = new Thread(task, "partydesk-report");
        t.setDaemon(true);
        t.start();
    };

    private final Workspace ws;

    public Reports(Workspace ws) {
        this.ws = ws;
    }

    // ---- figures -------------------------------------------------------------------------------------

    /** Every figure of {@code year} as of its end, or as of today for the current year. */
    public YearStats stats(int year) {
        return stats(year, UnitNames.qualifiedAll(new OrgRepository(ws.database()).all()), true);
    }

    /**
     * The figures of {@code year}, its units named by {@code names}; without {@code whole} only those the summary compares
     * with the year before (its meetings per branch and its tags are not read, and are empty).
     */
    private YearStats stats(int year, Map<Integer, String> names, boolean whole) {
        LocalDate asOf = asOf(year);
        StatsQueries q = new StatsQueries(ws.database(), names);
        return new YearStats(year, asOf, q.members(asOf), q.meetings(year), whole ? q.meetingsByBranch(year, asOf) : Map.of(),
                q.attendance(year), whole ? q.tags(year) : Map.of(), new Responsibilities(ws).statsPerList(year, asOf),
                q.commendations(year));
    }

    /**
     * What {@code year} lacks for its statistics and reports to mean anything, in Chinese: no member on the
     * roster at its end (or today, for the current year) — "2025年没有在册党员：请先导入花名册" — and no meeting
     * held in it — "2025年没有会议记录：请先导入三会一课台账或登记会议". Empty when both exist. The command line
     * refuses such a year unless told {@code --allow-empty}; the window asks.
     */
    public List<String> missing(int year) {
        StatsQueries q = new StatsQueries(ws.database(), Map.of());
        List<String> out = new ArrayList<>();
        if (!q.anyMemberOn(asOf(year))) {
            out.add(year + "年没有在册党员：请先导入花名册");
        }
        if (!q.anyMeetingIn(year)) {
            out.add(year + "年没有会议记录：请先导入三会一课台账或登记会议");
        }
        return out;
    }

    /**
     * The statistics workbook's figures beside {@code stats} (same year and day): meetings counted once, attendance and
     * 红黄旗 per branch, 发展党员, transfers, 民主评议, 换届 and 党费 per branch (the figures of {@code stats --json}).
     */
    public StatisticsDetails details(YearStats stats) {
        int year = stats.year();
        MemberLife life = new MemberLife(ws);
        return details(stats, new ComplianceCheck(ws).ratings(year, false), new Dues(ws).yearByBranch(year), life.stats(year),
                hasData(year - 1) ? life.stats(year - 1) : null);
    }

    /**
     * {@link #details(YearStats)} with the year's 红黄旗 check, its 党费 per branch and the 发展党员 … figures of the year
     * and of the year before (null when that year has no data) already made.
     */
    private StatisticsDetails details(YearStats stats, ComplianceMatrix matrix, Dues.YearByBranch dues, MemberLifeStats lifeNow,
                                      MemberLifeStats lifeBefore) {
        int year = stats.year();
        LocalDate asOf = stats.asOf();
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        Map<Integer, String> names = UnitNames.qualifiedAll(units);
        StatsQueries q = new StatsQueries(ws.database(), names);
        Map<String, List<Rating>> ratings = new LinkedHashMap<>();
        for (ComplianceMatrix.Row row : matrix.rows()) {
            List<Rating> r = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                BranchCompliance c = i < row.cells().size() ? row.cells().get(i) : null;
                r.add(c == null ? null : c.rating());
            }
            r.add(row.year() == null ? null : row.year().rating());
            ratings.put(names.getOrDefault(row.orgUnitId(), row.name()), r);
        }
        List<org.partydesk.model.Transfer> transfers = new MemberLife(ws).transfers(null).stream()
                .filter(t -> t.onDate() != null && t.onDate().getYear() == year && !t.onDate().isAfter(asOf))
                .sorted(Comparator.comparing(org.partydesk.model.Transfer::onDate)).toList();
        CommitteeTerms committees = new CommitteeTerms(ws);
        Map<Integer, TermReminders.Due> reminders = new LinkedHashMap<>();
        committees.reminders(asOf).forEach(d -> reminders.put(d.orgUnitId(), d));
        Map<Integer, OrgTerm> latest = new LinkedHashMap<>();
        for (OrgTerm t : committees.terms(null)) {
            if (!t.electedOn().isAfter(asOf)) {
                latest.merge(t.orgUnitId(), t, (a, b) -> a.electedOn().isAfter(b.electedOn()) ? a : b);
            }
        }
        List<StatisticsDetails.Term> terms = new ArrayList<>();
        for (OrgTerm t : latest.values()) {
            TermReminders.Due d = reminders.get(t.orgUnitId());
            StatisticsDetails.TermState state = d == null ? StatisticsDetails.TermState.IN_TERM
                    : d.overdue() ? StatisticsDetails.TermState.OVERDUE : StatisticsDetails.TermState.DUE;
            terms.add(new StatisticsDetails.Term(names.getOrDefault(t.orgUnitId(), t.unitName()), t.electedOn(), t.termYears(),
                    t.endsOn(), state));
        }
        terms.sort(Comparator.comparing(StatisticsDetails.Term::state).thenComparing(StatisticsDetails.Term::endsOn));
        return new StatisticsDetails(meetingsHeld(year), q.meetingsHeldByBranch(year, asOf(year)), q.attendanceByBranch(year, asOf(year)), ratings,
                lifeNow, lifeBefore, transfers, terms, dues.total(), dues.branches());
    }

    /** Meetings held in {@code year}, each once however many types it has ({@code stats --json} "meetingsHeld"). */
    public int meetingsHeld(int year) {
        return new StatsQueries(ws.database(), Map.of()).meetingsIn(year);
    }

    /** How many branches (and the leading group) got each 红黄旗 rating for the year. */
    public Map<Rating, Integer> ratings(int year) {
        return countRatings(new ComplianceCheck(ws).rate(year, null));
    }

    private static Map<Rating, Integer> countRatings(List<BranchCompliance> branches) {
        Map<Rating, Integer> out = new EnumMap<>(Rating.class);
        for (BranchCompliance b : branches) {
            out.merge(b.rating(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * What each figure writes for the year of {@code stats} (the draft editor's previews): its items, each a bold
     * topic sentence and its text; charts and figures without data absent.
     */
    public Map<ReportFigure, String> factSentences(YearStats stats) {
        AnnualProse prose = new AnnualProse(yearFacts(stats, new ComplianceCheck(ws).ratings(stats.year(), false)), bureauWork());
        Map<ReportFigure, String> out = new EnumMap<>(ReportFigure.class);
        for (ReportFigure f : ReportFigure.values()) {
            StringBuilder b = new StringBuilder();
            prose.paragraphs(f).forEach(p -> b.append(p.topic() == null ? "" : p.topic()).append(p.text()));
            if (!b.isEmpty()) {
                out.put(f, b.toString());
            }
        }
        return out;
    }

    // ---- drafts --------------------------------------------------------------------------------------

    /** The built-in outlines' keys and names (for choosing one on a screen), the default first. */
    public Map<String, String> outlineNames() {
        Map<String, String> out = new LinkedHashMap<>();
        Outlines.builtIn().forEach(o -> out.put(o.key(), o.name()));
        return out;
    }

    /** The saved draft of {@code year}, or a new one from the outline of the settings (the default outline without one). */
    public ReportDraft draft(int year) {
        return savedDraft(year).orElseGet(() -> draftFromOutline(year, outlineSetting()));
    }

    /** The outline new drafts are made from: the setting {@value #OUTLINE_SETTING} when it names a built-in outline, else the default. */
    public String outlineSetting() {
        return ws.setting(OUTLINE_SETTING).filter(k -> Outlines.find(k).isPresent()).orElse(Outlines.defaultOutline().key());
    }

    /** Saves the outline new drafts are made from; refused for a key that names no built-in outline. */
    public void setOutlineSetting(String key) {
        if (Outlines.find(key).isEmpty()) {
            throw new InputRejectedException("没有名为“" + key + "”的大纲，可选：" + String.join("、", Outlines.BUILT_IN));
        }
        ws.putSetting(OUTLINE_SETTING, key);
    }

    public Optional<ReportDraft> savedDraft(int year) {
        return new ReportDraftRepository(ws.database()).find(year);
    }

    /**
     * A new (unsaved) draft of {@code year} from an outline: texts with the year and the bureau's name,
     * the honours of municipal level and above awarded in the year where the outline asks for honours,
     * and the year's photos (commendation photos where honours go, meeting photos elsewhere).
     */
    public ReportDraft draftFromOutline(int year, String outlineKey) {
        Outline outline = Outlines.find(outlineKey)
                .orElseThrow(() -> new InputRejectedException("没有名为“" + outlineKey + "”的大纲，可选："
                        + String.join("、", Outlines.BUILT_IN)));
        String bureau = ws.setting(Workspace.BUREAU_NAME_SETTING).orElse("");
        List<String> autoHonours = new ArrayList<>();
        for (Commendation c : commendationsOf(year)) {
            if (c.level() != CommendationLevel.BUREAU && !autoHonours.contains(c.title())) {
                autoHonours.add(c.title());
            }
        }
        List<PhotoChoice> photos = photoChoices(year);
        List<PhotoChoice> meetingPhotos = new ArrayList<>(photos.stream().filter(p -> !p.ofCommendation()).toList());
        List<PhotoChoice> honourPhotos = new ArrayList<>(photos.stream().filter(PhotoChoice::ofCommendation).toList());
        String inText = bureau.isBlank() ? OUR_BUREAU : bureau; // the title keeps the name as given
        List<ReportDraft.Section> sections = new ArrayList<>();
        for (Outline.Section s : outline.sections()) {
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < s.photos(); i++) {
                List<PhotoChoice> pool = s.honoursAuto() && !honourPhotos.isEmpty() ? honourPhotos : meetingPhotos;
                if (pool.isEmpty()) {
                    pool = honourPhotos;
                }
                if (!pool.isEmpty()) {
                    chosen.add(pool.remove(pool.size() / 2).evidenceId());
                }
            }
            sections.add(new ReportDraft.Section(s.level(), fill(s.heading(), year, inText), fill(s.topic(), year, inText),
                    fill(s.narrative(), year, inText), s.figures(), s.honoursAuto() ? autoHonours : List.of(), chosen));
        }
        return new ReportDraft(null, year, outline.key(), fill(outline.title(), year, bureau),
                fill(outline.subtitle(), year, inText), fill(outline.lead(), year, inText), sections, null);
    }

    /**
     * Saves the draft of its year (replacing a saved one), audited. A draft without an outline key (written
     * from scratch) is saved as outline {@value #CUSTOM_OUTLINE}. Refused without a title or with a section
     * without a heading.
     */
    public void saveDraft(ReportDraft draft) {
        if (draft.outline() == null || draft.outline().isBlank()) {
            draft = new ReportDraft(draft.id(), draft.year(), CUSTOM_OUTLINE, draft.title(), draft.subtitle(), draft.lead(),
                    draft.sections(), draft.savedAt());
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InputRejectedException("年度总结的标题不能为空");
        }
        for (ReportDraft.Section s : draft.sections()) {
            if (s.heading() == null || s.heading().isBlank()) {
                throw new InputRejectedException("年度总结第" + (draft.sections().indexOf(s) + 1) + "部分的标题不能为空");
            }
        }
        new ReportDraftRepository(ws.database()).save(ws.operator(), draft);
    }

    /**
     * Image files of the evidence store dated in {@code year} or linked to a meeting held in it, oldest first, with
     * their caption lines: a photo's own caption (图片说明, given the day it was taken, or of its meeting, when it lacks
     * one); a photo of a meeting without one is described from the meeting's record (date, branch, theme, lecturer), any
     * other by its title.
     */
    public List<PhotoChoice> photoChoices(int year) {
        EvidenceStore store = new EvidenceStore(ws.database());
        SummaryQueries q = new SummaryQueries(ws.database());
        Map<Integer, EvidenceRecord> rows = new LinkedHashMap<>();
        store.find(null, year).stream().filter(r -> r.getMediaType() != null && r.getMediaType().startsWith("image/"))
                .forEach(r -> rows.put(r.getId(), r));
        q.photosOfMeetings(year).forEach(r -> rows.putIfAbsent(r.getId(), r));
        Map<Integer, Set<EvidenceRecordType>> links = store.linkTypes(List.copyOf(rows.keySet()));
        Map<Integer, Integer> meetingOf = q.meetingOfEvidence(rows.keySet());
        MeetingRepository meetings = new MeetingRepository(ws.database());
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        Map<Integer, OrgUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Integer, String> names = UnitNames.qualifiedAll(units);
        List<PhotoChoice> out = new ArrayList<>();
        for (EvidenceRecord r : rows.values()) {
            Optional<Meeting> m = Optional.ofNullable(meetingOf.get(r.getId())).flatMap(meetings::load);
            LocalDate day = m.map(x -> x.heldAt().toLocalDate()).orElse(r.getTakenOn());
            // the clerk's own caption (佐证材料 图片说明) wins; a photo of a meeting without one is described from the meeting
            boolean own = r.getCaption() != null && !r.getCaption().isBlank();
            String caption = own ? Captions.of(r.getCaption(), r.getTitle(), day, r.getPhotographer())
                    : m.isPresent()
                    ? Captions.ofMeeting(day, names.getOrDefault(branchOf(m.get().orgUnitId(), byId), ""), m.get().types(),
                            m.get().theme(), m.get().lecturer() == null ? null : m.get().lecturer().name(), r.getPhotographer())
                    : Captions.of(r.getCaption(), r.getTitle(), r.getTakenOn(), r.getPhotographer());
            out.add(new PhotoChoice(r.getId(), store.fileOf(r), day, caption,
                    links.getOrDefault(r.getId(), Set.of()).contains(EvidenceRecordType.COMMENDATION)));
        }
        out.sort(Comparator.comparing(PhotoChoice::takenOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PhotoChoice::evidenceId));
        return out;
    }

    // ---- documents -----------------------------------------------------------------------------------

    /** The annual summary of {@code year} from its saved draft (or the default outline); with the workbook when {@code xlsx} is given. */
    public void writeAnnual(int year, Path docx, Path xlsx, Progress progress) {
        writeAnnual(draft(year), docx, xlsx, progress);
    }

    /** The annual summary of a draft (saved or not) to {@code docx}, and the workbook to {@code xlsx} when not null. */
    public void writeAnnual(ReportDraft draft, Path docx, Path xlsx, Progress progress) {
        org.partydesk.app.OutputPaths.check(ws, docx, ".docx");
        if (xlsx != null) {
            org.partydesk.app.OutputPaths.check(ws, xlsx, ".xlsx");
        }
        progress.update(0, 3, "正在汇总" + draft.year() + "年的统计数字");
        // the Word writer's and the workbook's classes are loaded on a second thread while the figures are read
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> {
            DocxWriter.prepare();
            if (xlsx != null) {
                StatisticsWorkbookWriter.prepare();
            }
        }, OWN_THREAD);
        YearStats stats = stats(draft.year());
        progress.checkCancelled();
        progress.update(1, 3, "正在生成年度党建工作总结");
        // one rating of the year (without the check's warnings, which the summary does not name) gives the year's
        // ratings, the flagged units and the quarters' for the chart and the workbook
        ComplianceMatrix matrix = new ComplianceCheck(ws).ratings(draft.year(), false);
        // the charts need nothing more: they are drawn on a second thread (once the writers are loaded) while the 党费
        // and the rest of the facts are read
        Map<ReportFigure, Optional<ReportDocument.Chart>> charts = charts(draft, stats, matrix);
        List<ChartSpec> specs = charts.values().stream().flatMap(Optional::stream).map(ReportDocument.Chart::spec).toList();
        CompletableFuture<Map<ChartSpec, byte[]>> drawn = prepared.thenApplyAsync(v -> DocxWriter.draw(specs), OWN_THREAD);
        // the year's 党费 per branch for the workbook (up to this month, as stats); the summary counts the months ended:
        // of a year that has ended, one reckoning gives both
        Dues.Annual annualDues = new Dues(ws).annual(draft.year(), xlsx != null);
        Dues.YearByBranch dues = annualDues.byBranch();
        YearFacts facts = yearFacts(stats, matrix, annualDues.ended());
        ReportDocument doc = annualDocument(draft, facts, charts);
        if (xlsx == null) {
            writeDocx(doc, docx, progress, Joins.join(drawn));
        } else {
            // the Word document needs nothing more from the database: it is written on a second thread while the
            // workbook's figures are read and the workbook is written on this one
            alongside(() -> writeDocx(doc, docx, progress, Joins.join(drawn)), () -> {
                progress.update(2, 3, "正在生成统计表");
                StatisticsDetails details = details(stats, matrix, dues, facts.life().now(), facts.life().before());
                writeXlsx(stats, details, xlsx, progress);
            });
        }
        progress.update(3, 3, "已生成");
    }

    /**
     * Runs {@code beside} on a thread of its own and {@code here} on this one, and returns when both are done; a failure
     * of either is thrown (this thread's first), never before the other has ended.
     */
    private static void alongside(Runnable beside, Runnable here) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(beside, OWN_THREAD);
        try {
            here.run();
        } catch (RuntimeException | Error e) {
            try {
                other.join();
            } catch (CompletionException ignored) {
                // this thread's failure is the one reported
            }
            throw e;
        }
        Joins.join(other);
    }

    /** The statistics workbook of {@code year}. */
    public void writeWorkbook(int year, Path xlsx, Progress progress) {
        org.partydesk.app.OutputPaths.check(ws, xlsx, ".xlsx");
        progress.update(0, 1, "正在汇总" + year + "年的统计数字");
        YearStats stats = stats(year);
        progress.checkCancelled();
        writeXlsx(stats, details(stats), xlsx, progress);
        progress.update(1, 1, "已生成");
    }

    /** The quarterly report (支部季度报告) of the branch named {@code branch}. */
    public void writeQuarterly(String branch, int year, int quarter, Path docx, Progress progress) {
        org.partydesk.app.OutputPaths.check(ws, docx, ".docx");
        progress.update(0, 2, "正在汇总" + branch + "第" + quarter + "季度的情况");
        ReportDocument doc = new QuarterlyReport(ws, year, quarter).document(branch);
        progress.checkCancelled();
        progress.update(1, 2, "正在生成季度报告");
        writeDocx(doc, docx, progress);
        progress.update(2, 2, "已生成");
    }

    /**
     * The numbers the summary gives headings of these levels, in this order (一、 （一） 1.): the draft editor
     * shows the same numbers as the written document.
     */
    public static List<String> headingNumbers(List<Integer> levels) {
        return ChineseText.headingNumbers(levels);
    }

    /** The names of the branches (党支部) that exist today, in tree order: what a quarterly report is for. */
    public List<String> branches() {
        return QuarterlyReport.branchNames(ws);
    }

    /** The annual summary's content: headings, items written from the data, charts, photos, signature and date. */
    private ReportDocument annualDocument(ReportDraft draft, YearFacts yearFacts, Map<ReportFigure, Optional<ReportDocument.Chart>> charts) {
        AnnualProse prose = new AnnualProse(yearFacts, bureauWork());
        Map<Integer, PhotoChoice> photos = new LinkedHashMap<>();
        photoChoices(draft.year()).forEach(p -> photos.put(p.evidenceId(), p));
        List<Block> blocks = new ArrayList<>();
        if (draft.lead() != null && !draft.lead().isBlank()) {
            blocks.add(new ReportDocument.Paragraph(null, draft.lead().strip()));
        }
        List<String> numbers = headingNumbers(draft.sections().stream().map(ReportDraft.Section::level).toList());
        for (int i = 0; i < draft.sections().size(); i++) {
            ReportDraft.Section s = draft.sections().get(i);
            blocks.add(new ReportDocument.Heading(s.level(), numbers.get(i), s.heading().strip()));
            String topic = s.topic() == null || s.topic().isBlank() ? null : ChineseText.sentence(s.topic());
            String narrative = s.narrative() == null || s.narrative().isBlank() ? "" : ChineseText.sentence(s.narrative());
            if (topic != null || !narrative.isEmpty()) {
                blocks.add(new ReportDocument.Paragraph(topic, narrative));
            }
            boolean rollWritten = false;
            // a chart where the section lists it, next to its items: a chart kept to the section's end is pushed to the
            // next page by its height more often, leaving the page before it half empty
            for (ReportFigure f : s.figures()) {
                if (f == ReportFigure.COMMENDATIONS_BY_LEVEL) {
                    blocks.addAll(prose.honours(s.honours()));
                    rollWritten = true;
                } else if (f.isChart()) {
                    charts.get(f).ifPresent(blocks::add);
                } else {
                    blocks.addAll(prose.paragraphs(f));
                }
            }
            if (!s.honours().isEmpty() && !rollWritten) {
                List<Commendation> chosen = yearFacts.commendations().stream().filter(c -> s.honours().contains(c.title()))
                        .sorted(Comparator.comparing(Commendation::level).thenComparing(Commendation::awardedOn)).toList();
                String roll = HonourRoll.prose(chosen);
                if (!roll.isEmpty()) {
                    blocks.add(new ReportDocument.Paragraph(null, roll));
                }
            }
            for (Integer id : s.photos()) {
                PhotoChoice p = photos.get(id);
                if (p != null && Files.isRegularFile(p.file())) {
                    blocks.add(new ReportDocument.Photo(p.file(), p.caption()));
                }
            }
        }
        String signer = signer();
        blocks.add(new ReportDocument.Signature(signer, ChineseText.fullDate(LocalDate.now(ws.database().clock()))));
        return new ReportDocument(DocumentStyle.OFFICIAL, draft.title(), draft.subtitle(), blocks);
    }

    /** Who signs the summary: the bureau's name from the settings, else the name of the 机关党委 or 党组; "" when none. */
    private String signer() {
        String bureau = ws.setting(Workspace.BUREAU_NAME_SETTING).orElse("").strip();
        if (!bureau.isEmpty()) {
            return bureau;
        }
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        for (OrgKind kind : List.of(OrgKind.ORGAN_COMMITTEE, OrgKind.LEADING_GROUP)) {
            Optional<OrgUnit> u = units.stream().filter(x -> x.kind() == kind).findFirst();
            if (u.isPresent()) {
                return u.get().name();
            }
        }
        return "";
    }

    /** The facts of the year beyond its statistics: the year before, named activities, flagged units, honours, open items. */
    YearFacts yearFacts(YearStats stats, ComplianceMatrix matrix) {
        return yearFacts(stats, matrix, new Dues(ws).endedMonths(stats.year()));
    }

    /** {@link #yearFacts(YearStats, ComplianceMatrix)} with the 党费 of the year's months that ended already read. */
    private YearFacts yearFacts(YearStats stats, ComplianceMatrix matrix, Dues.EndedMonths ended) {
        int year = stats.year();
        LocalDate asOf = stats.asOf();
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        Map<Integer, OrgUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Integer, String> names = UnitNames.qualifiedAll(units);
        // the year before: what the summary compares (AnnualProse), not its meetings per branch or its tags
        YearStats previous = hasData(year - 1) ? stats(year - 1, names, false) : null;

        List<BranchCompliance> rated = matrix.rows().stream().map(ComplianceMatrix.Row::year).toList();
        Map<Rating, Integer> ratings = countRatings(rated);
        int branches = 0;
        int temporary = 0;
        int leading = 0;
        List<YearFacts.RatedUnit> flagged = new ArrayList<>();
        for (BranchCompliance b : rated) {
            OrgUnit u = byId.get(b.orgUnitId());
            if (u != null && u.kind() == OrgKind.LEADING_GROUP) {
                leading++;
            } else if (u != null && u.temporary()) {
                temporary++;
            } else {
                branches++;
            }
            if (b.rating() != Rating.GREEN) {
                List<String> shortOf = b.shortfalls().stream().map(x -> Terms.label(x.type())).distinct().toList();
                flagged.add(new YearFacts.RatedUnit(names.getOrDefault(b.orgUnitId(), b.branch()), b.rating(), shortOf));
            }
        }
        flagged.sort(Comparator.comparing(YearFacts.RatedUnit::rating).reversed());

        SummaryQueries q = new SummaryQueries(ws.database());
        Map<MeetingType, List<MeetingLine>> named = q.meetings(year,
                EnumSet.of(MeetingType.THEMED_PARTY_DAY, MeetingType.CENTRAL_GROUP_STUDY, MeetingType.PARTY_LESSON));
        List<YearFacts.Activity> themedDays = activities(named.get(MeetingType.THEMED_PARTY_DAY), byId, names);
        List<YearFacts.Activity> studies = activities(named.get(MeetingType.CENTRAL_GROUP_STUDY), byId, names);
        List<MeetingLine> lessonLines = named.get(MeetingType.PARTY_LESSON);
        List<YearFacts.Activity> lessons = activities(lessonLines, byId, names);

        // 书记讲党课: a lesson of a branch (or of one of its cells) given by the branch's secretary that day
        List<CommitteeAssignment> secretaries = new CommitteeRoleRepository(ws.database()).all(CommitteeRole.SECRETARY);
        int bySecretary = 0;
        Set<Integer> branchesWithLesson = new java.util.HashSet<>();
        Set<Integer> lecturerUnrecorded = new java.util.HashSet<>(); // a secretary's lesson cannot be ruled out there
        for (MeetingLine l : lessonLines) {
            int branchId = branchOf(l.orgUnitId(), byId);
            if (l.lecturerMemberId() == null && (l.lecturer() == null || l.lecturer().isBlank())) {
                lecturerUnrecorded.add(branchId);
            }
            if (l.lecturerMemberId() != null && secretaries.stream().anyMatch(a -> a.orgUnitId() == branchId
                    && a.memberId() == l.lecturerMemberId() && a.heldOn(l.heldOn()))) {
                bySecretary++;
                branchesWithLesson.add(branchId);
            }
        }
        List<String> noLesson = new ArrayList<>();
        List<OrgUnit> activeBranches = units.stream().filter(u -> u.kind() == OrgKind.BRANCH && u.activeOn(asOf))
                .sorted(Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::id)).toList();
        for (OrgUnit u : activeBranches) {
            boolean hasSecretary = secretaries.stream().anyMatch(a -> a.orgUnitId() == u.id() && a.heldOn(asOf));
            if (hasSecretary && !branchesWithLesson.contains(u.id()) && !lecturerUnrecorded.contains(u.id())) {
                noLesson.add(names.get(u.id()));
            }
        }

        YearFacts.Life life = life(year, asOf, previous != null, names);
        int[] postings = q.postings(year);

        // the overdue leaf items of each list, as the year's statistics already counted them for the same day (the SQL
        // counts agree with the statuses of the lists' item trees, which were built again here for this alone)
        Map<String, Integer> overdue = new LinkedHashMap<>();
        for (ListStats l : stats.responsibilities()) {
            int n = l.completion().overdueItems();
            if (n > 0) {
                overdue.merge(l.listName(), n, Integer::sum);
            }
        }
        Map<String, Integer> overdueSorted = new LinkedHashMap<>();
        overdue.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> overdueSorted.put(e.getKey(), e.getValue()));

        return new YearFacts(stats, previous, asOf.equals(LocalDate.of(year, 12, 31)), ratings,
                new YearFacts.RatedUnits(branches, temporary, leading), flagged, themedDays, lessons, bySecretary,
                branchesWithLesson.size(), noLesson, studies, life.now().recruitment().admitted(),
                life.now().recruitment().confirmed(), postings[0], postings[1],
                q.leaveWithoutMakeUp(year), commendationsOf(year), overdueSorted, life, figures(ended.total()), dues(year - 1),
                new YearFacts.DuesScope(ended.through(), ended.branches().size(), activeBranches.size(), ended.members()),
                quarterRatings(year, matrix));
    }

    /** 党费 of {@code year} as {@code stats --json} gives it, or null when nothing was due in it and nobody is behind. */
    private DuesFigures dues(int year) {
        Dues.YearFigures y = new Dues(ws).year(year);
        return figures(new DuesFigures(year + "年", y.due(), y.paid(), y.behind6()));
    }

    /** A year's 党费 figures as the summary takes them: null when nothing was due and nobody is behind. */
    private static DuesFigures figures(DuesFigures year) {
        return year.any() ? year : null;
    }

    /**
     * 发展党员, transfers, 民主评议 and 换届 of {@code year} with the figures of {@code stats --json} (and of the year
     * before when it has data), the units that elected their committee in the year and those whose term is due or
     * overdue on {@code asOf}.
     */
    private YearFacts.Life life(int year, LocalDate asOf, boolean withYearBefore, Map<Integer, String> names) {
        MemberLife life = new MemberLife(ws);
        CommitteeTerms committees = new CommitteeTerms(ws);
        List<String> elected = committees.terms(null).stream()
                .filter(t -> t.electedOn().getYear() == year && !t.electedOn().isAfter(asOf))
                .sorted(Comparator.comparing(OrgTerm::electedOn))
                .map(t -> names.getOrDefault(t.orgUnitId(), t.unitName())).distinct().toList();
        List<String> due = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        for (TermReminders.Due d : committees.reminders(asOf)) {
            (d.overdue() ? overdue : due).add(names.getOrDefault(d.orgUnitId(), d.unitName()));
        }
        // the members absent from every meeting six months running (check's gravest warning), each once
        List<String> longAbsent = new ComplianceCheck(ws).longAbsences(year, null).stream()
                .map(org.partydesk.model.AbsenceRun::memberName).distinct().toList();
        return new YearFacts.Life(life.stats(year), withYearBefore ? life.stats(year - 1) : null, elected, due, overdue,
                longAbsent);
    }

    /** The branch a unit's meetings count under: a 党小组's branch, else the unit itself. */
    private static int branchOf(int unitId, Map<Integer, OrgUnit> byId) {
        OrgUnit u = byId.get(unitId);
        return u != null && u.kind() == OrgKind.CELL && u.parentId() != null ? u.parentId() : unitId;
    }

    private static List<YearFacts.Activity> activities(List<MeetingLine> lines, Map<Integer, OrgUnit> byId, Map<Integer, String> names) {
        List<YearFacts.Activity> out = new ArrayList<>();
        for (MeetingLine l : lines) {
            String unit = names.getOrDefault(branchOf(l.orgUnitId(), byId), "");
            out.add(new YearFacts.Activity(l.heldOn(), unit, l.theme(), l.lecturer()));
        }
        return out;
    }

    /** Each figure the draft's sections name, as its chart (empty for a figure that is not a chart, or has no data). */
    private Map<ReportFigure, Optional<ReportDocument.Chart>> charts(ReportDraft draft, YearStats stats, ComplianceMatrix matrix) {
        Map<ReportFigure, Optional<ReportDocument.Chart>> out = new EnumMap<>(ReportFigure.class);
        for (ReportDraft.Section s : draft.sections()) {
            for (ReportFigure f : s.figures()) {
                out.computeIfAbsent(f, x -> chart(x, stats, draft.year(), matrix));
            }
        }
        return out;
    }

    /** A chart; {@code matrix} is the year's 红黄旗 check (needed for the ratings chart). */
    private Optional<ReportDocument.Chart> chart(ReportFigure f, YearStats stats, int year, ComplianceMatrix matrix) {
        return switch (f) {
            case CHART_MEETINGS_PER_MONTH -> meetingsChart(year);
            case CHART_RATINGS -> ratingsChart(year, matrix);
            case CHART_COMMENDATIONS_BY_LEVEL -> levelsChart(stats);
            default -> Optional.empty();
        };
    }

    private Optional<ReportDocument.Chart> meetingsChart(int year) {
        List<DashboardQueries.MonthCount> counts = new DashboardQueries(ws.database()).meetingsPerMonth(year);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (MeetingType t : MeetingType.values()) {
            List<Integer> values = new ArrayList<>(java.util.Collections.nCopies(12, 0));
            boolean any = false;
            for (DashboardQueries.MonthCount c : counts) {
                if (c.type() == t) {
                    values.set(c.month() - 1, c.count());
                    any = true;
                }
            }
            if (any) {
                series.put(Terms.label(t), values);
            }
        }
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(m + "月");
        }
        return Optional.of(new ReportDocument.Chart(new ChartSpec(year + "年各月会议次数", "次", months, series, true, List.of()),
                year + "年各月召开会议次数（按会议类型）"));
    }

    /** How many units of each colour each quarter of {@code year} begun by today was rated (a colour none had: 0). */
    private List<Map<Rating, Integer>> quarterRatings(int year, ComplianceMatrix matrix) {
        LocalDate today = LocalDate.now(ws.database().clock());
        List<Map<Rating, Integer>> out = new ArrayList<>();
        for (int q = 1; q <= 4 && !LocalDate.of(year, 3 * q - 2, 1).isAfter(today); q++) {
            int column = q - 1;
            List<BranchCompliance> rated = matrix.rows().stream().map(row -> row.cells().get(column))
                    .filter(java.util.Objects::nonNull).toList();
            Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) {
                counts.put(r, (int) rated.stream().filter(b -> b.rating() == r).count());
            }
            out.add(counts);
        }
        return out;
    }

    /** A quarter's bar: "第三季度"; one still running on {@code today} says up to when under it, "第四季度\n（截至12月7日）". */
    static String quarterLabel(int year, int quarter, LocalDate today) {
        LocalDate end = YearMonth.of(year, 3 * quarter).atEndOfMonth();
        // the date on a line of its own: the axis wraps a long label wherever it runs out of room (截至12 / 月7日）)
        return "第" + ChineseText.chineseNumber(quarter) + "季度" + (today.isBefore(end) ? "\n（截至" + ChineseText.monthDay(today) + "）" : "");
    }

    private Optional<ReportDocument.Chart> ratingsChart(int year, ComplianceMatrix matrix) {
        LocalDate today = LocalDate.now(ws.database().clock());
        List<Map<Rating, Integer>> byQuarter = quarterRatings(year, matrix);
        if (byQuarter.isEmpty()) {
            return Optional.empty();
        }
        List<String> quarters = new ArrayList<>();
        Map<Rating, List<Integer>> counts = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            counts.put(r, byQuarter.stream().map(m -> m.get(r)).toList());
        }
        for (int q = 1; q <= byQuarter.size(); q++) {
            quarters.add(quarterLabel(year, q, today));
        }
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        counts.forEach((r, v) -> series.put(Terms.label(r), v));
        return Optional.of(new ReportDocument.Chart(new ChartSpec(year + "年红黄旗评定", "个", quarters, series, true,
                List.of("2E7D32", "F2B705", "C8102E")), year + "年各季度党组织红黄旗评定情况"));
    }

    private static Optional<ReportDocument.Chart> levelsChart(YearStats stats) {
        if (stats.commendations().total() == 0) {
            return Optional.empty();
        }
        List<String> levels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (CommendationLevel l : CommendationLevel.values()) {
            levels.add(Terms.label(l));
            values.add(stats.commendations().byLevel().getOrDefault(l, 0));
        }
        return Optional.of(new ReportDocument.Chart(new ChartSpec(stats.year() + "年各级表彰", "人（个）次", levels,
                Map.of("表彰", values), false, List.of("C8102E")), stats.year() + "年获得各级表彰情况"));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Whether {@code year} has members on the roster at its end or meetings: a year to compare with. */
    private boolean hasData(int year) {
        StatsQueries q = new StatsQueries(ws.database(), Map.of());
        return q.anyMemberOn(LocalDate.of(year, 12, 31)) || q.anyMeetingIn(year);
    }

    private LocalDate asOf(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(ws.database().clock());
        return today.isBefore(end) ? today : end;
    }

    private List<Commendation> commendationsOf(int year) {
        return new CommendationRepository(ws.database())
                .find(new CommendationRepository.Filter(year, null, null, null, null));
    }

    private static String fill(String s, int year, String bureau) {
        return s == null ? null : BureauWork.of(bureau).fill(s.replace("{year}", String.valueOf(year)).replace("{bureau}", bureau));
    }

    /** What the summary says of the bureau's line of work, from the bureau's name in the settings. */
    private BureauWork bureauWork() {
        return BureauWork.of(ws.setting(Workspace.BUREAU_NAME_SETTING).orElse(""));
    }

    private static void writeDocx(ReportDocument doc, Path target, Progress progress) {
        writeDocx(doc, target, progress, Map.of());
    }

    private static void writeDocx(ReportDocument doc, Path target, Progress progress, Map<ChartSpec, byte[]> drawn) {
        OutputPaths.writeAtomically(target, out -> DocxWriter.write(doc, out, progress::isCancelled, drawn));
    }

    private static void writeXlsx(YearStats stats, StatisticsDetails details, Path target, Progress progress) {
        progress.checkCancelled();
        OutputPaths.writeAtomically(target, out -> StatisticsWorkbookWriter.write(stats, details, out));
    }
}
