package org.partydesk.app.sample;

import java.time.LocalDate;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.store.SettingsRepository;

import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * Fills an empty database with the sample bureau 示例市生态环境局 (fictional people, modelled on the
 * seed articles): organisation tree, members, three years of 三会一课, responsibility lists with their
 * records, commendations, evidence photos, people on the way into the party (发展党员) and two years of 党费. The same seed gives the same data; everything is
 * written in one transaction with jOOQ batches and one summary audit row.
 */
public final class SampleBureau {
    private static final String BUREAU_NAME_SETTING = "bureau_name";

    private SampleBureau() {
    }

    /** SMALL: the seeds' bureau (~300 active members, 41 branches, 3 years); LARGE: a stress set (10,000 members, 500 branches, 10 years). */
    public enum Scale { SMALL, LARGE }

    /** What was generated. */
    public record Summary(int orgUnits, int members, int meetings, int attendance, int evidence) {
        public String describe() {
            return orgUnits + " 个组织、" + members + " 名党员、" + meetings + " 次会议";
        }
    }

    /**
     * Generates the sample into the workspace's (empty) database.
     *
     * @param year the sample's current year; null for this year. "Today" is the real date in the real
     *             current year and 31 December otherwise.
     * @throws InputRejectedException when the database already has members or organisations
     */
    public static Summary generate(Workspace ws, Scale scale, long seed, Integer year, Progress progress) {
        LocalDate now = LocalDate.now();
        int y = year != null ? year : now.getYear();
        if (y < 2000 || y > 2100) {
            throw new InputRejectedException("示例数据的年份应在 2000 到 2100 之间，而不是 " + y);
        }
        LocalDate today = y == now.getYear() ? now : LocalDate.of(y, 12, 31);
        Shape shape = scale == Scale.LARGE ? Shape.large() : Shape.small();
        return ws.database().write(ws.operator(), tx -> {
            int members = tx.dsl().fetchCount(MEMBER);
            int units = tx.dsl().fetchCount(ORG_UNIT);
            if (members > 0) {
                throw new InputRejectedException("数据库不是空的：已有 " + members + " 名党员，示例数据只能填入空数据库");
            }
            if (units > 0) {
                throw new InputRejectedException("数据库不是空的：已有 " + units + " 个组织，示例数据只能填入空数据库");
            }
            progress.update(0, 100, "组织与党员");
            SampleContext ctx = new SampleContext(tx, shape, seed, y, today, progress, ws.database().evidenceFolder());
            Roster roster = Roster.build(ctx);
            Meetings meetings = Meetings.build(ctx, roster, 10, 80);
            progress.update(80, 100, "责任清单");
            ResponsibilityLists.build(ctx, roster);
            progress.update(88, 100, "评先创优");
            Commendations commendations = Commendations.build(ctx, roster);
            EvidenceImages images = EvidenceImages.build(ctx, roster, meetings, commendations);
            Recruits.build(ctx, roster);
            DuesPayments.build(ctx, roster);
            progress.checkCancelled();
            progress.update(92, 100, "写入数据库");
            ctx.rows.flushAll();
            SettingsRepository.put(tx, BUREAU_NAME_SETTING, ctx.text.at("settings", 0));
            SettingsRepository.put(tx, Workspace.OPERATOR_SETTING, ctx.text.at("settings", 1));
            tx.audit("sample", null, "SAMPLE", null, "{\"scale\":\"" + scale + "\",\"seed\":" + seed + ",\"year\":" + y
                    + ",\"today\":\"" + today + "\",\"rows\":" + ctx.rows.countsJson() + "}");
            progress.update(100, 100, "完成");
            return new Summary(roster.units.size(), roster.people.size(), meetings.count, ctx.attendance.count(), images.count);
        });
    }
}
