package org.partydesk.logic.ledgers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.model.DuesBaseKind;

/**
 * The 党费收缴台账 (decision 0020): one row per member and month — the branch's own sheet (基数, 应缴, 实缴, 交纳日期,
 * 收缴人, 减免) or a bank list (户名, 交易金额, 交易日期, 摘要 “2026年3月党费”), read under the same columns. The month
 * comes from its own column (a date cell, 2026-03, 2026年3月, 202603, or text containing them such as a bank list's
 * 摘要); when there is none, the month of the day paid. One row is one month: “1-3月” is refused. Pure.
 */
public final class DuesLedger {
    public static final String SEQ = "seq";
    public static final String NAME = "name";
    public static final String BRANCH = "branch";
    public static final String MONTH = "month";
    public static final String BASE_KIND = "baseKind";
    public static final String BASE = "base";
    public static final String DUE = "due";
    public static final String PAID = "paid";
    public static final String PAID_ON = "paidOn";
    public static final String COLLECTOR = "collector";
    public static final String WAIVER = "waiver";
    public static final String NOTES = "notes";
    /** 身份证号 (read only): tells members of the same name in the same branch apart. */
    public static final String ID_NUMBER = "idNumber";

    /** The columns 1月 … 12月 of a sheet kept one row a member and a column a month (key m1 … m12). */
    public static final List<String> MONTH_KEYS = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> "m" + m).toList();

    public static final String SHEET_NAME = "党费收缴";
    public static final String SHEET_TITLE = "党费收缴台账";

    /** The opening lines of the 填表说明 sheet of this ledger's templates and exports. */
    public static final List<String> GUIDE = List.of(
            "第1行为标题，第2行为表头；从第3行起每名党员每月一行（一次交了三个月的写三行）。列的顺序可以调整，列名可用常见写法。",
            "按姓名找党员，同名时须填所在党支部。交纳月份写 2026-03 或 2026年3月；金额写数字，如 50 或 50.00元。",
            "应缴金额不填时按党费基数和收缴标准计算；交纳日期晚于所交月份的记为补缴，填写了减免批准情况的记为减免。",
            "表格最后可以有一行以“注：”或“说明”开头的备注，导入时忽略。");

    /** The Chinese label of each base kind, as written in the ledger. */
    public static final Map<DuesBaseKind, String> KIND_LABELS;
    /** More ways clerks write a base kind. */
    private static final Map<String, DuesBaseKind> KIND_ALIASES;

    static {
        Map<DuesBaseKind, String> labels = new LinkedHashMap<>();
        labels.put(DuesBaseKind.SALARY, "税后工资");
        labels.put(DuesBaseKind.PENSION, "离退休费");
        labels.put(DuesBaseKind.STUDENT, "学生");
        labels.put(DuesBaseKind.UNEMPLOYED, "失业");
        labels.put(DuesBaseKind.SUBSISTENCE, "低保");
        KIND_LABELS = java.util.Collections.unmodifiableMap(labels);
        Map<String, DuesBaseKind> aliases = new LinkedHashMap<>();
        labels.forEach((k, v) -> aliases.put(v, k));
        for (String s : List.of("工资", "月工资", "在职", "税后月工资", "工资收入")) {
            aliases.put(s, DuesBaseKind.SALARY);
        }
        for (String s : List.of("离退休", "退休", "离休", "退休费", "离退休金", "退休金", "养老金")) {
            aliases.put(s, DuesBaseKind.PENSION);
        }
        for (String s : List.of("学生党员", "在校学生")) {
            aliases.put(s, DuesBaseKind.STUDENT);
        }
        for (String s : List.of("下岗失业", "下岗", "失业党员")) {
            aliases.put(s, DuesBaseKind.UNEMPLOYED);
        }
        for (String s : List.of("最低生活保障", "低保户", "领取低保", "最低生活保障金")) {
            aliases.put(s, DuesBaseKind.SUBSISTENCE);
        }
        KIND_ALIASES = java.util.Collections.unmodifiableMap(aliases);
    }

    /** The error of a 党费基数 given without its 基数类型. */
    public static final String KIND_MISSING = "填写了党费基数，请同时填写基数类型（税后工资或离退休费）";

    private static final String MONEY_NOTE = "单位：元，最多两位小数";

    public static final HeaderAliases COLUMNS = new HeaderAliases(List.of(
            col(SEQ, "序号", List.of("编号"), Kind.IGNORED, List.of(), "可不填，导入时忽略", 6),
            col(NAME, "姓名", List.of("党员姓名", "户名", "付款人", "付款人户名", "付款人名称", "对方户名", "缴费人", "交款人"),
                    Kind.TEXT, List.of(), "必填；银行流水的户名须是党员本人姓名", 10),
            col(BRANCH, "所在党支部", List.of("党支部", "所在支部", "支部名称", "所属党支部", "党组织"), Kind.TEXT, List.of(),
                    "有同名党员时必填；同名党支部写作 综合党支部（第一基层党委）", 18),
            col(MONTH, "交纳月份", List.of("所属月份", "缴费月份", "缴纳月份", "党费月份", "月份", "摘要", "附言", "用途", "交易附言",
                    "交易摘要"), Kind.TEXT, List.of(), "如 2026-03 或 2026年3月；一行只写一个月；不填时按交纳日期所在月份", 10),
            col(BASE_KIND, "基数类型", List.of("党费基数类型", "计算基数类型", "人员类别"), Kind.CHOICE,
                    List.copyOf(KIND_LABELS.values()), "税后工资、离退休费、学生、失业 或 低保；与党费基数一起填写时设定该年的党费基数", 10),
            col(BASE, "党费基数（元）", List.of("党费基数", "计算基数", "月工资", "税后工资", "月工资收入", "工资收入", "离退休费",
                            "缴费基数", "缴纳基数", "交纳基数", "交费基数", "党费计算基数", "计缴基数", "党费缴纳基数", "党费交纳基数"),
                    Kind.TEXT, List.of(), "每月税后工资或离退休费；" + MONEY_NOTE, 12),
            col(DUE, "应缴金额（元）", List.of("应缴党费", "应交金额", "应交党费", "应缴", "应缴金额", "每月应缴", "每月应交", "月应缴",
                    "月应缴金额", "月缴纳标准", "月交纳标准", "缴纳标准", "交纳标准", "每月交纳标准", "每月缴纳标准", "月缴纳额", "月交纳额",
                    "每月交纳额"), Kind.TEXT, List.of(),
                    "不填时按党费基数和收缴标准计算；" + MONEY_NOTE, 12),
            col(PAID, "实缴金额（元）", List.of("实缴党费", "实交金额", "实交党费", "交纳金额", "缴纳金额", "实缴", "实缴金额", "金额",
                    "交易金额", "收入金额", "贷方金额", "入账金额"), Kind.TEXT, List.of(), "未交纳时填 0 或不填；" + MONEY_NOTE, 12),
            col(PAID_ON, "交纳日期", List.of("缴纳日期", "交费日期", "缴费日期", "交易日期", "记账日期", "收款日期", "交纳时间", "缴费时间"),
                    Kind.DATE, List.of(), "如 2026-03-15；晚于所交月份的为补缴", 12),
            col(COLLECTOR, "收缴人", List.of("收款人", "经手人", "收缴人签字", "收缴人员"), Kind.TEXT, List.of(), "", 10),
            col(WAIVER, "减免批准情况", List.of("减免", "减免情况", "减免批准", "减免审批"), Kind.TEXT, List.of(),
                    "经批准减免的写明批准的党组织、日期或文号；填写后该月记为减免", 18),
            col(NOTES, "备注", List.of("说明"), Kind.TEXT, List.of(), "", 16)),
            monthColumns(col(ID_NUMBER, "身份证号", List.of("公民身份号码", "身份证号码", "证件号码"), Kind.TEXT_ONLY, List.of(),
                    "同一支部有同名党员时据此区分", 20)))
            // a sheet kept one row a member and a column a month: its 1月 … 12月 give the months and the amounts paid
            .standIn(PAID, MONTH_KEYS)
            // 一、机关第一党支部 over its members' rows, in a sheet without 所在党支部
            .branchHeadings(BRANCH);

    /** Keys without which the ledger cannot be imported. */
    public static final List<String> REQUIRED = List.of(NAME, PAID);

    /** One month in a title or a sheet's name: 2025年3月, 3月 (not a day, 3月10日, nor a range's end, 1-3月). */
    private static final Pattern ONE_MONTH = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(?<![\\d\\-—–~～至到])(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");
    /** A month range (1-3月, 1月至3月, 第一季度) or a line that dates the sheet rather than names its month (填报日期：…). */
    private static final Pattern NOT_ONE_MONTH = Pattern.compile("\\d\\s*月?\\s*[\\-—–~～至到]\\s*\\d{1,2}\\s*月|季度|半年"
            + "|填报|填表|制表|报送|统计|截至|截止|日期|时间");

    /**
     * The one month a dues sheet kept a sheet a month is about, from its title ({@code lines}, the texts above its
     * header) or else its name (1月, 2025年3月): “2025年3月”, or “3月” when neither says the year; null when they name no
     * month, several, or a range. The sheet's rows are that month's dues, whenever they were paid.
     */
    public static String sheetMonth(List<String> lines, String sheetName) {
        String found = oneMonth(lines);
        if (found == null && sheetName != null) {
            found = oneMonth(List.of(sheetName));
        }
        if (found == null || found.contains("年")) {
            return found;
        }
        Integer year = LedgerDates.yearInTitle(lines);
        if (year == null && sheetName != null) {
            year = LedgerDates.yearInTitle(List.of(sheetName));
        }
        return year == null ? found : year + "年" + found;
    }

    private static String oneMonth(List<String> lines) {
        String found = null;
        for (String line : lines) {
            String t = LedgerDates.toArabic(Texts.compact(line == null ? "" : line));
            if (NOT_ONE_MONTH.matcher(t).find()) {
                continue;
            }
            Matcher m = ONE_MONTH.matcher(t);
            while (m.find()) {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    return null;
                }
                String text = (m.group(1) == null ? "" : m.group(1) + "年") + month + "月";
                if (found != null && !found.equals(text)) {
                    return null;
                }
                found = text;
            }
        }
        return found;
    }

    /** The read-only columns: 身份证号, and 1月 … 12月 of a sheet kept a column a month ({@link #MONTH_KEYS}). */
    private static List<LedgerColumn> monthColumns(LedgerColumn idNumber) {
        List<LedgerColumn> out = new ArrayList<>(List.of(idNumber));
        String numerals = "一二三四五六七八九十";
        for (int m = 1; m <= 12; m++) {
            String chinese = m <= 10 ? String.valueOf(numerals.charAt(m - 1)) : m == 11 ? "十一" : "十二";
            List<String> aliases = new ArrayList<>(List.of(m + "月份", chinese + "月", chinese + "月份", m + "月实缴", m + "月党费",
                    m + "月实缴金额", m + "月交纳", m + "月缴纳"));
            if (m < 10) {
                aliases.addAll(List.of("0" + m + "月", "0" + m + "月份"));
            }
            out.add(col(MONTH_KEYS.get(m - 1), m + "月", aliases, Kind.TEXT, List.of(), "该月实缴金额（元）", 8));
        }
        return out;
    }

    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|[-./])\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("\\d{1,2}\\s*月?\\s*[-—–~～至到]\\s*\\d{1,2}\\s*月");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月");
    /** A number such as 2025.3 or 2025.1 (2025.10 as Excel keeps it). */
    private static final Pattern YEAR_DOT_MONTH = Pattern.compile("(?:19|20)\\d{2}\\.\\d");
    private static final Pattern MONEY = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    private DuesLedger() {
    }

    private static LedgerColumn col(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                                    String note, int width) {
        return new LedgerColumn(key, header, aliases, kind, choices, note, width);
    }

    /** The base kind a cell names, or null. */
    public static DuesBaseKind kind(String text) {
        return text == null ? null : KIND_ALIASES.get(Texts.compact(text));
    }

    /** Validates one row (cells by column key) against {@code today}. */
    public static RowCheck<DuesEntry> validate(Map<String, LedgerCell> row, LocalDate today) {
        return validate(row, today, null);
    }

    /**
     * Validates one row (cells by column key) against {@code today}; {@code year} is the year the sheet's title or name
     * gives (null: none), the year of a sheet kept a column a month.
     */
    public static RowCheck<DuesEntry> validate(Map<String, LedgerCell> row, LocalDate today, Integer year) {
        List<CellProblem> problems = new ArrayList<>();
        String name = MemberLedger.name(row.get(NAME)); // as the roster keeps it: "王  芳" is 王芳, "Anna Li" keeps its space
        if (name == null) {
            problems.add(CellProblem.error(NAME, "姓名为空"));
        }
        String branch = LedgerCell.tidy(row.get(BRANCH));
        LocalDate paidOn = null;
        try {
            LedgerDates.ParsedDate parsed = LedgerDates.parse(row.get(PAID_ON));
            if (parsed != null) {
                if (parsed.monthOnly()) {
                    problems.add(CellProblem.error(PAID_ON, "交纳日期只填写了年月，请写到日，如 2026-03-15"));
                } else if (parsed.date().isAfter(today)) {
                    problems.add(CellProblem.error(PAID_ON, "交纳日期（" + parsed.date() + "）晚于今天"));
                } else {
                    paidOn = parsed.date();
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(CellProblem.error(PAID_ON, e.getMessage()));
        }
        java.util.SortedMap<YearMonth, BigDecimal> months = row.get(PAID) == null ? monthColumns(row, year, problems) : null;
        YearMonth month = months == null ? month(row.get(MONTH), paidOn, problems) : null;
        DuesBaseKind kind = null;
        String kindText = LedgerCell.tidy(row.get(BASE_KIND));
        if (kindText != null) {
            kind = kind(kindText);
            if (kind == null) {
                problems.add(CellProblem.error(BASE_KIND, "基数类型“" + kindText + "”应为 " + String.join("、", KIND_LABELS.values())));
            }
        }
        BigDecimal base = money(row, BASE, "党费基数", problems);
        BigDecimal due = money(row, DUE, "应缴金额", problems);
        BigDecimal paid = money(row, PAID, "实缴金额", problems);
        if (due != null && paid != null && due.signum() > 0 && paid.compareTo(due.multiply(BigDecimal.valueOf(2))) > 0) {
            // more than twice the due is rarely a voluntary extra: more often 3000 for 30.00, and the rate then tops 100 %
            problems.add(new CellProblem(PAID, Severity.WARNING, overpaid(paid, due)));
        }
        if (base != null && kind == null && kindText == null && row.get(BASE_KIND) != null) {
            // without the column at all the import takes the kind from the member's 人员状态 (DuesImport)
            problems.add(CellProblem.error(BASE_KIND, KIND_MISSING));
        }
        if (kind != null && kind.hasAmount() && base == null) {
            problems.add(CellProblem.error(BASE, "基数类型为" + KIND_LABELS.get(kind) + "，请填写每月的" + KIND_LABELS.get(kind) + "（元）"));
        }
        if (paid != null && paid.signum() > 0 && paidOn == null && !problems.stream().anyMatch(p -> p.key().equals(PAID_ON))) {
            problems.add(CellProblem.error(PAID_ON, "填写了实缴金额，请同时填写交纳日期"));
        }
        if (month == null && months == null && !problems.stream().anyMatch(p -> p.key().equals(MONTH) || p.key().equals(PAID_ON))) {
            problems.add(CellProblem.error(MONTH, "交纳月份为空，也没有交纳日期：不知道是哪个月的党费"));
        }
        String id = LedgerCell.clean(row.get(ID_NUMBER));
        DuesEntry entry = new DuesEntry(name, branch, month, kind, kind != null && !kind.hasAmount() ? null : base, due, paid,
                paidOn, LedgerCell.tidy(row.get(COLLECTOR)), LedgerCell.tidy(row.get(WAIVER)), LedgerCell.tidy(row.get(NOTES)),
                id == null ? null : org.partydesk.logic.IdNumbers.normalize(Texts.toHalfWidth(id)), months);
        boolean error = problems.stream().anyMatch(p -> p.severity() == LedgerMessage.Severity.ERROR);
        return RowCheck.of(error ? null : entry, problems);
    }

    /**
     * The amounts of a row of a sheet kept a column a month, by month of {@code year} (null: a blank cell), or null when
     * the sheet has no month column; an error when no year is given.
     */
    private static java.util.SortedMap<YearMonth, BigDecimal> monthColumns(Map<String, LedgerCell> row, Integer year,
                                                                         List<CellProblem> problems) {
        java.util.SortedMap<YearMonth, BigDecimal> out = new java.util.TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            String key = MONTH_KEYS.get(m - 1);
            if (row.get(key) == null) {
                continue;
            }
            if (year == null) {
                problems.add(CellProblem.error(key, "每月一列的党费表要在标题或工作表名中写明年度（如“2026年党费收缴登记表”），"
                        + "才知道各月是哪一年的"));
                return new java.util.TreeMap<>(); // no months: the row is refused, not asked for its 交纳月份 too
            }
            out.put(YearMonth.of(year, m), money(row, key, m + "月实缴金额", problems));
        }
        return out.isEmpty() ? null : out;
    }

    /** The warning for an amount paid more than twice the amount due. */
    public static String overpaid(BigDecimal paid, BigDecimal due) {
        return "实缴金额" + paid.stripTrailingZeros().toPlainString() + "元是应缴金额" + due.stripTrailingZeros().toPlainString()
                + "元的两倍以上，请核对（自愿多交的可以不改）";
    }

    /** The month of a row: its cell, else the month of the day paid; null with an error when unreadable. */
    static YearMonth month(LedgerCell cell, LocalDate paidOn, List<CellProblem> problems) {
        if (cell != null && cell.date() != null) {
            return YearMonth.from(cell.date());
        }
        if (cell != null && cell.number() && YEAR_DOT_MONTH.matcher(Texts.compact(cell.text())).matches()) {
            // 2025.10 typed into a number cell is stored as 2025.1: refused as the roster's dates are (LedgerDates)
            try {
                return YearMonth.from(LedgerDates.parse(cell).date());
            } catch (IllegalArgumentException e) {
                problems.add(CellProblem.error(MONTH, "交纳月份" + e.getMessage()));
                return null;
            }
        }
        String text = LedgerCell.tidy(cell);
        if (text == null) {
            return paidOn == null ? null : YearMonth.from(paidOn);
        }
        String t = Texts.toHalfWidth(text);
        if (RANGE.matcher(t).find()) {
            problems.add(CellProblem.error(MONTH, "“" + text + "”是几个月的党费；一行只写一个月，请分行填写每个月交纳的金额"));
            return null;
        }
        Matcher m = YEAR_MONTH.matcher(t);
        if (!m.find()) {
            m = COMPACT.matcher(t);
            if (!m.find()) {
                m = null;
            }
        }
        if (m != null) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
            problems.add(CellProblem.error(MONTH, "交纳月份“" + text + "”中的月份应在 1 到 12 之间"));
            return null;
        }
        if (paidOn != null && !t.matches(".*[0-9一二三四五六七八九十月].*")) {
            // 摘要 “党费”, “交党费” of a bank statement: nothing of a month in it, the day paid gives it
            problems.add(new CellProblem(MONTH, Severity.WARNING, "“" + text + "”没有写月份，按交纳日期记为"
                    + paidOn.getYear() + "年" + paidOn.getMonthValue() + "月的党费"));
            return YearMonth.from(paidOn);
        }
        Matcher only = MONTH_ONLY.matcher(t);
        if (only.find() && paidOn != null) {
            int month = Integer.parseInt(only.group(1));
            if (month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(paidOn.getYear(), month);
                // a December collected in January belongs to the year before
                return ym.isAfter(YearMonth.from(paidOn).plusMonths(1)) ? ym.minusYears(1) : ym;
            }
        }
        int year = paidOn != null ? paidOn.getYear() : 2026;
        problems.add(CellProblem.error(MONTH, "看不出“" + text + "”是哪年哪月；请写作 " + year + "-03 或 " + year + "年3月"));
        return null;
    }

    /** An amount in 元 (￥, 元 and thousands separators allowed); null when blank or unreadable (then with an error). */
    static BigDecimal money(Map<String, LedgerCell> row, String key, String what, List<CellProblem> problems) {
        String text = LedgerCell.tidy(row.get(key));
        if (text == null) {
            return null;
        }
        String t = Texts.toHalfWidth(text).replaceAll("[\\s,，¥￥元]|RMB|CNY", "");
        java.util.Optional<BigDecimal> capitals = MONEY.matcher(t).matches() ? java.util.Optional.empty()
                : org.partydesk.logic.ChineseAmounts.parse(Texts.compact(text));
        if (!MONEY.matcher(t).matches() && capitals.isEmpty()) {
            problems.add(CellProblem.error(key, what + "“" + text + "”不是金额；请写数字，如 45.50，或大写，如 肆拾伍元伍角"));
            return null;
        }
        BigDecimal v = capitals.orElseGet(() -> new BigDecimal(t));
        if (v.signum() < 0) {
            problems.add(CellProblem.error(key, what + "“" + text + "”是负数"));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 2) {
            problems.add(CellProblem.error(key, what + "“" + text + "”精确到了分以下；金额最多两位小数"));
            return null;
        }
        if (v.compareTo(new BigDecimal("10000000")) >= 0) {
            problems.add(CellProblem.error(key, what + "“" + text + "”太大了；请核对"));
            return null;
        }
        return v.setScale(2);
    }
}
