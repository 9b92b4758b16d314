package org.partydesk.logic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.partydesk.model.DisciplineKind;
import org.partydesk.model.OrgKind;

/**
 * The periods of a member's life in the party as data ({@code member-life-rules.properties}): how long a
 * 处分 counts against honours, how long a committee's term is per kind of organisation, when to remind.
 */
public final class MemberLifeRules {
    private static final MemberLifeRules DEFAULT = load();

    private final Properties p;

    private MemberLifeRules(Properties p) {
        this.p = p;
    }

    public static MemberLifeRules standard() {
        return DEFAULT;
    }

    private static MemberLifeRules load() {
        return new MemberLifeRules(RuleFiles.load(MemberLifeRules.class, "member-life-rules.properties"));
    }

    private int number(String key) {
        return Integer.parseInt(p.getProperty(key).strip());
    }

    /** The months a 留党察看 may last (the 察看期 the decision gives). */
    public List<Integer> probationMonths() {
        return Arrays.stream(p.getProperty("discipline.probation.allowedMonths").split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
    }

    /**
     * The last day a 处分 decided on {@code decidedOn} counts (its 影响期 or 察看期, {@code termMonths} where the
     * decision gives one); empty for 开除党籍, which counts for good.
     */
    public Optional<LocalDate> disciplineUntil(DisciplineKind kind, LocalDate decidedOn, Integer termMonths) {
        if (kind == DisciplineKind.EXPULSION) {
            return Optional.empty();
        }
        int months = termMonths != null ? termMonths : number("discipline.months." + kind.name());
        return Optional.of(decidedOn.plusMonths(months).minusDays(1));
    }

    /** The rule quoted with an honour warning about a 处分. */
    public String disciplineText() {
        return p.getProperty("discipline.text");
    }

    /** The years of a committee's term for a kind of organisation (empty: the kind elects no committee). */
    public Optional<Integer> termYears(OrgKind kind) {
        String v = p.getProperty("term.years." + kind.name());
        return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v.strip()));
    }

    public String termText() {
        return p.getProperty("term.text");
    }

    public int termReminderMonths() {
        return number("term.reminderMonths");
    }

    public int receiptMonths() {
        return number("transfer.receiptMonths");
    }
}
