package org.partydesk.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.partydesk.model.DuesBaseKind;

/**
 * The 党费 rules as data ({@code dues-rules.properties}, decision 0020): the brackets of 税后工资 and 离退休费 (the
 * whole base at the rate of its bracket; a bracket's upper bound belongs to it), the fixed amounts of 学生, 失业
 * and 低保 members, the rounding (to 0.01 元, half-up), the voluntary higher amount, the first month of a 预备党员
 * and the months behind that are reminded and flagged. Pure.
 */
public final class DuesRules {
    private static final DuesRules DEFAULT = new DuesRules(RuleFiles.load(DuesRules.class, "dues-rules.properties"));

    /** One bracket: amounts up to {@code upper} (inclusive; null: no bound) pay {@code percent}. */
    public record Bracket(BigDecimal upper, BigDecimal percent) {
    }

    private final Properties p;
    private final List<Bracket> salary;
    private final List<Bracket> pension;

    private DuesRules(Properties p) {
        this.p = p;
        this.salary = brackets(p.getProperty("salary.brackets"));
        this.pension = brackets(p.getProperty("pension.brackets"));
    }

    /** The rules shipped with the program. */
    public static DuesRules standard() {
        return DEFAULT;
    }

    private static List<Bracket> brackets(String text) {
        List<Bracket> list = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split(":");
            String upper = kv[0].strip();
            list.add(new Bracket(upper.equals("*") ? null : new BigDecimal(upper), new BigDecimal(kv[1].strip())));
        }
        if (list.isEmpty() || list.get(list.size() - 1).upper() != null) {
            throw new IllegalStateException("dues-rules.properties: the last bracket must be *: " + text);
        }
        return List.copyOf(list);
    }

    public List<Bracket> brackets(DuesBaseKind kind) {
        return switch (kind) {
            case SALARY -> salary;
            case PENSION -> pension;
            default -> List.of();
        };
    }

    /** The percent that applies to a monthly {@code amount} of {@code kind}; null for the fixed kinds. */
    public BigDecimal percent(DuesBaseKind kind, BigDecimal amount) {
        if (!kind.hasAmount()) {
            return null;
        }
        for (Bracket b : brackets(kind)) {
            if (b.upper() == null || amount.compareTo(b.upper()) <= 0) {
                return b.percent();
            }
        }
        throw new IllegalStateException("no bracket");
    }

    /** The fixed monthly 党费 of a 学生, 失业 or 低保 member. */
    public BigDecimal fixed(DuesBaseKind kind) {
        return round(new BigDecimal(p.getProperty("fixed." + kind.name()).strip()));
    }

    /** An amount rounded as the rules say (to 0.01 元, half-up). */
    public BigDecimal round(BigDecimal yuan) {
        return yuan.setScale(Integer.parseInt(p.getProperty("rounding.places").strip()),
                RoundingMode.valueOf(p.getProperty("rounding.mode").strip()));
    }

    /**
     * The monthly 党费 of a base of {@code kind} and {@code amount} (元; ignored for the fixed kinds), or the
     * {@code voluntary} amount when it is higher (null: none).
     */
    public BigDecimal monthly(DuesBaseKind kind, BigDecimal amount, BigDecimal voluntary) {
        BigDecimal due = kind.hasAmount()
                ? round(amount.multiply(percent(kind, amount)).movePointLeft(2))
                : fixed(kind);
        if (voluntary != null && voluntary.compareTo(due) > 0) {
            return round(voluntary);
        }
        return due;
    }

    /** The first month a member admitted (入党日期, 预备党员 from that day) on {@code joinedOn} pays. */
    public YearMonth firstMonth(LocalDate joinedOn) {
        return YearMonth.from(joinedOn);
    }

    /** Months unpaid in a row that are reminded (3). */
    public int remindMonths() {
        return Integer.parseInt(p.getProperty("behind.remindMonths").strip());
    }

    /** Months unpaid in a row that are flagged for the branch secretary (6). */
    public int flagMonths() {
        return Integer.parseInt(p.getProperty("behind.flagMonths").strip());
    }

    /** The rule quoted with a member flagged {@link #flagMonths} behind. */
    public String flagRule() {
        return p.getProperty("behind.flag.text");
    }

    /** The rule of the base kind, quoted when a due is explained. */
    public String rule(DuesBaseKind kind) {
        return p.getProperty(switch (kind) {
            case SALARY -> "salary.text";
            case PENSION -> "pension.text";
            default -> "fixed.text";
        });
    }

    public String startRule() {
        return p.getProperty("start.text");
    }

    /**
     * The last month up to {@code periodEnd} whose dues are owed on {@code today}: a month is owed once it has ended (this
     * month may still be paid). May be before the period's first month, when none of it has ended.
     */
    public static YearMonth lastEndedMonth(YearMonth periodEnd, LocalDate today) {
        YearMonth beforeThis = YearMonth.from(today).minusMonths(1);
        return periodEnd.isBefore(beforeThis) ? periodEnd : beforeThis;
    }
}
