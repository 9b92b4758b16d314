package org.partydesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * 评先创优 / 表彰: an honour given to members, branches, departments or a named external collective.
 * The period ({@code periodKind}, {@code periodStart}, {@code periodEnd}) is the month, two months,
 * quarter or year the honour covers; {@code documentNumber} is the 文号.
 */
public record Commendation(Integer id, String title, CommendationLevel level, String awardedBy, LocalDate awardedOn,
                           PeriodKind periodKind, LocalDate periodStart, LocalDate periodEnd, String documentNumber,
                           String notes, List<Recipient> recipients) {

    public Commendation {
        recipients = List.copyOf(recipients);
    }

    /**
     * The identity of a commendation, as the ledger import and the window both tell one honour from another: 荣誉名称,
     * 授予时间 and 文号 (blank counts as none).
     */
    public static String identity(String title, java.time.LocalDate awardedOn, String documentNumber) {
        return title + "|" + awardedOn + "|" + (documentNumber == null ? "" : documentNumber.strip());
    }

    /**
     * One recipient. Exactly one of {@code memberId}, {@code orgUnitId}, {@code departmentId},
     * {@code externalName} is set, as {@code kind} says; {@code displayName} is for showing.
     */
    public record Recipient(RecipientKind kind, Integer memberId, Integer orgUnitId, Integer departmentId,
                            String externalName, String displayName) {
        public static Recipient member(int memberId) {
            return new Recipient(RecipientKind.MEMBER, memberId, null, null, null, null);
        }

        public static Recipient branch(int orgUnitId) {
            return new Recipient(RecipientKind.BRANCH, null, orgUnitId, null, null, null);
        }

        public static Recipient department(int departmentId) {
            return new Recipient(RecipientKind.DEPARTMENT, null, null, departmentId, null, null);
        }

        public static Recipient external(String name) {
            return new Recipient(RecipientKind.EXTERNAL, null, null, null, name, name);
        }
    }
}
