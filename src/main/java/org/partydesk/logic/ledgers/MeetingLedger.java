package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.logic.Terms;
import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.MeetingEntry.NamedNote;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.PersonRef;
import org.partydesk.model.RecordedCounts;

/**
 * The meetings ledger (三会一课台账): its columns, their aliases and notes, the validation of one row into
 * a {@link MeetingEntry}, and the attendance sheet a row gives against the roster of its branch on the
 * meeting day. Pure: no file, no database.
 */
public final class MeetingLedger {
    public static final String SEQ = "seq";
    public static final String BRANCH = "branch";
    public static final String TYPES = "types";
    public static final String THEME = "theme";
    public static final String HELD_AT = "heldAt";
    public static final String PLACE = "place";
    public static final String HOST = "host";
    public static final String RECORDER = "recorder";
    public static final String LECTURER = "lecturer";
    public static final String EXPECTED = "expected";
    public static final String PRESENT = "present";
    public static final String ON_LEAVE_COUNT = "onLeaveCount";
    public static final String ABSENT_COUNT = "absentCount";
    public static final String ON_LEAVE = "onLeave";
    public static final String ABSENT = "absent";
    public static final String NON_VOTING = "nonVoting";
    /** 参会人员 (read only): who came; the expected members it does not name, nor 请假, were absent. */
    public static final String ATTENDEES = "attendees";
    /** 出席情况 written as a sentence (应到8人，实到7人，请假1人): read only, for its numbers. */
    public static final String ATTENDANCE_TEXT = "attendanceText";
    /** 时间 beside 日期 (read only): the meeting's time of day in a column of its own. */
    public static final String HELD_TIME = "heldTime";
    /** 补课情况 (read only): who of those on leave made the meeting up, and when. */
    public static final String MAKE_UP = "makeUp";
    public static final String AGENDA = "agenda";
    public static final String MINUTES = "minutes";

    public static final String SHEET_NAME = "三会一课";
    public static final String TITLE = "“三会一课”台账";
    /** How names and types are joined in one cell when exporting. */
    public static final String LIST_SEPARATOR = "、";

    /** The opening lines of the template's 填表说明. */
    public static final List<String> GUIDE = List.of(
            "第1行为标题，第2行为表头；从第3行起每行一次会议。列的顺序可以调整，列名可用常见写法（如“会议名称”“活动时间”）。",
            "一次会议同时算作几种会议时（如主题党日同时上党课），在会议类型中写“主题党日、党课”。",
            "会议时间可写成 2025-03-08 09:00、2025/3/8 14:30、2025年3月8日下午2:30、2025.03.08 或 20250308；只写日期也可以。",
            "请假人员、缺席人员、列席人员写姓名，用顿号分隔；请假事由写在姓名后的括号里，如：张三（出差）、李四（病假）。",
            "应到、实到人数按会议当天的组织关系核对：名册中当天属于该党支部的党员都算应到，未写在请假、缺席中的算出席。",
            "只写人数、不写请假和缺席人员姓名时（或支部委员会尚未登记支部委员时），按台账写的应到、实到、请假、缺席人数记录（按台账人数）；人数可写 8 或 8人。",
            "同一党支部、同一会议时间、同一会议类型和会议主题的一行即为同一次会议，再次导入时更新而不重复。",
            "表格最后可以有一行以“注：”或“说明”开头的备注，导入时忽略。");

    /** Type words (the labels and the table {@link LedgerValues#MEETING_TYPE}) → type. */
    private static final Map<String, MeetingType> TYPE_NAMES = new LinkedHashMap<>();
    /** Type words read by custom, not by name (集中学习): a warning names the type they were read as. */
    private static final Set<String> GUESSED_TYPES = new HashSet<>();
    /** The type words, longest first, for finding a type in a theme (2025年3月主题党日活动). */
    private static final List<String> TYPE_WORDS;

    static {
        for (MeetingType t : MeetingType.values()) {
            TYPE_NAMES.put(Terms.label(t), t);
        }
        LedgerValues.table(LedgerValues.MEETING_TYPE).forEach((word, value) -> {
            boolean guessed = value.endsWith("?");
            TYPE_NAMES.put(word, MeetingType.valueOf(guessed ? value.substring(0, value.length() - 1) : value));
            if (guessed) {
                GUESSED_TYPES.add(word);
            }
        });
        TYPE_WORDS = TYPE_NAMES.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    private static final Pattern COUNT = Pattern.compile("(\\d{1,6})人?");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,;，；]");
    private static final String SEPARATOR_CHARS = "、,;，；\n\r";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What a 参会人员 cell writes for everyone: 全体党员, 全体, 全员, 应到全到. */
    private static final Pattern EVERYONE = Pattern.compile("(全体|全部)(党员|同志|人员|支部党员)?|全员(到会|参加)?|(应到)?全到");
    private static final Pattern CLOSING_BRACKET = Pattern.compile("[）)]$");

    public static final HeaderAliases COLUMNS = new HeaderAliases(List.of(
            col(SEQ, "序号", List.of("编号"), Kind.IGNORED, List.of(), "可不填，导入时忽略", 6),
            col(BRANCH, "所在党支部", List.of("所在支部", "党支部", "支部", "所在组织", "党组织", "组织名称", "支部名称"), Kind.TEXT,
                    List.of(), "必填；开会的党组织；同名的写作 名称（上级党组织名称）；库中没有的党支部导入时在机关党委下新建", 20),
            col(TYPES, "会议类型", List.of("会议类别", "类型", "活动类型", "会议形式"), Kind.CHOICES,
                    Arrays.stream(MeetingType.values()).map(Terms::label).toList(),
                    "可写多种，用顿号分隔，如 主题党日、党课；也可写 支委会、党员大会；不填时按会议主题中的会议类型（如“3月主题党日活动”）", 16),
            col(THEME, "会议主题", List.of("会议名称", "活动主题", "主题", "会议题目", "活动名称"), Kind.TEXT, List.of(), "必填", 30),
            col(HELD_AT, "会议时间", List.of("实际会议时间", "实际时间", "活动日期", "会议召开时间", "开会时间", "活动时间", "召开时间", "会议日期", "时间", "日期"), Kind.DATE, List.of(),
                    "必填；如 2025-03-08 09:00，只写日期也可以", 18),
            col(PLACE, "会议地点", List.of("地点", "活动地点", "开会地点"), Kind.TEXT, List.of(), "", 16),
            col(HOST, "主持人", List.of("主持人姓名", "会议主持人", "主持"), Kind.TEXT, List.of(), "本支部党员写姓名即可", 10),
            col(RECORDER, "记录人", List.of("记录人姓名", "会议记录人", "记录", "记录员"), Kind.TEXT, List.of(), "", 10),
            col(LECTURER, "讲课人", List.of("授课人", "主讲人", "讲课人姓名", "授课人姓名", "主讲人姓名"), Kind.TEXT, List.of(), "党课填写", 10),
            col(EXPECTED, "应到人数", List.of("应到", "应到人", "应参会人数", "应参加人数", "应出席人数", "应到会人数"), Kind.TEXT, List.of(), "可不填；填写时与名册核对，不一致给出提醒", 8),
            col(PRESENT, "实到人数", List.of("实到", "实到人", "实参会人数", "实际参会人数", "实参加人数", "出席人数", "实到会人数", "参会人数", "参加人数", "到会人数"), Kind.TEXT, List.of(), "可不填；填写时与名单核对，不一致给出提醒", 8),
            col(ON_LEAVE_COUNT, "请假人数", List.of("请假人次"), Kind.TEXT, List.of(),
                    "可不填；写了请假人员姓名时与名单核对；只写人数时按台账人数记录", 8),
            col(ABSENT_COUNT, "缺席人数", List.of("缺席人次"), Kind.TEXT, List.of(),
                    "可不填；写了缺席人员姓名时与名单核对；只写人数时按台账人数记录", 8),
            col(ON_LEAVE, "请假人员", List.of("请假人员及事由", "请假人员及原因", "请假", "请假人", "请假人员姓名", "请假人及事由", "请假人及原因",
                    "请假情况"), Kind.TEXT, List.of(),
                    "姓名用顿号分隔，事由写在括号里：张三（出差）、李四（病假）", 24),
            col(ABSENT, "缺席人员", List.of("缺席", "缺席人", "无故缺席人员", "缺席人员及原因", "缺席人员及事由", "缺席人及原因",
                    "缺席人员姓名", "缺席情况"), Kind.TEXT, List.of(), "姓名用顿号分隔", 16),
            col(NON_VOTING, "列席人员", List.of("列席", "列席人"), Kind.TEXT, List.of(), "姓名用顿号分隔，可在括号里注明单位或身份", 16),
            col(AGENDA, "会议议题", List.of("议题", "会议议程", "议程"), Kind.TEXT, List.of(), "多个议题分行写（Alt+Enter）或用分号分隔", 30),
            col(MINUTES, "会议内容", List.of("内容", "会议记录", "主要内容", "会议纪要"), Kind.TEXT, List.of(), "会议记录或主要内容", 40)),
            List.of(col(ATTENDEES, "参会人员", List.of("出席人员", "实到人员", "参加人员", "到会人员", "参会人员名单", "出席人员名单",
                    "参会党员", "出席党员", "参会人员姓名", "出席人员姓名"), Kind.TEXT, List.of(),
                    "出席的党员，姓名用顿号分隔；写了时，应到人员中既不在其中、也未请假的记为缺席", 16),
                    col(ATTENDANCE_TEXT, "出席情况", List.of("到会情况", "出勤情况", "参会情况说明", "出席情况说明"), Kind.TEXT,
                            List.of(), "写成一句话的出席情况，如“应到8人，实到7人，请假1人”：读出其中的人数", 20),
                    col(HELD_TIME, "会议时刻", List.of("开始时间", "召开时刻"), Kind.TEXT, List.of(),
                            "日期和时间分两列写时的时间，如 9:00、14:30、下午2:30", 8),
                    col(MAKE_UP, "补课情况", List.of("补课", "补课记录", "补学情况", "补课时间", "补学", "请假补课情况"), Kind.TEXT,
                            List.of(), "请假党员的补课：写“张三、李四已于7月22日补课”，或只写“已补课（2025.7.2）”（指全部请假人员）", 20)))
            // 请假 | 缺席 beside 请假人员 | 缺席人员: the numbers; 时间 beside 日期: the time of day
            .elseAs("请假", ON_LEAVE_COUNT).elseAs("缺席", ABSENT_COUNT).elseAs("请假人", ON_LEAVE_COUNT)
            .elseAs("缺席人", ABSENT_COUNT).elseAs("时间", HELD_TIME)
            // a branch's sheet of 时间 | 类型 | 内容: the content's first line names the meeting
            .standIn(THEME, MINUTES)
            // 一、机关第一党支部 over its meetings, in a sheet without 所在党支部
            .branchHeadings(BRANCH);

    /** The most characters of a 会议内容's first line taken as the theme of a meeting written without one. */
    static final int THEME_FROM_CONTENT = 40;

    /** Keys without which a meetings ledger cannot be imported. */
    public static final List<String> REQUIRED = List.of(BRANCH, THEME, HELD_AT);

    private MeetingLedger() {
    }

    private static LedgerColumn col(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                                    String note, int width) {
        return new LedgerColumn(key, header, aliases, kind, choices, note, width);
    }

    /** A validated row and what was wrong with it; {@code entry} is null when there is an error. */
    public record RowResult(MeetingEntry entry, List<CellProblem> problems) {
    }

    /**
     * Validates one row (cells by column key; a missing key is a column the file does not have)
     * against {@code today}.
     */
    public static RowResult validate(Map<String, LedgerCell> row, LocalDate today) {
        return validate(row, today, null);
    }

    /**
     * Validates one row as {@link #validate(Map, LocalDate)}; {@code defaultYear} (the year of the sheet's title,
     * {@link LedgerDates#yearInTitle}; null: unknown) completes a 会议时间 written without a year (5月8日).
     */
    public static RowResult validate(Map<String, LedgerCell> row, LocalDate today, Integer defaultYear) {
        List<CellProblem> problems = new ArrayList<>();
        String branch = MemberLedger.text(row.get(BRANCH));
        if (branch == null) {
            problems.add(new CellProblem(BRANCH, Severity.ERROR, "所在党支部为空"));
        }
        // free text as typed, its full-width punctuation kept (专题党课：…); the identity of a meeting compares it cleaned
        String theme = LedgerCell.tidy(row.get(THEME));
        String content = theme == null ? minutes(row.get(MINUTES)) : null;
        if (content != null) {
            // a ledger with only 内容 (会议内容) and no 主题: its first line names the meeting, the whole stays its content
            theme = content.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(content);
            if (theme.length() > THEME_FROM_CONTENT) {
                theme = theme.substring(0, THEME_FROM_CONTENT) + "…";
            }
            problems.add(new CellProblem(MINUTES, Severity.WARNING, "没有写会议主题：以会议内容的第一行作为会议主题"));
        } else if (theme == null) {
            problems.add(new CellProblem(THEME, Severity.ERROR, "会议主题为空"));
        }
        String typeText = MemberLedger.text(row.get(TYPES));
        Set<MeetingType> types = typeText == null && theme != null ? typesInTheme(theme, problems) : null;
        if (types == null || types.isEmpty()) {
            types = types(typeText, problems);
        }
        HeldAt held = heldAt(withTime(row.get(HELD_AT), row.get(HELD_TIME)), defaultYear, problems);
        LocalDateTime heldAt = held == null ? null : held.at();
        if (heldAt != null && heldAt.toLocalDate().isAfter(today)) {
            problems.add(new CellProblem(HELD_AT, Severity.ERROR, "会议时间晚于今天（台账只记已召开的会议）"));
        }
        if (heldAt != null && defaultYear != null && heldAt.getYear() != defaultYear) {
            // a slip of the year (2024年6月8日 in a 2025 ledger) would file the meeting in a year nobody checks
            problems.add(new CellProblem(HELD_AT, Severity.WARNING, "会议时间是" + heldAt.getYear() + "年，而表格标题写的是"
                    + defaultYear + "年，请核对"));
        }
        Integer expected = count(row.get(EXPECTED), EXPECTED, "应到人数", problems);
        Integer present = count(row.get(PRESENT), PRESENT, "实到人数", problems);
        Integer leaveCount = count(row.get(ON_LEAVE_COUNT), ON_LEAVE_COUNT, "请假人数", problems);
        Integer absentCount = count(row.get(ABSENT_COUNT), ABSENT_COUNT, "缺席人数", problems);
        // 出席情况 as a sentence: its numbers where no column gives them
        Map<String, Integer> said = attendanceText(row.get(ATTENDANCE_TEXT), problems);
        expected = expected != null ? expected : said.get(EXPECTED);
        present = present != null ? present : said.get(PRESENT);
        leaveCount = leaveCount != null ? leaveCount : said.get(ON_LEAVE_COUNT);
        absentCount = absentCount != null ? absentCount : said.get(ABSENT_COUNT);
        // 请假 / 缺席 under 参会情况 beside 应到 / 实到 hold numbers: a number there is the count, never a name
        boolean leaveIsCount = leaveCount == null && isCount(row.get(ON_LEAVE));
        boolean absentIsCount = absentCount == null && isCount(row.get(ABSENT));
        if (leaveIsCount) {
            leaveCount = count(row.get(ON_LEAVE), ON_LEAVE, "请假人数", problems);
        }
        if (absentIsCount) {
            absentCount = count(row.get(ABSENT), ABSENT, "缺席人数", problems);
        }
        List<NamedNote> onLeave = leaveIsCount ? List.of() : names(row.get(ON_LEAVE));
        List<NamedNote> absent = absentIsCount ? List.of() : names(row.get(ABSENT));
        Set<String> leaveNames = new HashSet<>();
        onLeave.forEach(n -> leaveNames.add(n.name()));
        for (NamedNote n : absent) {
            if (leaveNames.contains(n.name())) {
                problems.add(new CellProblem(ABSENT, Severity.ERROR, "“" + n.name() + "”同时写在请假人员和缺席人员中"));
            }
        }
        duplicates(onLeave, ON_LEAVE, problems);
        duplicates(absent, ABSENT, problems);
        // a number under 参会人员 is how many came (实到), not a name
        boolean attendeesIsCount = isCount(row.get(ATTENDEES));
        if (attendeesIsCount && present == null) {
            present = count(row.get(ATTENDEES), ATTENDEES, "实到人数", problems);
        }
        List<NamedNote> attendees = attendeesIsCount ? List.of() : names(row.get(ATTENDEES));
        if (expected != null && present != null && leaveCount != null && absentCount != null
                && expected != present + leaveCount + absentCount) {
            // 应到8 实到6 请假1 缺席0: one of the four numbers is wrong, and the totals would not add up
            problems.add(new CellProblem(EXPECTED, Severity.WARNING, "应到" + expected + "人，而实到" + present + "人、请假"
                    + leaveCount + "人、缺席" + absentCount + "人合计" + (present + leaveCount + absentCount) + "人，请核对"));
        }
        Set<String> absentNames = new HashSet<>();
        absent.forEach(n -> absentNames.add(n.name()));
        for (NamedNote n : attendees) {
            if (leaveNames.contains(n.name()) || absentNames.contains(n.name())) {
                problems.add(new CellProblem(ATTENDEES, Severity.ERROR, "“" + n.name() + "”同时写在参会人员和"
                        + (leaveNames.contains(n.name()) ? "请假人员" : "缺席人员") + "中"));
            }
        }
        duplicates(attendees, ATTENDEES, problems);
        MeetingEntry entry = new MeetingEntry(branch, types, theme, heldAt, LedgerCell.tidy(row.get(PLACE)),
                MemberLedger.name(row.get(HOST)), MemberLedger.name(row.get(RECORDER)), MemberLedger.name(row.get(LECTURER)),
                expected, present, onLeave, absent, names(row.get(NON_VOTING)), agenda(row.get(AGENDA)),
                withEnd(minutes(row.get(MINUTES)), held), leaveCount, absentCount, attendees, LedgerCell.tidy(row.get(MAKE_UP)));
        boolean error = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return new RowResult(error || types.isEmpty() ? null : entry, List.copyOf(problems));
    }

    /**
     * The types a theme names when the type column is missing or blank ("2025年3月主题党日活动" → 主题党日),
     * with a warning saying so; empty when it names none.
     */
    static Set<MeetingType> typesInTheme(String theme, List<CellProblem> problems) {
        Set<MeetingType> types = EnumSet.noneOf(MeetingType.class);
        StringBuilder rest = new StringBuilder(Texts.compact(theme));
        List<String> found = new ArrayList<>();
        for (String word : TYPE_WORDS) {
            int at = rest.indexOf(word);
            if (at >= 0) {
                rest.replace(at, at + word.length(), "|".repeat(word.length()));
                if (types.add(TYPE_NAMES.get(word))) {
                    found.add(word);
                }
            }
        }
        if (!types.isEmpty()) {
            problems.add(new CellProblem(TYPES, Severity.WARNING, "会议类型未填写，按会议主题中的“" + String.join("、", found)
                    + "”记为" + typesText(types)));
        }
        return types;
    }

    /** （扩大）, (扩大会议) after a meeting's type. */
    private static final Pattern ENLARGED = Pattern.compile("[（(]扩大(会议)?[）)]$|扩大会议$");
    /** 暨, 及, 和, 与, 并: two types joined in one name. */
    private static final Pattern TYPE_JOINED = Pattern.compile("暨|及|和|与|并");

    private static Set<MeetingType> types(String text, List<CellProblem> problems) {
        Set<MeetingType> types = EnumSet.noneOf(MeetingType.class);
        if (text == null) {
            problems.add(new CellProblem(TYPES, Severity.ERROR, "会议类型为空"));
            return types;
        }
        for (String written : LIST_SEPARATORS.split(Texts.compact(text).replace('+', '、').replace('/', '、'))) {
            if (written.isEmpty()) {
                continue;
            }
            // 支部委员会（扩大）: the same meeting with others invited
            String part = ENLARGED.matcher(written).replaceAll("");
            if (!TYPE_NAMES.containsKey(part) && TYPE_JOINED.matcher(part).find()) {
                // 党员大会暨党课, 主题党日及党课, 组织生活会和民主评议党员: two kinds held as one meeting
                String[] both = TYPE_JOINED.split(part);
                if (java.util.Arrays.stream(both).allMatch(TYPE_NAMES::containsKey)) {
                    java.util.Arrays.stream(both).map(TYPE_NAMES::get).forEach(types::add);
                    continue;
                }
            }
            String uncoded = LedgerValues.withoutCode(part);
            MeetingType t = TYPE_NAMES.containsKey(part) || uncoded == null ? TYPE_NAMES.get(part)
                    : TYPE_NAMES.get(Texts.compact(uncoded));
            if (t != null && GUESSED_TYPES.contains(part)) {
                problems.add(new CellProblem(TYPES, Severity.WARNING, "会议类型“" + part + "”按" + Terms.label(t)
                        + "记录，如是其他会议请改写会议类型"));
            }
            if (t == null) {
                problems.add(new CellProblem(TYPES, Severity.ERROR, "不认识的会议类型“" + part + "”，应为 "
                        + String.join("、", COLUMNS.column(TYPES).choices()) + " 之一（几种用顿号分隔）"));
            } else {
                types.add(t);
            }
        }
        if (types.isEmpty() && problems.stream().noneMatch(p -> p.key().equals(TYPES))) {
            problems.add(new CellProblem(TYPES, Severity.ERROR, "会议类型为空"));
        }
        return types;
    }

    /** The meeting time and, when the ledger gave a range (9:00-11:00), its end. */
    private record HeldAt(LocalDateTime at, LocalTime end) {
    }

    /** 日期 and 时间 in two columns as one text (2025-01-08 9:00), or the 日期 cell alone when there is no time. */
    private static LedgerCell withTime(LedgerCell date, LedgerCell time) {
        if (date == null || date.isEmptyValue() || time == null || time.isEmptyValue()) {
            return date;
        }
        String clock = time.text().contains("T") ? time.text().substring(time.text().indexOf('T') + 1) : time.text().strip();
        if (date.date() != null && date.text().contains("T")) {
            return date; // the date cell has its own time
        }
        return LedgerCell.text((date.date() != null ? date.date().toString() : date.text().strip()) + " " + clock);
    }

    /**
     * The meeting time: an Excel date (with its time if any), or a date in text with an optional time or time
     * range and the forms of {@link LedgerDates#parseDateTime} (5月8日 with {@code defaultYear}).
     */
    private static HeldAt heldAt(LedgerCell cell, Integer defaultYear, List<CellProblem> problems) {
        if (cell == null || cell.isEmptyValue()) {
            problems.add(new CellProblem(HELD_AT, Severity.ERROR, "会议时间为空"));
            return null;
        }
        if (cell.date() != null) {
            try {
                LedgerDates.checkYear(cell.date());
            } catch (IllegalArgumentException e) {
                problems.add(new CellProblem(HELD_AT, Severity.ERROR, e.getMessage()));
                return null;
            }
            return new HeldAt(cell.text().contains("T") ? LocalDateTime.parse(cell.text()) : cell.date().atStartOfDay(), null);
        }
        java.util.Optional<LocalDateTime> serial = LedgerDates.serial(cell);
        if (serial.isPresent()) {
            LocalDateTime at = serial.get();
            problems.add(new CellProblem(HELD_AT, Severity.WARNING, LedgerDates.serialNote(Texts.compact(cell.text()), at)));
            return new HeldAt(at, null);
        }
        if (LedgerDates.yearMonthNumber(cell)) {
            // 2025.10 typed into a number cell is stored as 2025.1: January or October cannot be told
            try {
                LedgerDates.ParsedDate month = LedgerDates.parse(cell);
                problems.add(new CellProblem(HELD_AT, Severity.WARNING, "只填写了年月，按当月1日记录"));
                return new HeldAt(month.date().atStartOfDay(), null);
            } catch (IllegalArgumentException e) {
                problems.add(new CellProblem(HELD_AT, Severity.ERROR, e.getMessage()));
                return null;
            }
        }
        LedgerDates.ParsedDateTime parsed;
        try {
            parsed = LedgerDates.parseDateTime(cell.text(), defaultYear);
        } catch (LedgerDates.TimeOfDayException e) {
            problems.add(new CellProblem(HELD_AT, Severity.ERROR, "会议时间" + e.getMessage()));
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new CellProblem(HELD_AT, Severity.ERROR, e.getMessage()));
            return null;
        }
        LedgerDates.ParsedDate date = parsed.date();
        if (date.monthOnly()) {
            problems.add(new CellProblem(HELD_AT, Severity.WARNING, "只填写了年月，按当月1日记录"));
        }
        if (parsed.note() != null) {
            problems.add(new CellProblem(HELD_AT, Severity.WARNING, parsed.note()));
        }
        return new HeldAt(date.date().atTime(parsed.start() == null ? LocalTime.MIDNIGHT : parsed.start()), parsed.end());
    }

    private static Integer count(LedgerCell cell, String key, String label, List<CellProblem> problems) {
        String text = MemberLedger.text(cell);
        if (text == null) {
            return null;
        }
        Matcher m = COUNT.matcher(Texts.compact(text));
        if (!m.matches()) {
            problems.add(new CellProblem(key, Severity.ERROR, label + "“" + text + "”应为整数"));
            return null;
        }
        return Integer.parseInt(m.group(1));
    }

    /** Whether a 请假 / 缺席 cell holds a number of people (2, 2人) rather than names. */
    private static boolean isCount(LedgerCell cell) {
        String text = MemberLedger.text(cell);
        return text != null && COUNT.matcher(Texts.compact(text)).matches();
    }

    private static void duplicates(List<NamedNote> names, String key, List<CellProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (NamedNote n : names) {
            if (!seen.add(n.name())) {
                problems.add(new CellProblem(key, Severity.ERROR, "“" + n.name() + "”写了两次"));
            }
        }
    }

    /**
     * Names in one cell: 张三（出差）、李四（病假）. Separated by 、 , ; (half- or full-width) or line breaks;
     * by spaces only when there is no other separator. A note in brackets (（） or ()) stays with its
     * name, even if it holds a separator.
     */
    public static List<NamedNote> names(LedgerCell cell) {
        if (cell == null || cell.isEmptyValue()) {
            return List.of();
        }
        // read on the half-width text, the notes kept as written (出差，需补课 keeps its full-width comma): one char each
        String text = Texts.toHalfWidth(cell.text());
        String written = cell.text().length() == text.length() ? cell.text() : text;
        boolean spaceSeparates = !LIST_SEPARATORS.matcher(text.strip()).find() && !text.strip().contains("\n");
        List<NamedNote> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        StringBuilder asWritten = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            // a space after one character is inside a name ("王 伟", padded as rosters are), not between two names:
            // no Chinese name is one character long
            // nor is a space before a bracket: "王伟 （出差）" keeps its reason
            boolean separator = depth == 0 && (SEPARATOR_CHARS.indexOf(c) >= 0
                    || (spaceSeparates && Character.isWhitespace(c) && !oneHan(token) && !bracketNext(text, i)));
            if (separator) {
                add(out, token, asWritten);
            } else {
                token.append(c);
                asWritten.append(written.charAt(i));
            }
        }
        add(out, token, asWritten);
        return shared(out);
    }

    /** Whether the next character after the spaces at {@code i} opens a bracket. */
    private static boolean bracketNext(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '（' || text.charAt(j) == '(');
    }

    /**
     * A note that begins with 均 or 都 ("赵敏、李四（均出差）") is each of the names before it that has none of its own,
     * without that word.
     */
    private static List<NamedNote> shared(List<NamedNote> names) {
        List<NamedNote> out = new ArrayList<>(names);
        for (int i = 0; i < out.size(); i++) {
            String note = out.get(i).note();
            if (note != null && note.length() > 1 && (note.startsWith("均") || note.startsWith("都"))) {
                String own = note.substring(1);
                out.set(i, new NamedNote(out.get(i).name(), own));
                for (int j = i - 1; j >= 0 && out.get(j).note() == null; j--) {
                    out.set(j, new NamedNote(out.get(j).name(), own));
                }
            }
        }
        return out;
    }

    /** Whether the token so far is a single Chinese character (spaces around it aside). */
    private static boolean oneHan(StringBuilder token) {
        String t = token.toString().strip();
        return t.length() == 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN;
    }

    private static void add(List<NamedNote> out, StringBuilder token, StringBuilder asWritten) {
        String t = token.toString().strip();
        String w = asWritten.toString().strip();
        token.setLength(0);
        asWritten.setLength(0);
        if (t.isEmpty()) {
            return;
        }
        int full = t.indexOf('（');
        int half = t.indexOf('(');
        int open = full < 0 ? half : half < 0 ? full : Math.min(full, half);
        String name = open < 0 ? t : t.substring(0, open);
        String note = null;
        if (open >= 0) {
            String inBrackets = (w.length() == t.length() ? w : t).substring(open + 1);
            note = CLOSING_BRACKET.matcher(inBrackets).replaceAll("").strip();
            note = note.isEmpty() ? null : note;
        }
        name = MemberLedger.personName(SPACES.matcher(name).replaceAll("")); // 阿依古丽•买买提 as the roster keeps it
        // 全体党员 in 参会人员 says that everyone came: as if no list were written
        if (!name.isEmpty() && !LedgerValues.isEmptyMarker(name) && !EVERYONE.matcher(name).matches()) {
            out.add(new NamedNote(name, note));
        }
    }

    /** Agenda items: one per line, or separated by semicolons when the cell is one line. */
    private static List<String> agenda(LedgerCell cell) {
        if (cell == null || cell.isEmptyValue()) {
            return List.of();
        }
        String text = cell.text().strip();
        String[] parts = text.contains("\n") ? text.split("\\r?\\n") : text.split("[;；]");
        return Arrays.stream(parts).map(Texts::tidy).filter(s -> !s.isEmpty()).toList();
    }

    /** 应到8人 / 应到人数：8 / 实到7人 / 出席7人 / 请假1人 / 缺席0人 in a sentence, by the count each gives. */
    private static final Pattern SAID_COUNT = Pattern.compile("(应到|应参会|实到|出席|参会|到会|请假|缺席)(?:人数)?[:：]?\\s*(\\d+)\\s*(?:人|名)?");

    /**
     * The numbers a 出席情况 sentence gives (应到8人，实到7人，请假1人（张三出差）), by the key of the column each stands for;
     * nothing for 全体出席 and the like (then everyone came), a warning when it gives no number at all.
     */
    private static Map<String, Integer> attendanceText(LedgerCell cell, List<CellProblem> problems) {
        if (cell == null || cell.isEmptyValue()) {
            return Map.of();
        }
        String text = Texts.compact(cell.text());
        Map<String, Integer> out = new HashMap<>();
        Matcher m = SAID_COUNT.matcher(text);
        while (m.find()) {
            String key = switch (m.group(1)) {
                case "应到", "应参会" -> EXPECTED;
                case "请假" -> ON_LEAVE_COUNT;
                case "缺席" -> ABSENT_COUNT;
                default -> PRESENT;
            };
            out.putIfAbsent(key, Integer.parseInt(m.group(2)));
        }
        if (out.isEmpty() && !EVERYONE.matcher(text.replaceAll("(出席|参加|到会|参会)$", "")).matches()) {
            problems.add(new CellProblem(ATTENDANCE_TEXT, Severity.WARNING, "出席情况“" + cell.text().strip()
                    + "”中没有读出人数（如“应到8人，实到7人，请假1人”），未导入"));
        }
        return out;
    }

    /** The end of a time range (9:00-11:00) kept at the head of the minutes: the ledger has no end column. */
    private static String withEnd(String minutes, HeldAt held) {
        if (held == null || held.end() == null) {
            return minutes;
        }
        String line = "会议时间：" + held.at().toLocalTime() + "—" + held.end();
        return minutes == null ? line : line + "\n" + minutes;
    }

    private static String minutes(LedgerCell cell) {
        if (cell == null || cell.isEmptyValue()) {
            return null;
        }
        return cell.text().strip().replace("\r\n", "\n");
    }

    /** Agenda items as one cell: one per line. */
    public static String agendaText(List<String> agenda) {
        return agenda.isEmpty() ? null : String.join("\n", agenda);
    }

    /** Names with their notes as one cell: 张三（出差）、李四. */
    public static String namesText(List<NamedNote> names) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (NamedNote n : names) {
            parts.add(n.note() == null ? n.name() : n.name() + "（" + n.note() + "）");
        }
        return String.join(LIST_SEPARATOR, parts);
    }

    /** 已补课, 3月20日已补课, 已于7月22日补课, 补课（2025.7.2）, 已补学: a note that says the meeting was made up. */
    private static final Pattern MADE_UP = Pattern.compile(
            "[,，;；、\\s]*(?:已于|于)?\\s*([0-9０-９.．/\\-年月日号]*?)\\s*(?:已经?)?补(?:课|学)(?:完成|完毕)?\\s*"
                    + "(?:[（(]?\\s*([0-9０-９.．/\\-年月日号]+)\\s*[）)]?)?");

    /** What a note says of a make-up: the reason left, the day made up (null: not made up) and whether that day was assumed. */
    record MakeUp(String reason, LocalDate on, boolean assumed) {
    }

    /**
     * Reads a make-up out of a leave note (出差，3月20日已补课 → 出差, 3月20日) or a 补课情况 cell, for a meeting on {@code held}:
     * a day without a year is in the meeting's year (the next one when it would fall before the meeting); 已补课 without a
     * day is taken as made up on the meeting's day ({@code assumed}).
     */
    static MakeUp makeUp(String note, LocalDate held) {
        if (note == null || held == null) {
            return new MakeUp(note, null, false);
        }
        Matcher m = MADE_UP.matcher(note);
        if (!m.find() || note.matches(".*(未补|需补|待补|尚未|没有补|应补).*")) {
            return new MakeUp(note, null, false);
        }
        String reason = (note.substring(0, m.start()) + note.substring(m.end())).strip();
        reason = reason.replaceAll("^[,，;；、]+|[,，;；、]+$", "").strip();
        String day = m.group(1) != null && !m.group(1).isEmpty() ? m.group(1) : m.group(2);
        LocalDate on = null;
        if (day != null && !day.isEmpty()) {
            try {
                LedgerDates.ParsedDate parsed = LedgerDates.parse(day.replaceAll("[.．]$", ""), held.getYear());
                on = parsed == null ? null : parsed.date();
                if (on != null && on.isBefore(held) && !day.matches(".*\\d{4}.*")) {
                    on = on.plusYears(1);
                }
            } catch (IllegalArgumentException ex) {
                on = null;
            }
        }
        return new MakeUp(reason.isEmpty() ? null : reason, on != null ? on : held, on == null);
    }

    /**
     * A leave note as {@link #makeUp} reads it back: the reason, and the day made up (出差，5月20日已补课; the year written
     * only when it is not the meeting's).
     */
    public static String leaveNote(String reason, LocalDate madeUpOn, LocalDate held) {
        if (madeUpOn == null) {
            return reason;
        }
        String day = (madeUpOn.getYear() == held.getYear() ? "" : madeUpOn.getYear() + "年")
                + madeUpOn.getMonthValue() + "月" + madeUpOn.getDayOfMonth() + "日已补课";
        return reason == null || reason.isBlank() ? day : reason + "，" + day;
    }

    /** Whether a 补课情况 cell is about {@code name}: it names him, or it names no one on leave (it is about them all). */
    private static boolean aboutHim(String makeUp, String name, java.util.Collection<NamedNote> onLeave) {
        String text = Texts.compact(makeUp);
        return text.contains(name) || onLeave.stream().noneMatch(n -> text.contains(n.name()));
    }

    /** The types as one cell, in the order of the enum: 主题党日、党课. */
    public static String typesText(Set<MeetingType> types) {
        return String.join(LIST_SEPARATOR, types.stream().sorted().map(Terms::label).toList());
    }

    /** A member of the roster as the attendance check sees him. */
    public record RosterMember(int memberId, String name) {
    }

    /** The attendance sheet, roles and non-voting attendees a row gives, with what was wrong. */
    public record Attendance(List<AttendanceEntry> sheet, PersonRef host, PersonRef recorder, PersonRef lecturer,
                             List<NonVotingAttendee> nonVoting, List<CellProblem> problems) {
        public boolean hasError() {
            return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    /**
     * The attendance of a row: everyone {@code expected} (in that order) is present unless named on
     * leave (with the reason) or absent. Names on leave or absent must be exactly one member of
     * {@code unitMembers} (the unit's members on the meeting day) who is expected; 主持人, 记录人,
     * 讲课人 and 列席人员 are linked to such a member when the name is unique there, else kept as a guest.
     * The counts are checked by {@link #checkCounts}.
     */
    public static Attendance attendance(MeetingEntry e, String unitName, List<RosterMember> unitMembers,
                                        List<RosterMember> expected) {
        return attendance(e, unitName, unitMembers, expected, name -> List.of());
    }

    /**
     * {@link #attendance(MeetingEntry, String, List, List)}, where a name on leave or absent that is no member of the unit
     * that day is said with the organisations {@code elsewhere} gives for it (those a member of that name belonged to on
     * the meeting's day): "“张三”2025-03-15属于“机关第二党支部”，不是“机关第一党支部”的党员".
     */
    public static Attendance attendance(MeetingEntry e, String unitName, List<RosterMember> unitMembers,
                                        List<RosterMember> expected, java.util.function.Function<String, List<String>> elsewhere) {
        List<CellProblem> problems = new ArrayList<>();
        Map<Integer, NamedNote> leave = resolve(e.onLeave(), ON_LEAVE, e, unitName, unitMembers, expected, problems, elsewhere);
        Map<Integer, NamedNote> absent = resolve(e.absent(), ABSENT, e, unitName, unitMembers, expected, problems, elsewhere);
        List<NamedNote> guests = new ArrayList<>();
        Set<Integer> came = attendees(e, unitName, unitMembers, expected, problems, guests, elsewhere);
        List<AttendanceEntry> sheet = new ArrayList<>(expected.size());
        List<String> unlisted = new ArrayList<>();
        LocalDate held = e.heldAt() == null ? null : e.heldAt().toLocalDate();
        for (RosterMember m : expected) {
            NamedNote l = leave.get(m.memberId());
            if (l != null) {
                // 出差，3月20日已补课 in the note, or the 补课情况 cell naming him (or no one: everyone on leave)
                MakeUp own = makeUp(l.note(), held);
                MakeUp inCell = own.on() == null && e.makeUp() != null && aboutHim(e.makeUp(), m.name(), leave.values())
                        ? makeUp(e.makeUp(), held) : null;
                LocalDate on = own.on() != null ? own.on() : inCell == null ? null : inCell.on();
                if (on != null && on.isBefore(held)) {
                    problems.add(new CellProblem(own.on() != null ? ON_LEAVE : MAKE_UP, Severity.ERROR, m.name()
                            + "的补课日期（" + on + "）早于会议日期（" + held + "），补课应在会议之后，请核对"));
                } else if (on != null && (own.on() == null ? inCell.assumed() : own.assumed())) {
                    problems.add(new CellProblem(own.on() != null ? ON_LEAVE : MAKE_UP, Severity.WARNING, m.name()
                            + "写了已补课，没有写补课日期，按会议当天（" + held + "）记录"));
                }
                sheet.add(new AttendanceEntry(m.memberId(), m.name(), AttendanceStatus.ON_LEAVE, own.reason(), on));
            } else if (absent.containsKey(m.memberId())) {
                sheet.add(new AttendanceEntry(m.memberId(), m.name(), AttendanceStatus.ABSENT, absent.get(m.memberId()).note(), null));
            } else if (came != null && !came.contains(m.memberId())) {
                sheet.add(new AttendanceEntry(m.memberId(), m.name(), AttendanceStatus.ABSENT, null, null));
                unlisted.add(m.name());
            } else {
                sheet.add(AttendanceEntry.present(m.memberId(), m.name()));
            }
        }
        if (!unlisted.isEmpty()) {
            problems.add(new CellProblem(ATTENDEES, Severity.WARNING, String.join("、", unlisted)
                    + "是应到人员，没有写在参会人员中，也没有请假，记为缺席"));
        }
        // 列席 written in 列席人员, and those the 参会人员 list names who were not expected (a 入党积极分子, a leader)
        List<NamedNote> sitting = new ArrayList<>(e.nonVoting());
        guests.stream().filter(g -> sitting.stream().noneMatch(n -> n.name().equals(g.name()))).forEach(sitting::add);
        List<NonVotingAttendee> nonVoting = sitting.stream()
                .map(n -> new NonVotingAttendee(unique(unitMembers, n.name()), n.name(), n.note())).toList();
        return new Attendance(List.copyOf(sheet), person(unitMembers, e.host()), person(unitMembers, e.recorder()),
                person(unitMembers, e.lecturer()), nonVoting, List.copyOf(problems));
    }

    /**
     * The figures of a row kept as the meeting's recorded counts (按台账人数, decision 0012), or null when the
     * attendance sheet is built from the roster. They are kept when the row names no one on leave or
     * absent, gives some number, and either no one is expected by the roster ({@code expectedSize} 0: no
     * committee recorded, no members of the unit that day) or its numbers say that someone was not
     * present (请假 or 缺席 above 0, 实到 below 应到). A missing 应到 is then the roster's, when it has anyone.
     */
    public static RecordedCounts recorded(MeetingEntry e, int expectedSize) {
        if (e.hasNames() || !e.hasCounts()) {
            return null;
        }
        if (expectedSize == 0) {
            return new RecordedCounts(e.expected(), e.present(), e.onLeaveCount(), e.absentCount());
        }
        int expected = e.expected() != null ? e.expected() : expectedSize;
        boolean someoneMissing = positive(e.onLeaveCount()) || positive(e.absentCount())
                || e.present() != null && e.present() < expected;
        return someoneMissing ? new RecordedCounts(expected, e.present(), e.onLeaveCount(), e.absentCount()) : null;
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    /**
     * A row's figures kept as they are, whoever the roster expected: 应到 and 实到 as written, 请假 and 缺席 as written or
     * else as many as it names (a 党小组会 whose 党小组 is unknown).
     */
    public static RecordedCounts counted(MeetingEntry e) {
        return new RecordedCounts(e.expected(), e.present(),
                e.onLeaveCount() != null || e.onLeave().isEmpty() ? e.onLeaveCount() : Integer.valueOf(e.onLeave().size()),
                e.absentCount() != null || e.absent().isEmpty() ? e.absentCount() : Integer.valueOf(e.absent().size()));
    }

    /** The members of {@code members} a row names among those who came, were on leave or absent. */
    public static List<RosterMember> named(MeetingEntry e, List<RosterMember> members) {
        Set<String> names = new HashSet<>();
        e.people().forEach(n -> names.add(n.name()));
        return members.stream().filter(m -> names.contains(m.name())).toList();
    }

    /** "应到6人，实到3人，请假1人，缺席2人": the figures a meeting is recorded with. */
    public static String countsText(RecordedCounts rc) {
        AttendanceCounts c = rc.effective();
        return "应到" + c.expected() + "人，实到" + c.present() + "人，请假" + c.onLeave() + "人，缺席" + c.absent() + "人";
    }

    /** The warning that tells the clerk a row's numbers were kept instead of an attendance sheet. */
    public static CellProblem recordedNotice(RecordedCounts rc, int expectedSize, boolean committeeOnly) {
        String figures = countsText(rc);
        String why = expectedSize > 0 ? "只写了人数，没有写请假、缺席人员姓名"
                : committeeOnly ? "会议当天没有登记支部委员，应到人员无法确定"
                : "会议当天该党组织没有在册党员（按组织关系），应到人员无法确定";
        return new CellProblem(rc.expected() != null ? EXPECTED : rc.present() != null ? PRESENT
                : rc.onLeave() != null ? ON_LEAVE_COUNT : ABSENT_COUNT, Severity.WARNING,
                why + "：按台账人数记录（" + figures + "），不逐人登记出勤");
    }

    /** Warnings where the 应到 / 实到 / 请假 / 缺席 written in the ledger differ from the attendance sheet. */
    public static List<CellProblem> checkCounts(MeetingEntry e, List<AttendanceEntry> sheet) {
        List<CellProblem> problems = new ArrayList<>();
        long present = sheet.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        long leave = sheet.stream().filter(a -> a.status() == AttendanceStatus.ON_LEAVE).count();
        long away = sheet.size() - present - leave;
        if (e.onLeaveCount() != null && e.onLeaveCount() != leave) {
            problems.add(new CellProblem(ON_LEAVE_COUNT, Severity.WARNING, "请假人数写的是" + e.onLeaveCount()
                    + "人，按名单应为" + leave + "人"));
        }
        if (e.absentCount() != null && e.absentCount() != away) {
            problems.add(new CellProblem(ABSENT_COUNT, Severity.WARNING, "缺席人数写的是" + e.absentCount()
                    + "人，按名单应为" + away + "人"));
        }
        if (e.expected() != null && e.expected() != sheet.size()) {
            problems.add(new CellProblem(EXPECTED, Severity.WARNING, "应到人数写的是" + e.expected() + "人，按组织关系"
                    + e.heldAt().toLocalDate() + "应到" + sheet.size() + "人"));
        }
        if (e.present() != null && e.present() != present) {
            problems.add(new CellProblem(PRESENT, Severity.WARNING, "实到人数写的是" + e.present() + "人，按名单应为"
                    + present + "人（应到" + sheet.size() + "人，请假" + leave + "人，缺席"
                    + (sheet.size() - present - leave) + "人）"));
        }
        return problems;
    }

    private static Map<Integer, NamedNote> resolve(List<NamedNote> names, String key, MeetingEntry e, String unitName,
                                                   List<RosterMember> unitMembers, List<RosterMember> expected,
                                                   List<CellProblem> problems,
                                                   java.util.function.Function<String, List<String>> elsewhere) {
        Map<Integer, NamedNote> out = new HashMap<>();
        for (NamedNote n : names) {
            List<RosterMember> found = named(unitMembers, n.name());
            List<String> belonged = found.isEmpty() ? elsewhere.apply(n.name()) : List.of();
            if (found.isEmpty() && !belonged.isEmpty()) {
                // a member of another branch that day: say which, so the clerk sees a transfer not yet recorded
                // (or a row under the wrong branch) instead of a name to check
                problems.add(new CellProblem(key, Severity.ERROR, "“" + n.name() + "”" + e.heldAt().toLocalDate() + "属于“"
                        + String.join("”、“", belonged) + "”，不是“" + unitName + "”的党员（按组织关系）；"
                        + "如已调入本支部，请先在党员页面办理“调动…”，如是填错了所在党支部，请改正后再导入"));
            } else if (found.isEmpty()) {
                problems.add(new CellProblem(key, Severity.ERROR, "“" + n.name() + "”不是“" + unitName + "”"
                        + e.heldAt().toLocalDate() + "的党员（按组织关系），请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）"));
            } else if (found.size() > 1) {
                problems.add(new CellProblem(key, Severity.ERROR, "“" + unitName + "”有" + found.size() + "名党员叫“"
                        + n.name() + "”，无法确定是哪一位；请在会议中逐人登记"));
            } else if (expected.stream().noneMatch(m -> m.memberId() == found.get(0).memberId())) {
                problems.add(new CellProblem(key, Severity.ERROR, "“" + n.name() + "”不是这次会议的应到人员"
                        + "（只开支部委员会时，应到人员为支部委员）"));
            } else {
                out.put(found.get(0).memberId(), n);
            }
        }
        return out;
    }

    /**
     * The members a 参会人员 list names, or null when the row has none (then whoever is not on leave or absent came). A
     * name that is no expected member of the unit is left out with a warning, not refused: a guest (a 入党积极分子 at a
     * 党员大会) may be listed among those who came; he is added to {@code guests} (列席).
     */
    private static Set<Integer> attendees(MeetingEntry e, String unitName, List<RosterMember> unitMembers,
                                          List<RosterMember> expected, List<CellProblem> problems, List<NamedNote> guests,
                                          java.util.function.Function<String, List<String>> elsewhere) {
        if (e.attendees().isEmpty()) {
            return null;
        }
        Set<Integer> out = new HashSet<>();
        for (NamedNote n : e.attendees()) {
            List<RosterMember> found = named(unitMembers, n.name());
            if (found.size() == 1 && expected.stream().anyMatch(m -> m.memberId() == found.get(0).memberId())) {
                out.add(found.get(0).memberId());
            } else if (found.size() > 1) {
                problems.add(new CellProblem(ATTENDEES, Severity.ERROR, "“" + unitName + "”有" + found.size() + "名党员叫“"
                        + n.name() + "”，无法确定是哪一位；请在会议中逐人登记"));
            } else {
                // a member of another branch that day is named with it: a transfer not yet recorded shows
                List<String> belonged = found.isEmpty() ? elsewhere.apply(n.name()) : List.of();
                problems.add(new CellProblem(ATTENDEES, Severity.WARNING, "参会人员“" + n.name() + "”"
                        + (belonged.isEmpty() ? "" : e.heldAt().toLocalDate() + "属于“" + String.join("”、“", belonged) + "”，")
                        + "不是这次会议的应到党员（按“" + unitName + "”" + e.heldAt().toLocalDate() + "的组织关系），记为列席人员，不计入出勤"
                        + (belonged.isEmpty() ? "" : "；如已调入本支部，请先在党员页面办理“调动…”")));
                guests.add(n);
            }
        }
        return out;
    }

    private static PersonRef person(List<RosterMember> members, String name) {
        return name == null ? null : new PersonRef(unique(members, name), name);
    }

    private static Integer unique(List<RosterMember> members, String name) {
        List<RosterMember> found = named(members, name);
        return found.size() == 1 ? found.get(0).memberId() : null;
    }

    /** The members with this name (a unit has a few dozen: a scan is cheaper than an index per row). */
    private static List<RosterMember> named(List<RosterMember> members, String name) {
        List<RosterMember> found = new ArrayList<>(1);
        for (RosterMember m : members) {
            if (m.name().equals(name) || MemberLedger.personName(m.name()).equals(name)) { // a name stored before dots were read
                found.add(m);
            }
        }
        return found;
    }

    /**
     * The names of a list fitted to the roster: a name that is no member but two members' names written together
     * (阿依古丽·买买提欧阳晓明, where a space was lost between them) is both; two neighbours that are no members but
     * one together (欧阳 晓明, a four-character name with a space) are that one.
     */
    static List<NamedNote> fitted(List<NamedNote> names, List<RosterMember> members) {
        if (names.isEmpty()) {
            return names;
        }
        List<NamedNote> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            NamedNote n = names.get(i);
            if (!named(members, n.name()).isEmpty()) {
                out.add(n);
                continue;
            }
            if (n.note() == null && i + 1 < names.size() && named(members, names.get(i + 1).name()).isEmpty()
                    && named(members, n.name() + names.get(i + 1).name()).size() == 1) {
                out.add(new NamedNote(n.name() + names.get(i + 1).name(), names.get(i + 1).note()));
                i++;
                continue;
            }
            NamedNote[] two = twoMembers(n, members);
            if (two != null) {
                out.add(two[0]);
                out.add(two[1]);
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** The row with its lists of names {@link #fitted} to the unit's members. */
    public static MeetingEntry fitted(MeetingEntry e, List<RosterMember> members) {
        List<NamedNote> leave = fitted(e.onLeave(), members);
        List<NamedNote> absent = fitted(e.absent(), members);
        List<NamedNote> came = fitted(e.attendees(), members);
        return leave.equals(e.onLeave()) && absent.equals(e.absent()) && came.equals(e.attendees()) ? e
                : e.withNames(leave, absent, came);
    }

    /** The two members whose names written together are {@code n}'s (the note goes with the second), or null. */
    private static NamedNote[] twoMembers(NamedNote n, List<RosterMember> members) {
        String name = n.name();
        NamedNote[] found = null;
        for (int cut = 2; cut <= name.length() - 2; cut++) {
            if (named(members, name.substring(0, cut)).size() == 1 && named(members, name.substring(cut)).size() == 1) {
                if (found != null) {
                    return null; // two ways to cut it: leave it to the clerk
                }
                found = new NamedNote[] {new NamedNote(name.substring(0, cut), null), new NamedNote(name.substring(cut), n.note())};
            }
        }
        return found;
    }
}
