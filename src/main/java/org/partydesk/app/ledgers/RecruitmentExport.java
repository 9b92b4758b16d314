package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.RecruitmentLedger;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.Recruit;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.RecruitRepository;

/**
 * Writes the 发展党员台账: one row per person, by branch and application date, which {@link RecruitmentImport}
 * takes back without change. ID numbers are masked unless asked for in full (a masked row is matched by name and
 * branch); an introducer whose name another member shares is written 张伟（第一党支部）. With a year, the persons
 * who applied or reached a stage in it; with a branch, that branch's.
 */
final class RecruitmentExport {
    private RecruitmentExport() {
    }

    static int write(Workspace ws, Path out, LedgerExport.Options options, Progress progress) {
        Integer branchId = options.branch() == null ? null : LedgerExport.unitNamed(ws, options.branch());
        RecruitRepository repo = new RecruitRepository(ws.database());
        List<Recruit> found = (branchId == null ? repo.all() : repo.ofBranch(branchId)).stream()
                .filter(r -> options.year() == null || inYear(r, options.year())).toList();
        MemberRepository members = new MemberRepository(ws.database());
        Set<String> sharedNames = members.all().stream().collect(Collectors.groupingBy(Member::name, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(new OrgRepository(ws.database()).all());
        LocalDate today = LocalDate.now(ws.database().clock());
        List<LedgerColumn> columns = RecruitmentLedger.COLUMNS.columns();
        String title = RecruitmentLedger.SHEET_TITLE + (options.year() == null ? "" : "（" + options.year() + "年）");
        return LedgerExport.writing(out, RecruitmentLedger.SHEET_NAME, title, columns, RecruitmentLedger.GUIDE, writer -> {
            int n = 0;
            for (Recruit r : found) {
                progress.checkCancelled();
                n++;
                List<String> intro = new ArrayList<>();
                for (Integer id : new Integer[] {r.introducer1Id(), r.introducer2Id()}) {
                    if (id != null) {
                        String name = id.equals(r.introducer1Id()) ? r.introducer1Name() : r.introducer2Name();
                        intro.add(sharedNames.contains(name)
                                ? members.branchName(id, today).map(b -> name + "（" + b + "）").orElse(name) : name);
                    }
                }
                List<Object> values = new ArrayList<>(columns.size());
                for (LedgerColumn col : columns) {
                    values.add(switch (col.key()) {
                        case RecruitmentLedger.SEQ -> n;
                        case RecruitmentLedger.NAME -> r.name();
                        case RecruitmentLedger.GENDER -> r.gender() == null ? null
                                : r.gender() == Gender.MALE ? RecruitmentLedger.MALE : RecruitmentLedger.FEMALE;
                        case RecruitmentLedger.BIRTH_DATE -> r.birthDate();
                        case RecruitmentLedger.ID_NUMBER -> r.idNumber() == null ? null
                                : options.unmasked() ? r.idNumber() : IdNumbers.mask(r.idNumber());
                        case RecruitmentLedger.BRANCH -> unitNames.getOrDefault(r.branchId(), r.branchName());
                        case RecruitmentLedger.APPLIED_ON -> r.appliedOn();
                        case RecruitmentLedger.TALK_ON -> r.talkOn();
                        case RecruitmentLedger.ACTIVIST_ON -> r.activistOn();
                        case RecruitmentLedger.CANDIDATE_ON -> r.candidateOn();
                        case RecruitmentLedger.INTRODUCERS -> RecruitmentLedger.introducersText(intro);
                        case RecruitmentLedger.TRAINING_DAYS -> r.trainingDays();
                        case RecruitmentLedger.TRAINING_HOURS -> r.trainingHours();
                        case RecruitmentLedger.REVIEW_ON -> r.reviewOn();
                        case RecruitmentLedger.ADMITTED_ON -> r.admittedOn();
                        case RecruitmentLedger.APPROVED_ON -> r.approvedOn();
                        case RecruitmentLedger.CONFIRMED_ON -> r.confirmedOn();
                        case RecruitmentLedger.STOPPED_ON -> r.stoppedOn();
                        case RecruitmentLedger.STOP_REASON -> r.stopReason();
                        case RecruitmentLedger.NOTES -> r.notes();
                        default -> throw new IllegalStateException("no value for column " + col.key());
                    });
                }
                writer.row(values);
                progress.update(n, found.size(), "正在导出第 " + n + " 人");
            }
            return n;
        });
    }

    private static boolean inYear(Recruit r, int year) {
        for (LocalDate d : new LocalDate[] {r.appliedOn(), r.talkOn(), r.activistOn(), r.candidateOn(), r.reviewOn(),
                r.admittedOn(), r.approvedOn(), r.confirmedOn(), r.stoppedOn()}) {
            if (d != null && d.getYear() == year) {
                return true;
            }
        }
        return false;
    }
}
