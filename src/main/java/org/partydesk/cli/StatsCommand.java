package org.partydesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.partydesk.app.Workspace;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.reports.Reports;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.YearStats;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.app.org.MemberLife;
import java.util.StringJoiner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stats --year Y [--json]}: every figure the reports use. The JSON form is
 * {@code {"year":Y,"members":{"total","full","probationary","byBranch":{NAME:n}},"meetingsHeld":n,"meetings":{TYPE:n},
 * "meetingsByBranch":{NAME:{TYPE:n}},"attendance":{"expected","present","onLeave","absent","rate"},
 * "tags":{TAG:n},"responsibilities":[{"list","owner","items","due","done","overdue"}],
 * "commendations":{"total","byTitle":{TITLE:n},"byLevel":{LEVEL:n}}, … ,"dues":{"due","paid","rate","behind6"}}}
 * (dues in 元: the months of the year up to this month, waived months left out; behind6: members six months
 * behind); the rates have four decimals.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "年度统计数据（年度总结所用的全部数字）")
final class StatsCommand implements Callable<Integer> {
    private static final Map<CommendationLevel, String> LEVEL_LABELS = Map.of(CommendationLevel.NATIONAL, "国家级",
            CommendationLevel.PROVINCIAL, "省级", CommendationLevel.MUNICIPAL, "市级", CommendationLevel.BUREAU, "局级");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--year", paramLabel = "Y", required = true, description = "统计年度，如 2025")
    int year;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Mixin
    EmptyYearOption emptyYear;

    @Override
    public Integer call() {
        CheckCommand.checkYear(spec, year);
        YearStats stats;
        MemberLifeStats life;
        int held;
        Dues.YearFigures dues;
        try (Workspace ws = dbOptions.openExisting()) {
            emptyYear.require(ws, year);
            Reports reports = new Reports(ws);
            stats = reports.stats(year);
            life = new MemberLife(ws).stats(year);
            held = reports.meetingsHeld(year);
            dues = new Dues(ws).year(year);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(stats, life, held, dues) : table(stats, life, held, dues));
        out.flush();
        return PartyDeskCommand.OK;
    }

    static String json(YearStats s, MemberLifeStats life, int meetingsHeld, Dues.YearFigures dues) {
        JsonText j = new JsonText().beginObject().key("year").value(s.year())
                .key("members").beginObject()
                .key("total").value(s.members().total())
                .key("full").value(s.members().full())
                .key("probationary").value(s.members().probationary())
                .key("byBranch").beginObject();
        s.members().byBranch().forEach((k, v) -> j.key(k).value(v));
        j.endObject().endObject().key("meetingsHeld").value(meetingsHeld).key("meetings").beginObject();
        s.meetings().forEach((t, n) -> j.key(t.name()).value(n));
        j.endObject().key("meetingsByBranch").beginObject();
        s.meetingsByBranch().forEach((branch, types) -> {
            j.key(branch).beginObject();
            types.forEach((t, n) -> j.key(t.name()).value(n));
            j.endObject();
        });
        j.endObject().key("attendance").beginObject()
                .key("expected").value(s.attendance().expected())
                .key("present").value(s.attendance().present())
                .key("onLeave").value(s.attendance().onLeave())
                .key("absent").value(s.attendance().absent())
                .key("rate").decimal(Math.round(s.attendance().rate() * 10000) / 10000.0)
                .endObject().key("tags").beginObject();
        s.tags().forEach((k, v) -> j.key(k).value(v));
        j.endObject().key("responsibilities").beginArray();
        for (ListStats l : s.responsibilities()) {
            j.beginObject().key("list").value(l.listName()).key("owner").value(l.ownerName())
                    .key("items").value(l.completion().items())
                    .key("due").value(l.completion().dueItems())
                    .key("done").value(l.completion().doneItems())
                    .key("overdue").value(l.completion().overdueItems())
                    .endObject();
        }
        j.endArray().key("commendations").beginObject()
                .key("total").value(s.commendations().total())
                .key("byTitle").beginObject();
        s.commendations().byTitle().forEach((k, v) -> j.key(k).value(v));
        j.endObject().key("byLevel").beginObject();
        s.commendations().byLevel().forEach((k, v) -> j.key(k.name()).value(v));
        j.endObject().endObject();
        MemberLifeStats.Recruitment r = life.recruitment();
        j.key("recruitment").beginObject().key("applicants").value(r.applicants()).key("activists").value(r.activists())
                .key("candidates").value(r.candidates()).key("admitted").value(r.admitted()).key("confirmed").value(r.confirmed())
                .endObject();
        j.key("transfers").beginObject().key("in").value(life.transfersIn()).key("out").value(life.transfersOut()).endObject();
        j.key("appraisal").beginObject();
        life.appraisal().forEach((k, v) -> j.key(k.name()).value(v));
        j.endObject().key("terms").beginObject().key("due").value(life.termsDue()).key("overdue").value(life.termsOverdue())
                .endObject();
        j.key("dues").beginObject().key("due").decimal(dues.due().doubleValue()).key("paid").decimal(dues.paid().doubleValue())
                .key("rate").decimal(dues.rate().doubleValue()).key("behind6").value(dues.behind6()).endObject();
        return j.endObject().toString();
    }

    /** The same figures as readable Chinese tables (tab-separated columns). */
    static String table(YearStats s, MemberLifeStats life, int meetingsHeld, Dues.YearFigures dues) {
        StringBuilder b = new StringBuilder();
        b.append(s.year()).append("年党建统计（截至").append(s.asOf().getYear() + "年" + s.asOf().getMonthValue() + "月" + s.asOf().getDayOfMonth() + "日").append("）\n\n");
        b.append("党员：共").append(s.members().total()).append("名（正式党员").append(s.members().full())
                .append("名，预备党员").append(s.members().probationary()).append("名）\n");
        b.append("党支部\t党员人数\n");
        s.members().byBranch().forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        b.append("\n会议：共").append(meetingsHeld).append("次（一次会议只计一次）\n");
        b.append("三会一课（一次会议属于两类的，两类各计一次）：\n");
        b.append("党组织");
        for (MeetingType t : s.meetings().keySet()) {
            b.append('\t').append(CheckCommand.label(t));
        }
        b.append('\n');
        for (Map.Entry<String, Map<MeetingType, Integer>> e : s.meetingsByBranch().entrySet()) {
            b.append(e.getKey());
            for (MeetingType t : s.meetings().keySet()) {
                b.append('\t').append(e.getValue().getOrDefault(t, 0));
            }
            b.append('\n');
        }
        b.append("合计");
        s.meetings().values().forEach(n -> b.append('\t').append(n));
        b.append("\n\n出勤：应到").append(s.attendance().expected()).append("人次，实到").append(s.attendance().present())
                .append("人次，请假").append(s.attendance().onLeave()).append("人次，缺席").append(s.attendance().absent())
                .append("人次，参会率").append(String.format(Locale.ROOT, "%.1f%%", s.attendance().rate() * 100)).append('\n');
        if (!s.tags().isEmpty()) {
            b.append("\n主题活动（标签）\t次数\n");
            s.tags().forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        }
        b.append("\n责任清单\t责任主体\t条目\t到期\t已完成\t逾期\n");
        for (ListStats l : s.responsibilities()) {
            b.append(l.listName()).append('\t').append(l.ownerName()).append('\t').append(l.completion().items())
                    .append('\t').append(l.completion().dueItems()).append('\t').append(l.completion().doneItems())
                    .append('\t').append(l.completion().overdueItems()).append('\n');
        }
        b.append("\n评先创优：共").append(s.commendations().total()).append("人（个）次\n荣誉名称\t人（个）次\n");
        s.commendations().byTitle().forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        b.append("级别\t人（个）次\n");
        for (CommendationLevel l : CommendationLevel.values()) {
            b.append(LEVEL_LABELS.get(l)).append('\t')
                    .append(s.commendations().byLevel().getOrDefault(l, 0)).append('\n');
        }
        MemberLifeStats.Recruitment r = life.recruitment();
        b.append("\n发展党员：递交入党申请书").append(r.applicants()).append("人，确定入党积极分子").append(r.activists())
                .append("人，确定发展对象").append(r.candidates()).append("人，接收预备党员").append(r.admitted())
                .append("人，预备党员转正").append(r.confirmed()).append("人\n");
        b.append("组织关系转接：转入").append(life.transfersIn()).append("人，转出").append(life.transfersOut()).append("人\n");
        b.append("民主评议党员：");
        StringJoiner results = new StringJoiner("，");
        life.appraisal().forEach((k, v) -> results.add(MemberLife.label(k) + v + "人"));
        boolean noResults = life.appraisal().values().stream().allMatch(v -> v == 0);
        // a year of appraisal meetings without their results is not a year of nobody appraised
        b.append(noResults ? "未登记评议结果" + (s.meetingsOf(MeetingType.MEMBER_APPRAISAL) > 0
                ? "（召开民主评议党员会议" + s.meetingsOf(MeetingType.MEMBER_APPRAISAL) + "次，结果可在会议中登记）" : "") : results)
                .append('\n');
        b.append("支部换届：应换届").append(life.termsDue()).append("个，逾期未换届").append(life.termsOverdue()).append("个\n");
        if (dues.due().signum() == 0 && dues.paid().signum() == 0 && dues.behind6() == 0) {
            return b.append("党费：未登记党费").toString();
        }
        b.append("党费：应缴").append(dues.due().toPlainString()).append("元，实缴").append(dues.paid().toPlainString())
                .append("元，收缴率").append(dues.rate().movePointRight(2).stripTrailingZeros().toPlainString())
                .append("%，连续六个月未交纳").append(dues.behind6()).append("人\n");
        return b.toString().stripTrailing();
    }
}
