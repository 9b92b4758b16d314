package org.partydesk.app.dues;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.Database;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A real database file from empty, with a roster as a clerk's workbook brings it (2020): 第一党支部 张伟 (在职), 李四
 * (离退休), 第二党支部 王五 (学生), 赵六; and 陈新, admitted as 预备党员 on 2026-03-15 to 第一党支部. The clock then
 * stands on 2026-12-01.
 */
public final class DuesFixture implements AutoCloseable {
    public final MovableClock clock = new MovableClock(LocalDateTime.of(2020, 1, 6, 9, 0));
    public final Workspace ws;

    public DuesFixture(Path dir) throws Exception {
        ws = Workspace.of(Database.open(dir.resolve("dues.db"), clock), "测试");
        roster(new SheetMaker()
                .row("党员花名册").mergeLast(0, 4)
                .row("序号", "所在支部", "姓名", "身份证号码", "入党时间")
                .row(1, "第一党支部", "张伟", id("42010219800101123"), "2005-07-01")
                .row(2, "第一党支部", "李四", id("42010219550101123"), "1980-07-01")
                .row(3, "第二党支部", "王五", id("42010220000101123"), "2019-07-01")
                .row(4, "第二党支部", "赵六", id("42010219830101123"), "2008-07-01")
                .xlsx(dir.resolve("花名册.xlsx")));
        clock.set(LocalDateTime.of(2026, 3, 20, 9, 0));
        roster(new SheetMaker()
                .row("序号", "所在支部", "姓名", "身份证号码", "入党时间", "政治面貌")
                .row(1, "第一党支部", "陈新", id("42010219990101123"), "2026-03-15", "中共预备党员")
                .xlsx(dir.resolve("花名册2026.xlsx")));
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    private void roster(Path file) {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        if (!p.errors().isEmpty()) {
            throw new IllegalStateException(p.errors().toString());
        }
    }

    public int member(String name) {
        return new MemberRepository(ws.database()).all().stream().filter(m -> m.name().equals(name)).map(Member::id)
                .findFirst().orElseThrow();
    }

    public int branch(String name) {
        return new OrgRepository(ws.database()).all().stream().filter(u -> u.name().equals(name)).map(OrgUnit::id)
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        ws.close();
    }

    /** A clock the test moves. */
    public static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDateTime at) {
            set(at);
        }

        public void set(LocalDateTime at) {
            now = at.atZone(ZoneId.systemDefault()).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
