package org.partydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.meetings.PendingWords;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.ComplianceReport;
import org.partydesk.model.Flag;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Rating;
import org.partydesk.model.Shortfall;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check --year Y [--quarter Q] [--json]}: the 红黄旗 matrix of every branch, with the slots each fell
 * short in and the attendance warnings; while the period runs, what is still to be held in its slots not over yet. The
 * JSON form is {@code {"year":Y,"quarter":Q|null,"asOf":"YYYY-MM-DD","inProgress":true|false,"branches":[{"branch","rating",
 * "held":{TYPE:n},"shortfalls":[{"type","slot","required","held"}],"pending":[{"type","slot","required","held"}]}]}}
 * ({@code asOf}: the day the check was made, the last day counted while the period runs).
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "三会一课合规检查（红黄旗），按党支部")
final class CheckCommand implements Callable<Integer> {
    static final int FIRST_YEAR = 1921;
    static final int LAST_YEAR = 2100;

    private static final Map<MeetingType, String> TYPE_LABELS = Map.of(
            MeetingType.BRANCH_ASSEMBLY, "支部党员大会",
            MeetingType.BRANCH_COMMITTEE, "支部委员会",
            MeetingType.CELL_MEETING, "党小组会",
            MeetingType.PARTY_LESSON, "党课",
            MeetingType.THEMED_PARTY_DAY, "主题党日",
            MeetingType.ORGANIZATIONAL_LIFE_MEETING, "组织生活会",
            MeetingType.DEMOCRATIC_LIFE_MEETING, "民主生活会",
            MeetingType.MEMBER_APPRAISAL, "民主评议党员",
            MeetingType.CENTRAL_GROUP_STUDY, "理论学习中心组学习");
    private static final Map<Rating, String> RATING_LABELS = Map.of(
            Rating.GREEN, "绿旗", Rating.YELLOW, "黄旗", Rating.RED, "红旗");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--year", paramLabel = "Y", required = true, description = "检查年度，如 2025")
    int year;

    @Option(names = "--quarter", paramLabel = "Q", description = "只检查该季度（1-4）")
    Integer quarter;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    /** A usage error (exit 2) for a year outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}. */
    static void checkYear(CommandLine.Model.CommandSpec spec, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--year 应为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的年份：" + year);
        }
    }

    /** A usage error (exit 2) for a quarter other than 1 to 4. */
    static void checkQuarter(CommandLine.Model.CommandSpec spec, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quarter 应为 1 至 4：" + quarter);
        }
    }

    @Override
    public Integer call() {
        checkYear(spec, year);
        if (quarter != null) {
            checkQuarter(spec, quarter);
        }
        ComplianceReport report;
        try (Workspace ws = dbOptions.openExisting()) {
            report = new ComplianceCheck(ws).run(year, quarter);
        }
        // written whole at the end: the console's writer flushes at every line, and a year's matrix and warnings
        // are thousands of lines
        StringWriter text = new StringWriter();
        PrintWriter lines = new PrintWriter(text);
        if (json) {
            lines.println(json(report));
        } else {
            printMatrix(lines, report);
        }
        lines.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return PartyDeskCommand.OK;
    }

    static String json(ComplianceReport report) {
        JsonText j = new JsonText().beginObject()
                .key("year").value(report.year())
                .key("quarter").value(report.quarter())
                .key("asOf").value(report.asOf().toString())
                .key("inProgress").value(report.running())
                .key("branches").beginArray();
        for (BranchCompliance b : report.branches()) {
            j.beginObject()
                    .key("branch").value(b.branch())
                    .key("rating").value(b.rating().name())
                    .key("held").beginObject();
            b.held().forEach((type, n) -> j.key(type.name()).value(n));
            j.endObject().key("shortfalls");
            slots(j, b.shortfalls());
            j.key("pending");
            slots(j, b.pending());
            j.endObject();
        }
        return j.endArray().endObject().toString();
    }

    private static void slots(JsonText j, java.util.List<Shortfall> slots) {
        j.beginArray();
        for (Shortfall s : slots) {
            j.beginObject()
                    .key("type").value(s.type().name())
                    .key("slot").value(s.slot())
                    .key("required").value(s.required())
                    .key("held").value(s.held())
                    .endObject();
        }
        j.endArray();
    }

    /** The Chinese label of a meeting type as the command line prints it. */
    static String label(MeetingType type) {
        return TYPE_LABELS.get(type);
    }

    /** The period checked in words: "2025年", "2025年第三季度". */
    private static String period(ComplianceReport report) {
        return report.year() + "年" + (report.quarter() == null ? "" : ComplianceCheck.periodText(report.year() + "-Q" + report.quarter()));
    }

    private static void printMatrix(PrintWriter out, ComplianceReport report) {
        out.println(period(report)
                + "三会一课合规检查（红黄旗）");
        if (report.running()) {
            out.println(PendingWords.running(report.asOf()));
        }
        Set<MeetingType> columns = EnumSet.noneOf(MeetingType.class);
        report.branches().forEach(b -> columns.addAll(b.held().keySet()));
        StringBuilder head = new StringBuilder("党支部\t评级");
        columns.forEach(t -> head.append('\t').append(TYPE_LABELS.get(t)));
        head.append("\t未达标");
        out.println(head);
        for (BranchCompliance b : report.branches()) {
            StringBuilder row = new StringBuilder(b.branch()).append('\t').append(RATING_LABELS.get(b.rating()));
            columns.forEach(t -> row.append('\t').append(b.held().getOrDefault(t, 0)));
            row.append('\t').append(b.shortfalls().size());
            out.println(row);
        }
        boolean anyShort = report.branches().stream().anyMatch(b -> !b.shortfalls().isEmpty());
        if (anyShort) {
            out.println();
            out.println("未达标明细：");
            for (BranchCompliance b : report.branches()) {
                for (Shortfall s : b.shortfalls()) {
                    out.println("  " + b.branch() + (s.unitName() == null ? "" : "（" + s.unitName() + "）") + "\t"
                            + TYPE_LABELS.get(s.type()) + "\t" + ComplianceCheck.periodText(s.slot()) + "\t应开" + s.required() + "次，实开" + s.held() + "次");
                }
            }
        }
        if (report.branches().stream().anyMatch(b -> !b.pending().isEmpty())) {
            out.println();
            out.println(PendingWords.HEADING);
            for (BranchCompliance b : report.branches()) {
                for (Shortfall s : b.pending()) {
                    out.println("  " + PendingWords.owner(b.branch(), s) + "\t" + String.join("\t", PendingWords.slot(s)));
                }
            }
        }
        long green = report.branches().stream().filter(b -> b.rating() == Rating.GREEN).count();
        long yellow = report.branches().stream().filter(b -> b.rating() == Rating.YELLOW).count();
        long red = report.branches().stream().filter(b -> b.rating() == Rating.RED).count();
        out.println();
        out.println("合计：绿旗" + green + "个，黄旗" + yellow + "个，红旗" + red + "个");
        if (!report.branches().isEmpty() && report.branches().stream().allMatch(b -> b.held().values().stream().allMatch(n -> n == 0))) {
            // all red because nothing is recorded, not because nothing was held: say so
            out.println();
            out.println("注意：" + period(report)
                    + "没有任何会议记录，各党支部都按没有开会评定。请先导入三会一课台账或登记会议");
        }
        if (!report.flags().isEmpty()) {
            out.println();
            out.println("提醒：");
            for (Flag f : report.flags()) {
                out.println("  " + f.message());
            }
        }
    }
}
