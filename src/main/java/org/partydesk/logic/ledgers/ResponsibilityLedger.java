package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.model.Cadence;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ResponsibilityItem;

/**
 * The responsibility-list ledger (责任清单台账): every item of one or more lists, one row each. A row
 * names its list (年度, 清单名称, 清单类型, 清单所属) and its place in the list by 序号 (1, 1.1, 1.1.1: at
 * most three levels). The item's text is 内容, or 类别 when 内容 is blank (a category row); 类别 on a
 * deeper row repeats its category for reading and is not imported. 时间节点 is a cadence (每月, 每季度,
 * 每半年, 每年) or a date; 完成情况 is computed from 纪实 on export and not read back. Pure.
 */
public final class ResponsibilityLedger {
    public static final String YEAR = "year";
    public static final String LIST_NAME = "listName";
    public static final String LIST_KIND = "listKind";
    public static final String LIST_OWNER = "listOwner";
    public static final String PATH = "path";
    public static final String CATEGORY = "category";
    public static final String TEXT = "text";
    public static final String OWNER = "owner";
    public static final String RESPONSIBLE = "responsible";
    public static final String DEADLINE = "deadline";
    public static final String STATUS = "status";
    /** 落实措施 (read only): the third level written in a column of its own, beside 类别 and 内容 (the first two). */
    public static final String MEASURE = "measure";
    /** A leader's name the sheet's title gives as the list's owner (no column: given by the sheet). */
    public static final String TITLE_OWNER = "titleOwner";
    /** 进展情况 (read only): what was done for the item, in the clerk's words; imported as a 纪实. */
    public static final String PROGRESS = "progress";

    public static final String SHEET_NAME = "责任清单";
    public static final String SHEET_TITLE = "责任清单台账";

    /** The opening lines of the 填表说明 sheet of this ledger's templates and exports. */
    public static final List<String> GUIDE = List.of(
            "第1行为标题，第2行为表头；从第3行起每个条目一行。列的顺序可以调整，列名可用常见写法。",
            "年度、清单类型、清单所属和清单名称相同的行属于同一份清单；序号写 1、1.1、1.1.1（最多三级），清单内按序号识别条目。序号列为文本格式，以免 Excel 把 1.10 变成 1.1。",
            "时间节点可写 每月、每季度、每半年、每年，或一个日期，如 2025-06-30、2025年6月底前。",
            "完成情况导出时按纪实计算；导入时写“已完成”的条目，按它的各时间节点登记完成的纪实（未到期的按今天），其他状态不导入。",
            "进展情况（或落实情况）一格的文字导入为该条目的一条纪实：以日期开头（如 2025年3月15日、3月）时按该日期，否则按清单年度的12月31日（今年的清单按今天）；同一条目已有同样文字的纪实时不再重复。",
            "表格最后可以有一行以“注：”或“说明”开头的备注，导入时忽略。");

    public static final String MONTHLY = "每月";
    public static final String QUARTERLY = "每季度";
    public static final String HALF_YEARLY = "每半年";
    public static final String YEARLY = "每年";

    private static final List<String> KIND_LABELS = List.of("党组", "党组书记", "班子成员", "党支部", "处室", "机关党委");
    private static final Pattern PATH_TEXT = Pattern.compile("\\d{1,3}([.．。]\\d{1,3}){0,2}[.．。、]?");
    private static final Pattern YEAR_TEXT = Pattern.compile("(\\d{4})(年度?)?");
    private static final Pattern DAY_IN_YEAR = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号]|底|末)?(?:前|以前|之前)?");
    private static final Pattern DATE_BEFORE = Pattern.compile("(.+?)(?:前|以前|之前)");
    private static final String BEFORE = "(?:前|以前|之前)?(?:完成)?";
    /** 3-4月, 3月至4月, 2025年3月—4月: due at the end of the second month. */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月?[-—–~～至到](\\d{1,2})月(?:底|末|份)?" + BEFORE);
    /** 4月初前, 5月上旬, 6月中旬, 6月下旬. */
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(初|上旬|中旬|中|下旬)" + BEFORE);
    /** 上半年, 年中, 下半年 (with or without a year). */
    private static final Pattern HALF_OF_YEAR = Pattern.compile("(?:(\\d{4})年)?(上半年|年中|下半年)(?:底|末)?" + BEFORE);
    /** 2025年底, 2025年末前. */
    private static final Pattern END_OF_YEAR = Pattern.compile("(\\d{4})年(?:底|末|年底|年末)" + BEFORE);
    /** 每月, 按月, 每个月, 逐月, 月度, 每月一次: the MONTHLY cadence (V7). */
    private static final Pattern MONTHLY_WORDS = Pattern.compile("(每|按)(个)?月(度)?|逐月|月度|每月一次");

    public static final HeaderAliases COLUMNS = new HeaderAliases(List.of(
            col(YEAR, "年度", List.of("年份", "清单年度"), Kind.TEXT, List.of(), "必填，如 2025", 6),
            col(LIST_NAME, "清单名称", List.of("责任清单", "清单"), Kind.TEXT, List.of(), "必填，如 党组书记第一责任清单", 22),
            col(LIST_KIND, "清单类型", List.of("清单类别", "责任主体类型", "清单主体类型"), Kind.CHOICE, KIND_LABELS,
                    "必填：党组、党组书记、班子成员、党支部、处室 或 机关党委", 10),
            col(LIST_OWNER, "清单所属", List.of("清单责任主体", "所属对象", "清单对象"), Kind.TEXT, List.of(),
                    "党组书记、班子成员填党员姓名，其余填党组织或处室名称；可不填。年度、清单名称、清单类型和清单所属相同的行属于同一份清单", 14),
            col(PATH, "序号", List.of("编号", "条目序号"), Kind.TEXT_ONLY, List.of(),
                    "必填，1、1.1、1.1.1 表示三级（责任类别、考评内容、落实措施）；据此识别同一条目", 8),
            col(CATEGORY, "类别", List.of("责任类别", "类别名称"), Kind.TEXT, List.of(),
                    "一级条目（责任类别）可只填本列；下级条目的本列仅供阅读，导入时不读取", 18),
            col(TEXT, "内容", List.of("责任内容", "考评内容", "工作内容", "具体内容", "工作任务", "主要内容", "条目内容"),
                    Kind.TEXT, List.of(), "条目的内容；一级条目也可写在“类别”列", 40),
            col(OWNER, "责任主体", List.of("牵头单位", "责任单位", "责任部门", "牵头部门"), Kind.TEXT, List.of(), "", 14),
            col(RESPONSIBLE, "责任人", List.of("具体责任人", "负责人", "责任领导"), Kind.TEXT, List.of(),
                    "多人用“、”隔开；与库中党员同名的关联到该党员", 12),
            col(DEADLINE, "时间节点", List.of("完成时限", "完成时间", "时限要求", "时间要求", "完成期限"), Kind.TEXT, List.of(),
                    "每月、每季度、每半年、每年，或一个日期（如 2025-06-30、2025年6月底前）；不填按每年", 14),
            col(STATUS, "完成情况", List.of("完成进度", "完成状态", "是否完成"), Kind.TEXT, List.of(),
                    "导出时按纪实计算（未开始、进行中、已完成、已逾期）；导入时“已完成”按各时间节点登记完成的纪实，其他状态不导入，写成文字的按进展情况导入", 10)),
            List.of(col(PROGRESS, "进展情况", List.of("落实情况", "工作进展", "推进情况", "进展", "落实进展", "工作纪实", "纪实",
                    "落实情况及成效", "工作开展情况", "完成情况说明", "工作落实情况", "进展及成效", "开展情况"), Kind.TEXT, List.of(),
                    "每格的文字导入为该条目的一条纪实：以日期开头时按该日期，否则按清单年度的12月31日（今年的清单按今天）；已有同样文字的纪实时不再重复", 40),
                    col(MEASURE, "落实措施", List.of("具体措施", "工作措施", "主要措施", "措施", "具体举措", "工作举措", "落实举措"),
                    Kind.TEXT, List.of(), "三级清单分列写 类别、内容、落实措施 时的第三级；这时可不写序号，导入时按出现的先后编号", 40)))
            // a list written as 类别 | 内容 | 落实措施 columns is numbered by the import
            .standIn(PATH, MEASURE)
            // 一、政治建设 alone on its row above the items: a category, its number and text in 序号
            .headingRows(PATH)
            // a sheet of one list may give these in its title (ResponsibilitySheets): the error says so
            .whenMissing(YEAR, inTitle(YEAR)).whenMissing(LIST_NAME, inTitle(LIST_NAME)).whenMissing(LIST_KIND, inTitle(LIST_KIND));

    /** 一、政治建设 in the 序号 column: an outline number and the heading's text. */
    private static final Pattern HEADING_IN_PATH = Pattern.compile("([（(]?[一二三四五六七八九十]{1,3}[）)]?[、．.]?)\\s*(\\S.*)");

    /** Keys without which a responsibility ledger cannot be imported. */
    public static final List<String> REQUIRED = List.of(YEAR, LIST_NAME, LIST_KIND, PATH);

    private ResponsibilityLedger() {
    }

    private static LedgerColumn col(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                                    String note, int width) {
        return new LedgerColumn(key, header, aliases, kind, choices, note, width);
    }

    /** Validates one row (cells by column key). */
    public static RowCheck<ResponsibilityEntry> validate(Map<String, LedgerCell> row) {
        List<CellProblem> problems = new ArrayList<>();
        Integer year = null;
        String yearText = LedgerCell.tidy(row.get(YEAR));
        if (yearText == null) {
            problems.add(CellProblem.error(YEAR, "年度为空"));
        } else {
            Matcher m = YEAR_TEXT.matcher(Texts.compact(yearText));
            int y = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (y < LedgerDates.MIN_YEAR || y > LedgerDates.MAX_YEAR) {
                problems.add(CellProblem.error(YEAR, "年度“" + yearText + "”应为四位年份，如 2025"));
            } else {
                year = y;
            }
        }
        String listName = LedgerCell.tidy(row.get(LIST_NAME));
        if (listName == null) {
            problems.add(CellProblem.error(LIST_NAME, "清单名称为空"));
        }
        ListOwnerKind kind = null;
        String kindText = LedgerCell.tidy(row.get(LIST_KIND));
        if (kindText == null) {
            problems.add(CellProblem.error(LIST_KIND, "清单类型为空"));
        } else {
            kind = ownerKind(kindText);
            if (kind == null) {
                problems.add(CellProblem.error(LIST_KIND, "清单类型“" + kindText + "”应为 "
                        + String.join("、", KIND_LABELS.subList(0, KIND_LABELS.size() - 1)) + " 或 " + KIND_LABELS.get(KIND_LABELS.size() - 1)));
            }
        }
        // 类别 | 内容 | 落实措施 in columns of their own: the deepest one written is the item, the others its levels above
        boolean inColumns = row.containsKey(MEASURE);
        List<String> above = new ArrayList<>();
        String measure = LedgerCell.tidy(row.get(MEASURE));
        List<Integer> path = null;
        String pathText = LedgerCell.tidy(row.get(PATH));
        String headingText = null;
        Matcher heading = pathText == null ? null : HEADING_IN_PATH.matcher(pathText);
        if (heading != null && heading.matches() && outlineStyle(heading.group(1)) != null
                && LedgerCell.tidy(row.get(TEXT)) == null && LedgerCell.tidy(row.get(CATEGORY)) == null) {
            pathText = heading.group(1);
            headingText = heading.group(2).strip();
        }
        if (pathText == null && inColumns) {
            path = List.of();
        } else if (pathText == null) {
            problems.add(CellProblem.error(PATH, "序号为空（据此识别同一条目，必填）"));
        } else {
            path = path(pathText);
            if (path == null && outlineStyle(pathText) != null) {
                path = List.of(); // 一、 （一）: placed by the import, which sees the whole list
            }
            if (path == null) {
                problems.add(CellProblem.error(PATH, "序号“" + pathText + "”应写作 1、1.1 或 1.1.1（最多三级，每级从1起）"));
            }
        }
        String text = headingText != null ? headingText : LedgerCell.tidy(row.get(TEXT));
        if (inColumns) {
            String category = LedgerCell.tidy(row.get(CATEGORY));
            for (String t : java.util.Arrays.asList(category, text, measure)) {
                if (t != null) {
                    above.add(t);
                }
            }
            text = above.isEmpty() ? null : above.remove(above.size() - 1);
        } else if (text == null) {
            text = LedgerCell.tidy(row.get(CATEGORY));
        } else if (path != null && path.size() == 1 && pathText != null && PLAIN_NUMBER.matcher(Texts.compact(pathText)).matches()
                && LedgerCell.tidy(row.get(CATEGORY)) != null && !LedgerCell.tidy(row.get(CATEGORY)).equals(text)) {
            // 序号 1 … 7 straight through, 责任类别 beside each (merged down): the category is the level above, and the
            // import numbers the items under it
            above.add(LedgerCell.tidy(row.get(CATEGORY)));
            path = List.of();
        }
        if (text == null) {
            problems.add(CellProblem.error(TEXT, "内容为空"));
        }
        Cadence cadence = null;
        LocalDate onceOn = null;
        LedgerCell deadline = row.get(DEADLINE);
        if (deadline != null && !deadline.isEmptyValue() && year != null) {
            try {
                Deadline d = deadline(deadline, year);
                cadence = d.cadence();
                onceOn = d.onceOn();
                if (d.note() != null) {
                    problems.add(CellProblem.warning(DEADLINE, d.note()));
                }
                if (onceOn != null && onceOn.getYear() != year) {
                    problems.add(CellProblem.error(DEADLINE, "时间节点 " + onceOn + " 不在清单年度 " + year + " 年内"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(CellProblem.error(DEADLINE, e.getMessage()));
            }
        }
        ResponsibilityEntry entry = year == null || path == null ? null
                : new ResponsibilityEntry(year, listName, kind, LedgerCell.tidy(row.get(LIST_OWNER)) != null
                ? LedgerCell.tidy(row.get(LIST_OWNER)) : LedgerCell.tidy(row.get(TITLE_OWNER)), path, text,
                LedgerCell.tidy(row.get(OWNER)), LedgerCell.tidy(row.get(RESPONSIBLE)), cadence, onceOn, above, pathText,
                progressNote(LedgerCell.tidy(row.get(STATUS)), LedgerCell.tidy(row.get(PROGRESS)), year),
                LedgerCell.tidy(row.get(LIST_OWNER)) == null && LedgerCell.tidy(row.get(TITLE_OWNER)) != null);
        return RowCheck.of(entry, problems);
    }

    /** 已完成, 完成, 已按期完成, 已落实, 办结, 100%, √, 是: a 完成情况 saying the item is done. */
    private static final Pattern DONE = Pattern.compile("(已经?)?(全部|按期|按时|如期)?(完成|落实|办结|完结)(100%|百分之百)?|100%|[√✓✔]|是");
    /** 进行中, 未完成, 已逾期, 50%, 无, /: a status that records nothing. */
    private static final Pattern NOT_DONE = Pattern.compile("未开始|未启动|进行中|推进中|正在推进|持续推进|正在进行|未完成|已逾期|逾期(未完成)?"
            + "|部分完成|持续开展|长期坚持|正在落实|落实中|按计划推进|无|暂无|否|[×✗/\\-—–]+|\\d{1,2}(\\.\\d+)?%");
    /** 已完成。… 已落实，…: a sentence that begins by saying the item is done. */
    private static final Pattern DONE_THEN = Pattern.compile("(已经?)(全部|按期|按时|如期)?(完成|落实|办结)[,，。.;；:：!！]");
    /** …，已完成 / 2025年3月15日已完成: a sentence that ends by saying the item is done. */
    private static final Pattern THEN_DONE = Pattern.compile(".*?(已经?)(全部|按期|按时|如期)?(完成|落实|办结)(任务)?[。.!！]?");
    /** 2025年3月15日 / 2025.3.15 / 3月15日 / 3月 at the start of a 进展情况, not 3月底前 (a plan). */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "(?:(\\d{4})(?:年|[.．\\-/]))?(\\d{1,2})(?:月(?:(\\d{1,2})[日号])?|[.．\\-/](\\d{1,2})[日号]?)(?![底末前初\\d])");

    /**
     * What a row's 完成情况 ({@code status}) and 进展情况 ({@code progress}) say, for a list of {@code year}; null when
     * they say nothing to record (both blank, or only a status such as 进行中). A status word is not kept as text;
     * a sentence in either cell is (both: joined by ；).
     */
    public static ProgressNote progressNote(String status, String progress, Integer year) {
        boolean done = false;
        List<String> texts = new ArrayList<>();
        for (String s : java.util.Arrays.asList(status, progress)) {
            if (s == null) {
                continue;
            }
            String c = Texts.compact(s);
            if (DONE.matcher(c).matches()) {
                done = true;
            } else if (!NOT_DONE.matcher(c).matches()) {
                done |= DONE_THEN.matcher(c).lookingAt() || THEN_DONE.matcher(c).matches();
                texts.add(s);
            }
        }
        String text = texts.isEmpty() ? null : String.join("；", texts);
        if (!done && text == null) {
            return null;
        }
        return new ProgressNote(text, done, text == null || year == null ? null : dateIn(text, year));
    }

    /** The day a 进展情况 begins with, or that follows its opening 已完成 (“已按期完成，1月20日召开…”), or null. */
    static LocalDate dateIn(String text, int year) {
        LocalDate first = leadingDate(text, year);
        if (first != null) {
            return first;
        }
        Matcher done = DONE_THEN.matcher(Texts.compact(text));
        return done.lookingAt() ? leadingDate(Texts.compact(text).substring(done.end()), year) : null;
    }

    /** The day a 进展情况 begins with (a month alone: its last day; no year: {@code year}), or null. */
    static LocalDate leadingDate(String text, int year) {
        Matcher m = LEADING_DATE.matcher(Texts.compact(text));
        if (!m.lookingAt()) {
            return null;
        }
        int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        String day = m.group(3) != null ? m.group(3) : m.group(4);
        if (y < LedgerDates.MIN_YEAR || y > LedgerDates.MAX_YEAR || month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        if (day == null) {
            return ym.atEndOfMonth();
        }
        int d = Integer.parseInt(day);
        return d >= 1 && d <= ym.lengthOfMonth() ? ym.atDay(d) : null;
    }

    /** A 序号 as a path of positive numbers (1.2.3 → [1, 2, 3]), or null when it is not one. */
    public static List<Integer> path(String text) {
        String s = Texts.compact(text);
        if (!PATH_TEXT.matcher(s).matches()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String part : s.split("[.．。、]")) {
            if (part.isEmpty()) {
                continue;
            }
            int n = Integer.parseInt(part);
            if (n < 1) {
                return null;
            }
            out.add(n);
        }
        return out.isEmpty() || out.size() > ResponsibilityItem.MAX_LEVEL ? null : List.copyOf(out);
    }

    /** 1, 12: a 序号 that is a plain number. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,3}(\\.0)?");

    /** 一、 二． 十一、: the first style of outline number. */
    private static final Pattern CHINESE_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,3})[、.．。]?");
    /** （一） (二): the second. */
    private static final Pattern BRACKETED_CHINESE = Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)][、.．。]?");
    /** 1. 2、 3． (or 1 alone): the third, once a list numbers with the first two. */
    private static final Pattern DIGIT = Pattern.compile("(\\d{1,3})(?:[、.．。]|\\.0)?");
    /** （1） (2): a fourth. */
    private static final Pattern BRACKETED_DIGIT = Pattern.compile("[（(](\\d{1,3})[）)][、.．。]?");
    private static final List<Pattern> OUTLINE = List.of(CHINESE_NUMBER, BRACKETED_CHINESE, DIGIT, BRACKETED_DIGIT);

    /**
     * The style of an outline number (0: 一、, 1: （一）, 2: 1., 3: （1）) as reports number their headings, or null for any
     * other 序号. A list whose 序号 use the first two styles is numbered by them: the import ranks the styles in the
     * order the list first uses them, so that 1. is the third level under 一、 and （一）.
     */
    public static Integer outlineStyle(String written) {
        if (written == null) {
            return null;
        }
        String s = Texts.compact(written);
        for (int i = 0; i < OUTLINE.size(); i++) {
            if (OUTLINE.get(i).matcher(s).matches()) {
                return i;
            }
        }
        return null;
    }

    /** The number an outline number gives (二、 → 2, （十一） → 11, 3. → 3). */
    public static int outlineNumber(String written) {
        String s = Texts.compact(written);
        for (Pattern p : OUTLINE) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                String n = m.group(1);
                return Integer.parseInt(Character.isDigit(n.charAt(0)) ? n : LedgerDates.toArabic(n + "年").replace("年", ""));
            }
        }
        throw new IllegalArgumentException("no outline number: " + written);
    }

    public static String pathText(List<Integer> path) {
        return path.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    /** A 时间节点 read: a cadence, and the date of a single deadline; {@code note} is a warning, if any. */
    public record Deadline(Cadence cadence, LocalDate onceOn, String note) {
    }

    /**
     * Reads a 时间节点 of a list of {@code year}: 每月 / 按月, 每季度 / 按季度, 每半年, 每年 / 年底前 / 长期坚持 (yearly, with
     * a note), a date in any ledger form (a month alone means its last day), or 6月底前 / 6月30日前 in the
     * list's year, and the spoken forms of {@link #spokenDeadline} (3-4月, 4月初前, 上半年, 2025年底, 每月).
     */
    public static Deadline deadline(LedgerCell cell, int year) {
        if (cell.date() == null) {
            Deadline spoken = spokenDeadline(cell.text().strip(), LedgerDates.toArabic(Texts.compact(cell.text())), year);
            if (spoken != null) {
                return spoken;
            }
        }
        LedgerDates.ParsedDate date = null;
        try {
            date = LedgerDates.parse(cell);
        } catch (IllegalArgumentException e) {
            // not a plain date: the forms below
        }
        if (date != null) {
            return date.monthOnly()
                    ? new Deadline(Cadence.ONCE, date.yearMonth().atEndOfMonth(), "只填写了年月，按当月最后一天记录")
                    : new Deadline(Cadence.ONCE, date.date(), date.note());
        }
        String s = LedgerDates.toArabic(Texts.compact(cell.text()));
        Matcher before = DATE_BEFORE.matcher(s);
        if (before.matches()) {
            try {
                LedgerDates.ParsedDate d = LedgerDates.parse(before.group(1));
                return new Deadline(Cadence.ONCE, d.monthOnly() ? d.yearMonth().atEndOfMonth() : d.date(), null);
            } catch (IllegalArgumentException e) {
                // 6月底前 and the like below
            }
        }
        Matcher m = DAY_IN_YEAR.matcher(s);
        if (m.matches()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(y, month);
                if (m.group(3) == null) {
                    return new Deadline(Cadence.ONCE, ym.atEndOfMonth(), null);
                }
                int day = Integer.parseInt(m.group(3));
                if (day >= 1 && day <= ym.lengthOfMonth()) {
                    return new Deadline(Cadence.ONCE, ym.atDay(day), null);
                }
            }
        }
        Matcher quarter = ONE_QUARTER.matcher(s);
        if (quarter.matches()) {
            // 第三季度, 2025年3季度末前: once, at the quarter's end (每季度 is the cadence below)
            int y = quarter.group(1) == null ? year : Integer.parseInt(quarter.group(1));
            int q = "1234".indexOf(quarter.group(2)) >= 0 ? Integer.parseInt(quarter.group(2)) : "一二三四".indexOf(quarter.group(2)) + 1;
            return new Deadline(Cadence.ONCE, YearMonth.of(y, q * 3).atEndOfMonth(), null);
        }
        if (s.contains("季")) {
            return new Deadline(Cadence.QUARTERLY, null, null);
        }
        if (s.contains("半年")) {
            return new Deadline(Cadence.HALF_YEARLY, null, null);
        }
        if (s.matches("(每|按)?年(度)?|全年|年底(前)?|年末(前)?|每年年底(前)?|年内|本年度|一年一次|每年一次")) {
            return new Deadline(Cadence.YEARLY, null, null);
        }
        if (s.matches("长期(坚持)?|持续(推进)?|经常(性)?|常态(化)?|长期开展|全年持续")) {
            return new Deadline(Cadence.YEARLY, null, "“" + s + "”按每年记，年底为时间节点");
        }
        if (NO_DAY.matcher(s).matches()) {
            // 及时, 按上级要求: work without a day of its own, kept up all year as 长期坚持 is
            return new Deadline(Cadence.YEARLY, null, "“" + s + "”没有具体日期，按每年记，年底为时间节点");
        }
        throw new IllegalArgumentException("无法识别的时间节点“" + cell.text().strip()
                + "”，请写成 每月、每季度、每半年、每年，或一个日期（如 2025-06-30、2025年6月底前）");
    }

    /** One quarter as a 时间节点: 第三季度, 3季度, 2025年第3季度末前 (not 每季度). */
    private static final Pattern ONE_QUARTER = Pattern.compile("(?:(\\d{4})年)?第?([1-4一二三四])季度?(?:末|底)?(?:前|内)?(?:完成)?");

    /** 时间节点 that name no day: 及时, 随时, 适时, 按上级要求, 根据工作需要, 视情况, 动态调整 … */
    private static final Pattern NO_DAY = Pattern.compile("(及时|随时|适时|即时)(完成|报送|办理|落实|开展)?"
            + "|(按|根据|依据|按照)(上级|上级党组织|市委|市直机关工委)?(要求|部署|安排|通知|规定)(完成|执行|开展|落实)?"
            + "|(按|根据|视)(工作)?(需要|情况)|动态(调整|更新|管理)?");

    /**
     * The time nodes clerks write as words (decision 0015): 3-4月 and 3月至4月 (the end of April), 4月初前 and
     * 5月上旬 (the 10th, with a note), 中旬 (the 20th), 下旬 (the month's end), 上半年 and 年中 (30 June), 下半年
     * and 2025年底 (31 December); null when {@code s} is none of them. 每月 (按月, 逐月 …) is the MONTHLY cadence:
     * a deadline at the end of every month of the list's year.
     */
    private static Deadline spokenDeadline(String raw, String s, int year) {
        Matcher m;
        if (MONTHLY_WORDS.matcher(s).matches()) {
            return new Deadline(Cadence.MONTHLY, null, null);
        }
        if ((m = MONTH_RANGE.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(2));
            int to = Integer.parseInt(m.group(3));
            if (from < 1 || to > 12 || to < from) {
                throw new IllegalArgumentException("时间节点“" + raw + "”的月份应在1到12之间且前小后大，如 3-4月");
            }
            return new Deadline(Cadence.ONCE, YearMonth.of(yearOf(m.group(1), year), to).atEndOfMonth(), null);
        }
        if ((m = PART_OF_MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("时间节点“" + raw + "”的月份应在1到12之间");
            }
            YearMonth ym = YearMonth.of(yearOf(m.group(1), year), month);
            LocalDate due = switch (m.group(3)) {
                case "初", "上旬" -> ym.atDay(10);
                case "中", "中旬" -> ym.atDay(20);
                default -> ym.atEndOfMonth();
            };
            return new Deadline(Cadence.ONCE, due, "“" + raw + "”按该旬最后一天（" + due + "）记录");
        }
        if ((m = HALF_OF_YEAR.matcher(s)).matches()) {
            int y = yearOf(m.group(1), year);
            return new Deadline(Cadence.ONCE, m.group(2).equals("下半年") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 6, 30), null);
        }
        if ((m = END_OF_YEAR.matcher(s)).matches()) {
            return new Deadline(Cadence.ONCE, LocalDate.of(yearOf(m.group(1), year), 12, 31), null);
        }
        return null;
    }

    private static int yearOf(String written, int listYear) {
        return written == null ? listYear : Integer.parseInt(written);
    }

    /** The 时间节点 as the ledger writes it: a cadence word, or the date of a single deadline. */
    public static Object deadlineValue(Cadence cadence, LocalDate onceOn) {
        return switch (cadence) {
            case MONTHLY -> MONTHLY;
            case QUARTERLY -> QUARTERLY;
            case HALF_YEARLY -> HALF_YEARLY;
            case YEARLY -> YEARLY;
            case ONCE -> onceOn;
        };
    }

    public static ListOwnerKind ownerKind(String text) {
        String s = Texts.compact(text);
        // the words lists are titled with around the kind: 党组书记第一责任人, 班子成员“一岗双责”, 党组主体责任
        if (s.matches("(党组)?书记(第一责任人|履行第一责任人职责|第一责任)(清单)?")) {
            return ListOwnerKind.SECRETARY;
        }
        if (s.matches("(班子成员|党组成员|领导班子成员)[“\"]?一岗双责[”\"]?(责任)?(清单)?")) {
            return ListOwnerKind.LEADERSHIP_MEMBER;
        }
        if (s.matches("(局)?党组(主体责任|集体责任)(清单)?")) {
            return ListOwnerKind.LEADING_GROUP;
        }
        return switch (s) {
            case "党组", "局党组", "党组集体" -> ListOwnerKind.LEADING_GROUP;
            case "党组书记", "书记", "第一责任人" -> ListOwnerKind.SECRETARY;
            case "班子成员", "党组成员", "领导班子成员" -> ListOwnerKind.LEADERSHIP_MEMBER;
            case "党支部", "支部", "党总支" -> ListOwnerKind.BRANCH;
            case "处室", "部门", "单位" -> ListOwnerKind.DEPARTMENT;
            case "机关党委" -> ListOwnerKind.ORGAN_COMMITTEE;
            default -> null;
        };
    }

    /** A year in a title, with the 年度 or 年 after it: 2025年度, 2025 年. */
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");

    /**
     * The list a title names (“2025年度局党组落实全面从严治党主体责任清单”), for a sheet without 年度, 清单名称 or 清单类型
     * columns: its year, its name (the title without the year and without a 台账 or 表 after 清单) and its kind from
     * the words in it (书记 with 第一责任: 党组书记; 一岗双责 or 班子成员: 班子成员; 机关党委; 党支部 or 党总支; 处室 or
     * 科室; 党组). Keys: {@link #YEAR}, {@link #LIST_NAME}, {@link #LIST_KIND}, each present only when found; nothing when
     * the title does not mention 清单 or 责任.
     */
    public static Map<String, String> fromTitle(String title) {
        String t = LedgerDates.toArabic(Texts.compact(title == null ? "" : title));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (!t.contains("清单") && !t.contains("责任")) {
            return out;
        }
        Matcher year = TITLE_YEAR.matcher(t);
        if (year.find()) {
            out.put(YEAR, year.group(1));
        }
        String name = TITLE_YEAR.matcher(t).replaceFirst("").replaceFirst("(清单)(台账|一览表|表)$", "$1")
                .replaceFirst("^(关于|印发)", "");
        if (!name.isEmpty()) {
            out.put(LIST_NAME, name);
        }
        ListOwnerKind kind = kindInTitle(name);
        if (kind != null) {
            out.put(LIST_KIND, label(kind));
        }
        return out;
    }

    /** A leader's post followed by his name in a title: 副局长李四“一岗双责”, 党组书记、局长张三履行第一责任人职责. */
    private static final Pattern LEADER_IN_TITLE = Pattern.compile(
            "(?:局长|副局长|书记|副书记|主任|副主任|组长|副组长|总工程师|总经济师|二级巡视员|调研员)"
                    + "(?!履行|落实|带头|负责|全面|主体|第一|一岗|党风|从严|责任|同志|班子)(\\p{IsHan}{2,3}?)(?:同志)?"
                    + "(?:[“\"「]|履行|落实|第一责任|一岗双责|党风廉政|全面从严|责任清单|的)");

    /** The leader a list's title names after his post (副局长李四“一岗双责”责任清单 → 李四), or null. */
    public static String personInTitle(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = LEADER_IN_TITLE.matcher(Texts.compact(title));
        return m.find() ? m.group(1) : null;
    }

    /**
     * What a missing 年度, 清单名称 or 清单类型 column's error adds: that a sheet of one list may write them in its title
     * ({@link #fromTitle}); "" for another key.
     */
    private static String inTitle(String key) {
        return switch (key) {
            case YEAR, LIST_NAME -> "；一张表一份清单的，也可以只写在表格上方的标题里，如“2025年度局党组落实全面从严治党主体责任清单”";
            case LIST_KIND -> "；也可以在标题里写明是谁的清单（党组、党组书记、班子成员、党支部、机关党委、处室）";
            default -> "";
        };
    }

    /** The kind of list a title's words name, or null. */
    static ListOwnerKind kindInTitle(String t) {
        if (t.contains("书记") && t.contains("第一责任")) {
            return ListOwnerKind.SECRETARY;
        }
        if (t.contains("一岗双责") || t.contains("班子成员") || t.contains("党组成员")) {
            return ListOwnerKind.LEADERSHIP_MEMBER;
        }
        if (t.contains("机关党委")) {
            return ListOwnerKind.ORGAN_COMMITTEE;
        }
        if (t.contains("党支部") || t.contains("党总支")) {
            return ListOwnerKind.BRANCH;
        }
        if (t.contains("处室") || t.contains("科室")) {
            return ListOwnerKind.DEPARTMENT;
        }
        return t.contains("党组") ? ListOwnerKind.LEADING_GROUP : null;
    }

    public static String label(ListOwnerKind kind) {
        return switch (kind) {
            case LEADING_GROUP -> KIND_LABELS.get(0);
            case SECRETARY -> KIND_LABELS.get(1);
            case LEADERSHIP_MEMBER -> KIND_LABELS.get(2);
            case BRANCH -> KIND_LABELS.get(3);
            case DEPARTMENT -> KIND_LABELS.get(4);
            case ORGAN_COMMITTEE -> KIND_LABELS.get(5);
        };
    }

    public static String label(ItemStatus status) {
        return switch (status) {
            case NOT_STARTED -> "未开始";
            case IN_PROGRESS -> "进行中";
            case DONE -> "已完成";
            case OVERDUE -> "已逾期";
        };
    }
}
