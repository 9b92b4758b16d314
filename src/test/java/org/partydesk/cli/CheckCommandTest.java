package org.partydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path bureau() {
        Path file = dir.resolve("bureau.db");
        try (Database db = Database.open(file)) {
            new MeetingFixture(db).bureau2025();
        }
        return file;
    }

    @Test
    void jsonHasExactlyTheContractedShape() {
        Run r = run("check", "--db", bureau().toString(), "--year", "2025", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"year\":2025,\"quarter\":null,\"asOf\":\"" + java.time.LocalDate.now() + "\",\"inProgress\":false,\"branches\":["
                + "{\"branch\":\"局党组\",\"rating\":\"GREEN\",\"held\":{\"DEMOCRATIC_LIFE_MEETING\":1},\"shortfalls\":[],\"pending\":[]},"
                + "{\"branch\":\"第一党支部\",\"rating\":\"GREEN\",\"held\":{\"BRANCH_COMMITTEE\":12,\"CELL_MEETING\":12,"
                + "\"PARTY_LESSON\":4},\"shortfalls\":[],\"pending\":[]},"
                + "{\"branch\":\"第二党支部\",\"rating\":\"YELLOW\",\"held\":{\"BRANCH_COMMITTEE\":10,\"PARTY_LESSON\":4},"
                + "\"shortfalls\":[{\"type\":\"BRANCH_COMMITTEE\",\"slot\":\"2025-04\",\"required\":1,\"held\":0},"
                + "{\"type\":\"BRANCH_COMMITTEE\",\"slot\":\"2025-05\",\"required\":1,\"held\":0}],\"pending\":[]},"
                + "{\"branch\":\"第三党支部\",\"rating\":\"RED\",\"held\":{\"BRANCH_COMMITTEE\":12,\"PARTY_LESSON\":0},"
                + "\"shortfalls\":[{\"type\":\"PARTY_LESSON\",\"slot\":\"2025-Q1\",\"required\":1,\"held\":0},"
                + "{\"type\":\"PARTY_LESSON\",\"slot\":\"2025-Q2\",\"required\":1,\"held\":0},"
                + "{\"type\":\"PARTY_LESSON\",\"slot\":\"2025-Q3\",\"required\":1,\"held\":0},"
                + "{\"type\":\"PARTY_LESSON\",\"slot\":\"2025-Q4\",\"required\":1,\"held\":0}],\"pending\":[]},"
                + "{\"branch\":\"临时党支部\",\"rating\":\"GREEN\",\"held\":{\"BRANCH_COMMITTEE\":6,\"PARTY_LESSON\":2},"
                + "\"shortfalls\":[],\"pending\":[]}]}");
        Run q = run("check", "--db", dir.resolve("bureau.db").toString(), "--year", "2025", "--quarter", "2", "--json");
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(q.out()).startsWith("{\"year\":2025,\"quarter\":2,\"asOf\":");
    }

    @Test
    void theReadableMatrixNamesRatingsAndShortfallsInChinese() {
        Run r = run("check", "--db", bureau().toString(), "--year", "2025");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("党支部\t评级", "第二党支部\t黄旗", "第三党支部\t红旗", "第一党支部\t绿旗",
                "第三党支部\t党课\t第一季度\t应开1次，实开0次", "合计：绿旗3个，黄旗1个，红旗1个").doesNotContain("没有任何会议记录");
        Run empty = run("check", "--db", dir.resolve("bureau.db").toString(), "--year", "2019");
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("注意：2019年没有任何会议记录，各党支部都按没有开会评定。请先导入三会一课台账或登记会议");
    }

    @Test
    void aBadQuarterOrYearIsAUsageError() {
        Path db = dir.resolve("x.db");
        Run quarter = run("check", "--db", db.toString(), "--year", "2025", "--quarter", "5");
        assertThat(quarter.code()).isEqualTo(2);
        assertThat(quarter.err()).contains("用法错误", "--quarter");
        Run year = run("check", "--db", db.toString(), "--year", "25");
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("--year");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(new JsonText().beginObject().key("a\"b").value("x\\y\n\u0001").key("n").value((Integer) null)
                .endObject().toString()).isEqualTo("{\"a\\\"b\":\"x\\\\y\\n\\u0001\",\"n\":null}");
    }

    @Test
    void aRunningQuarterSaysSoAndListsWhatIsStillToBeHeld() {
        java.time.LocalDate today = java.time.LocalDate.now();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        String db = bureau().toString();
        Run json = run("check", "--db", db, "--year", String.valueOf(today.getYear()), "--quarter", String.valueOf(quarter), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        // the fixture holds no meetings this month: each branch's monthly 支委会 is still to be held before the month ends
        String thisMonth = java.time.YearMonth.from(today).toString();
        assertThat(json.out()).contains("\"asOf\":\"" + today + "\",\"inProgress\":true",
                "\"pending\":[{\"type\":\"BRANCH_COMMITTEE\",\"slot\":\"" + thisMonth + "\",\"required\":1,\"held\":0}");
        Run text = run("check", "--db", db, "--year", String.valueOf(today.getYear()), "--quarter", String.valueOf(quarter));
        assertThat(text.out()).contains("截至" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                + "日，本期尚未结束", "尚待召开（所在月份、季度或年度结束前）：", "第一党支部\t支部委员会\t" + today.getMonthValue() + "月\t应开1次，已开0次");
        Run ended = run("check", "--db", db, "--year", "2025");
        assertThat(ended.out()).doesNotContain("尚未结束", "尚待召开");
    }
}
