package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.logic.ledgers.DuesLedger;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.MeetingLedger;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.logic.ledgers.RecruitmentLedger;
import org.partydesk.logic.ledgers.ResponsibilityLedger;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * Which kind of ledger a file is, by its header: when the kind the clerk chose does not fit (no header, or
 * required columns missing) but another kind's header is complete, the import says so instead of listing
 * the missing columns and every unknown one.
 */
final class KindGuess {
    private KindGuess() {
    }

    static HeaderAliases aliases(LedgerKind kind) {
        return switch (kind) {
            case MEMBERS -> MemberLedger.COLUMNS;
            case MEETINGS -> MeetingLedger.COLUMNS;
            case COMMENDATIONS -> CommendationLedger.COLUMNS;
            case RESPONSIBILITIES -> ResponsibilityLedger.COLUMNS;
            case RECRUITMENT -> RecruitmentLedger.COLUMNS;
            case DUES -> DuesLedger.COLUMNS;
        };
    }

    static List<String> required(LedgerKind kind) {
        return switch (kind) {
            case MEMBERS -> MemberLedger.REQUIRED;
            case MEETINGS -> MeetingLedger.REQUIRED;
            case COMMENDATIONS -> CommendationLedger.REQUIRED;
            case RESPONSIBILITIES -> ResponsibilityLedger.REQUIRED;
            case RECRUITMENT -> RecruitmentLedger.REQUIRED;
            case DUES -> DuesLedger.REQUIRED;
        };
    }

    /** What a sheet of {@code kind} gives its rows from its name or title. */
    static SheetGiven given(LedgerKind kind) {
        return switch (kind) {
            case MEMBERS -> SheetGiven.branch(MemberLedger.BRANCH);
            case MEETINGS -> SheetGiven.branch(MeetingLedger.BRANCH);
            case RESPONSIBILITIES -> ResponsibilitySheets.GIVEN;
            case COMMENDATIONS -> CommendationSheets.GIVEN;
            case RECRUITMENT -> SheetGiven.branch(RecruitmentLedger.BRANCH);
            case DUES -> SheetGiven.both(SheetGiven.branch(DuesLedger.BRANCH), SheetGiven.duesMonth(DuesLedger.MONTH));
        };
    }

    /** The required columns of {@code kind} under {@code header}, without those the sheet's name or title gives. */
    private static List<String> requiredOf(LedgerKind kind, LedgerReader.Header header) {
        return SheetGiven.required(required(kind), given(kind).of(header), aliases(kind));
    }

    /** The kind whose columns these are, or null. */
    static LedgerKind of(HeaderAliases aliases) {
        for (LedgerKind k : LedgerKind.values()) {
            if (aliases(k) == aliases.base()) {
                return k;
            }
        }
        return null;
    }

    /**
     * "这看起来是三会一课台账，而不是花名册：…" when another kind's header is complete in {@code file} (the sheet
     * {@code sheet}; null: the first ledger sheet) and names more columns than the chosen kind's.
     */
    static Optional<String> otherKind(LedgerKind chosen, Path file, String sheet) {
        if (chosen == null) {
            return Optional.empty();
        }
        int chosenColumns;
        try {
            chosenColumns = LedgerReader.header(file, sheet, aliases(chosen)).map(h -> h.columns().size()).orElse(0);
            for (LedgerKind k : LedgerKind.values()) {
                if (k == chosen) {
                    continue;
                }
                Optional<LedgerReader.Header> h = LedgerReader.header(file, sheet, aliases(k));
                if (h.isPresent() && requiredOf(k, h.get()).stream().noneMatch(key -> aliases(k).lacks(h.get().columns().keySet(), key))
                        && h.get().columns().size() > chosenColumns) {
                    return Optional.of("这看起来是" + k.label() + "，而不是" + chosen.label() + "：请选择“" + k.label()
                            + "”后重新导入（命令行：import " + k.id() + " " + file.getFileName() + "）；未写入任何数据");
                }
            }
        } catch (LedgerFileException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
