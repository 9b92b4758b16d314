package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;

/**
 * One valid row of the commendations ledger (评先创优台账), values as given: a null field was left blank
 * and leaves the stored value alone. {@code collective} is null when 对象类型 is blank (then each name is
 * looked up among members first). The period is all null or all set. {@code recipientsKey} is the column
 * the recipients were read from (获奖对象, or the collective column 获表彰党支部名称), for messages; {@code branch} the
 * 所在党支部 written beside a person, which tells members of the same name apart (null: none).
 */
public record CommendationEntry(String title, CommendationLevel level, List<RecipientName> recipients, Boolean collective,
                                String awardedBy, LocalDate awardedOn, PeriodKind periodKind, LocalDate periodStart,
                                LocalDate periodEnd, String documentNumber, String notes, String recipientsKey, String branch) {
    public CommendationEntry {
        recipients = List.copyOf(recipients);
        recipientsKey = recipientsKey == null ? CommendationLedger.RECIPIENTS : recipientsKey;
    }

    public CommendationEntry(String title, CommendationLevel level, List<RecipientName> recipients, Boolean collective,
                             String awardedBy, LocalDate awardedOn, PeriodKind periodKind, LocalDate periodStart,
                             LocalDate periodEnd, String documentNumber, String notes) {
        this(title, level, recipients, collective, awardedBy, awardedOn, periodKind, periodStart, periodEnd,
                documentNumber, notes, CommendationLedger.RECIPIENTS, null);
    }

    /**
     * A recipient as written: {@code 张伟} or, to tell two members of the same name apart,
     * {@code 张伟（第一党支部）}, where the qualifier is the member's branch.
     */
    public record RecipientName(String name, String qualifier) {
        /** The name as the ledger writes it. */
        public String text() {
            return qualifier == null ? name : name + "（" + qualifier + "）";
        }
    }
}
