package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.Set;

import org.partydesk.model.CommitteeRole;

import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;

/**
 * One valid row of the roster ledger, values as given: a null field was left blank (or the column is
 * missing) and leaves the stored value alone. Exactly one of {@code idNumber} (full and valid) and
 * {@code maskedIdNumber} (e.g. {@code 420102********1234}, from a masked export) is set.
 * {@code branchSince} is the 转入本支部日期 column, {@code cell} the 所在党小组 column; {@code posts} the committee
 * posts of the 党内职务 column (empty: none; null: the file has no such column, so the stored committee posts
 * are left alone) and {@code leadingGroup} whether that column says 党组成员 (党组书记, 党组副书记); {@code probationByDates}
 * whether, with no status written, the dates make a new member a 预备党员 (joined less than a year before the roster's date).
 */
public record MemberEntry(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
                          String maskedIdNumber, String education, MemberStatus status, MemberCategory category,
                          String branch, String department, String jobTitle, LocalDate joinedOn,
                          LocalDate fullMemberOn, String phone, LocalDate branchSince, String cell,
                          Set<CommitteeRole> posts, boolean leadingGroup, boolean probationByDates) {
}
