package org.partydesk.app.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.partydesk.logic.IdNumbers;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;

/**
 * The people and the organisation tree of the sample bureau: departments, units, members, their
 * memberships over time (with a few moves between branches), branch committees and community postings.
 */
final class Roster {
    private static final String[] AREA_CODES = {"420102", "420103", "420104", "420105", "420106", "420107",
            "420111", "420112", "420113", "420114", "420115", "420116", "420117"};
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "155", "157", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189", "199"};

    /** A node of the organisation tree. */
    static final class Unit {
        final int id;
        final OrgKind kind;
        final String name;
        final Unit parent;
        final Integer departmentId;
        final boolean temporary;
        final LocalDate establishedOn;
        final LocalDate endedOn;
        boolean retirees;
        int size;
        final List<Unit> cells = new ArrayList<>();
        final List<Stint> stints = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        Person secretary;
        final List<Person> committee = new ArrayList<>();

        Unit(int id, OrgKind kind, String name, Unit parent, Integer departmentId, boolean temporary,
             LocalDate establishedOn, LocalDate endedOn) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.parent = parent;
            this.departmentId = departmentId;
            this.temporary = temporary;
            this.establishedOn = establishedOn;
            this.endedOn = endedOn;
        }

        boolean existsOn(LocalDate d) {
            return !establishedOn.isAfter(d) && (endedOn == null || !endedOn.isBefore(d));
        }

        /** The members of this unit on {@code d}, in the order they joined it. */
        List<Person> membersOn(LocalDate d) {
            List<Person> out = new ArrayList<>();
            for (Stint s : stints) {
                if (s.covers(d)) {
                    out.add(s.person);
                }
            }
            return out;
        }

        /** Regular branches hold members of their own and are neither temporary nor for retirees. */
        boolean regular() {
            return kind == OrgKind.BRANCH && !temporary && !retirees;
        }
    }

    /** A member of the party. */
    static final class Person {
        int id;
        String name;
        boolean male;
        LocalDate birthDate;
        String idNumber;
        MemberCategory category;
        MemberStatus status;
        LocalDate joinedOn;
        LocalDate fullMemberOn;
        String jobTitle;
        boolean leader;
        boolean staff;
        boolean roleHolder;
        boolean mover;
        Unit branch;
        String notes;
        /** From this day on the member skips every meeting without leave (the six-month flag). */
        LocalDate absentFrom;
    }

    /** A membership row: a person in a unit from {@code start} to {@code end} (open when null). */
    static final class Stint {
        final Person person;
        final Unit unit;
        final LocalDate start;
        LocalDate end;

        Stint(Person person, Unit unit, LocalDate start) {
            this.person = person;
            this.unit = unit;
            this.start = start;
        }

        boolean covers(LocalDate d) {
            return !start.isAfter(d) && (end == null || !end.isBefore(d));
        }
    }

    final List<Unit> units = new ArrayList<>();
    final List<Unit> branches = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Person> leaders = new ArrayList<>();
    final List<Stint> stints = new ArrayList<>();
    final List<String> organDepartments = new ArrayList<>();
    Unit leadingGroup;
    Unit organCommittee;

    private final SampleContext ctx;
    private final Set<String> idNumbers = new HashSet<>();

    private Roster(SampleContext ctx) {
        this.ctx = ctx;
    }

    static Roster build(SampleContext ctx) {
        Roster r = new Roster(ctx);
        r.buildTree();
        r.buildPeople();
        r.buildCells();
        r.buildCommittees();
        r.moveSome();
        r.markAbsentees();
        r.write();
        return r;
    }

    // ---- the tree

    private LocalDate longAgo() {
        return ctx.day(ctx.firstYear - ctx.between(4, 15), ctx.between(1, 12), 1, 28);
    }

    private int department(String name) {
        int id = ctx.department.newId();
        ctx.department.add(id, name, id);
        return id;
    }

    private Unit unit(OrgKind kind, String name, Unit parent, Integer departmentId, boolean temporary,
                      LocalDate established, LocalDate ended) {
        Unit u = new Unit(ctx.orgUnit.newId(), kind, name, parent, departmentId, temporary, established, ended);
        units.add(u);
        if (kind == OrgKind.BRANCH) {
            branches.add(u);
        }
        return u;
    }

    private void buildTree() {
        SampleText t = ctx.text;
        LocalDate founded = LocalDate.of(ctx.firstYear - 16, 3, 1);
        leadingGroup = unit(OrgKind.LEADING_GROUP, t.at("unit.names", 0), null, null, false, founded, null);
        organCommittee = unit(OrgKind.ORGAN_COMMITTEE, t.at("unit.names", 1), null, null, false, founded, null);
        for (int i = 1; i <= ctx.shape.organBranches(); i++) {
            String dept = ctx.shape.fromText() ? t.at("departments.organ", i - 1) : t.format("large.names", 3, i);
            organDepartments.add(dept);
            unit(OrgKind.BRANCH, t.format("unit.names", 2, ctx.numeral(i)), organCommittee, department(dept), false,
                    longAgo(), null);
        }
        int retireesDept = department(t.at("department.retirees", 0));
        unit(OrgKind.BRANCH, t.at("unit.names", 3), organCommittee, retireesDept, false, longAgo(), null).retirees = true;
        LocalDate inspection = LocalDate.of(ctx.firstYear + 1, 4, 1);
        unit(OrgKind.BRANCH, t.at("unit.names", 4), organCommittee, null, true, inspection, inspection.plusMonths(5).minusDays(1));

        for (int p = 1; p <= ctx.shape.primaries(); p++) {
            if (ctx.shape.fromText()) {
                primaryFromText(t.list("primary." + p));
            } else {
                int dept = department(t.format("large.names", 0, p));
                Unit primary = unit(OrgKind.PRIMARY_COMMITTEE, t.format("large.names", 1, p), organCommittee, dept, false, longAgo(), null);
                unit(OrgKind.BRANCH, t.at("large.names", 4), primary, dept, false, longAgo(), null).retirees = true;
                for (int b = 2; b <= ctx.shape.branchesPerPrimary(); b++) {
                    unit(OrgKind.BRANCH, t.format("large.names", 2, b - 1), primary, dept, false, longAgo(), null);
                }
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            ctx.orgUnit.add(u.id, u.parent == null ? null : u.parent.id, u.kind.name(), u.name, u.departmentId,
                    u.temporary, u.establishedOn, u.endedOn, i + 1);
        }
    }

    private void primaryFromText(List<String> lines) {
        int dept = department(lines.get(1));
        Unit primary = unit(OrgKind.PRIMARY_COMMITTEE, lines.get(0), organCommittee, dept, false, longAgo(), null);
        Unit general = null;
        for (String line : lines.subList(2, lines.size())) {
            char mark = line.charAt(0);
            String name = line.substring(1);
            if (mark == '*') {
                general = unit(OrgKind.GENERAL_BRANCH, name, primary, dept, false, longAgo(), null);
            } else if (mark == '+') {
                unit(OrgKind.BRANCH, name, general, dept, false, longAgo(), null);
            } else if (mark == '~') {
                LocalDate start = LocalDate.of(ctx.year - 1, 6, 1);
                unit(OrgKind.BRANCH, name, primary, dept, true, start, LocalDate.of(ctx.year - 1, 10, 31));
            } else {
                unit(OrgKind.BRANCH, line, primary, dept, false, longAgo(), null);
            }
        }
    }

    // ---- people

    private void buildPeople() {
        Shape shape = ctx.shape;
        List<Unit> regular = branches.stream().filter(Unit::regular).toList();
        List<Unit> retirees = branches.stream().filter(u -> u.retirees).toList();
        int ownMembers = shape.activeMembers() + shape.mobileMembers();
        for (Unit u : regular) {
            u.size = 5;
        }
        int left = ownMembers - 5 * regular.size();
        for (int i = 0; i < shape.cellBranches() && left > 0; i++) {
            Unit u = regular.get(ctx.rnd.nextInt(regular.size()));
            int extra = Math.min(left, ctx.between(6, 9));
            u.size += extra;
            left -= extra;
        }
        for (; left > 0; left--) {
            regular.get(ctx.rnd.nextInt(regular.size())).size++;
        }
        for (int i = 0; i < retirees.size(); i++) {
            retirees.get(i).size = shape.retiredMembers() / retirees.size() + (i < shape.retiredMembers() % retirees.size() ? 1 : 0);
        }

        List<String> titles = ctx.text.list("leadership.titles");
        for (int i = 0; i < titles.size(); i++) {
            Person p = person(regular.get(i % regular.size()), MemberCategory.ACTIVE, false);
            p.leader = true;
            p.jobTitle = titles.get(i);
            leaders.add(p);
        }
        int probationary = shape.activeMembers() / 20;
        int mobile = shape.mobileMembers();
        for (Unit u : regular) {
            while (u.stints.size() < u.size) {
                MemberCategory category = mobile > 0 && ctx.chance(0.05) ? MemberCategory.MOBILE : MemberCategory.ACTIVE;
                if (category == MemberCategory.MOBILE) {
                    mobile--;
                }
                boolean prob = category == MemberCategory.ACTIVE && probationary > 0 && ctx.chance(0.06);
                if (prob) {
                    probationary--;
                }
                person(u, category, prob);
            }
        }
        for (Unit u : retirees) {
            for (int i = 0; i < u.size; i++) {
                person(u, MemberCategory.RETIRED, false);
            }
        }
        for (Person leader : leaders) {
            LocalDate start = LocalDate.of(ctx.firstYear - ctx.between(1, 4), ctx.between(1, 12), 1);
            stint(leader, leadingGroup, start);
        }
    }

    private Person person(Unit branch, MemberCategory category, boolean probationary) {
        Person p = new Person();
        p.id = ctx.member.newId();
        p.category = category;
        p.branch = branch;
        p.male = ctx.chance(category == MemberCategory.RETIRED ? 0.65 : 0.55);
        do {
            p.name = name(p.male);
        } while (!branch.names.add(p.name));
        int age = switch (category) {
            case RETIRED -> ctx.between(61, 86);
            default -> probationary ? ctx.between(24, 32) : ctx.between(25, 58);
        };
        p.birthDate = ctx.dateBetween(ctx.today.minusYears(age + 1).plusDays(1), ctx.today.minusYears(age));
        p.idNumber = idNumber(p.birthDate, p.male);
        if (probationary) {
            p.status = MemberStatus.PROBATIONARY;
            p.joinedOn = ctx.dateBetween(ctx.today.minusDays(330), ctx.today.minusDays(20));
        } else {
            p.status = MemberStatus.FULL;
            LocalDate earliest = p.birthDate.plusYears(20);
            LocalDate latest = p.birthDate.plusYears(Math.min(age - 2, 38));
            p.joinedOn = ctx.dateBetween(earliest, latest.isAfter(earliest) ? latest : earliest.plusDays(1));
            if (p.joinedOn.isAfter(ctx.today.minusYears(2))) {
                p.joinedOn = ctx.today.minusYears(2).minusDays(ctx.between(0, 300));
            }
            p.fullMemberOn = p.joinedOn.plusYears(1);
        }
        p.jobTitle = category == MemberCategory.RETIRED ? ctx.text.at("job.retired", 0) : ctx.text.pick("job.titles", ctx.rnd);
        if (category == MemberCategory.MOBILE) {
            p.notes = ctx.text.pick("mobile.notes", ctx.rnd);
        }
        people.add(p);
        LocalDate start = p.joinedOn.isAfter(branch.establishedOn) ? p.joinedOn : branch.establishedOn;
        stint(p, branch, start);
        return p;
    }

    private Stint stint(Person p, Unit unit, LocalDate start) {
        Stint s = new Stint(p, unit, start);
        unit.stints.add(s);
        stints.add(s);
        return s;
    }

    /** A person's name from the sample's name lists. */
    String name(boolean male) {
        String surname = ctx.text.pick("surnames", ctx.rnd);
        String pool = male ? "given.male" : "given.female";
        String given = ctx.text.pick(pool, ctx.rnd);
        if (ctx.chance(0.7)) {
            given += ctx.text.pick(ctx.chance(0.8) ? pool : "given.male", ctx.rnd);
        }
        return surname + given;
    }

    private String idNumber(LocalDate birth, boolean male) {
        String id;
        do {
            String area = AREA_CODES[ctx.rnd.nextInt(AREA_CODES.length)];
            int gender = ctx.rnd.nextInt(5) * 2 + (male ? 1 : 0);
            String first17 = area + String.format("%04d%02d%02d%02d%d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), ctx.rnd.nextInt(100), gender);
            id = first17 + IdNumbers.checkDigit(first17);
        } while (!idNumbers.add(id));
        return id;
    }

    // ---- cells, committees, moves, absentees

    private void buildCells() {
        List<Unit> bySize = new ArrayList<>(branches.stream().filter(u -> !u.temporary).toList());
        bySize.sort(Comparator.comparingInt((Unit u) -> -u.stints.size()).thenComparingInt(u -> u.id));
        for (Unit branch : bySize.subList(0, Math.min(ctx.shape.cellBranches(), bySize.size()))) {
            int n = ctx.between(2, 3);
            for (int c = 1; c <= n; c++) {
                Unit cell = new Unit(ctx.orgUnit.newId(), OrgKind.CELL, ctx.text.format("unit.names", 5, c), branch,
                        null, false, branch.establishedOn, null);
                units.add(cell);
                branch.cells.add(cell);
                ctx.orgUnit.add(cell.id, branch.id, cell.kind.name(), cell.name, null, false, cell.establishedOn, null, units.size());
            }
            List<Stint> members = new ArrayList<>(branch.stints);
            for (int i = 0; i < members.size(); i++) {
                Stint s = members.get(i);
                stint(s.person, branch.cells.get(i % n), s.start);
            }
        }
    }

    private void buildCommittees() {
        LocalDate termStart = LocalDate.of(ctx.firstYear - 1, 1, 1);
        for (Unit b : branches) {
            LocalDate start = b.establishedOn.isAfter(termStart) ? b.establishedOn : termStart;
            List<Person> pool = new ArrayList<>();
            if (b.temporary) {
                pool.addAll(temporaryMembers(b));
            } else {
                for (Stint s : b.stints) {
                    if (!s.person.leader && s.person.status == MemberStatus.FULL
                            && s.person.category != MemberCategory.MOBILE && !s.start.isAfter(start)) {
                        pool.add(s.person);
                    }
                }
            }
            List<CommitteeRole> roles = pool.size() >= 6
                    ? List.of(CommitteeRole.SECRETARY, CommitteeRole.ORGANIZATION_MEMBER, CommitteeRole.PUBLICITY_MEMBER, CommitteeRole.DISCIPLINE_MEMBER)
                    : List.of(CommitteeRole.SECRETARY, CommitteeRole.ORGANIZATION_MEMBER);
            for (CommitteeRole role : roles) {
                if (pool.isEmpty()) {
                    break;
                }
                Person p = pool.remove(ctx.rnd.nextInt(pool.size()));
                p.roleHolder = true;
                b.committee.add(p);
                if (role == CommitteeRole.SECRETARY) {
                    b.secretary = p;
                    p.staff = true;
                }
                ctx.committeeRole.add(ctx.committeeRole.newId(), p.id, b.id, role.name(), start, b.endedOn);
            }
        }
        for (Unit u : units) {
            if (u.kind == OrgKind.PRIMARY_COMMITTEE) {
                Unit first = branches.stream().filter(b -> b.parent == u && b.secretary != null).findFirst().orElseThrow();
                ctx.committeeRole.add(ctx.committeeRole.newId(), first.secretary.id, u.id, CommitteeRole.SECRETARY.name(), termStart, null);
            }
        }
        Person organSecretary = leaders.get(1);
        ctx.committeeRole.add(ctx.committeeRole.newId(), organSecretary.id, organCommittee.id, CommitteeRole.SECRETARY.name(), termStart, null);
        Unit personnel = branches.get(Math.min(1, branches.size() - 1));
        int staff = 0;
        for (Stint s : personnel.stints) {
            if (!s.person.leader && staff < 3) {
                s.person.staff = true;
                staff++;
            }
        }
    }

    /** Members lent to a temporary branch for its lifetime, from the regular branches under the same parent. */
    private List<Person> temporaryMembers(Unit temp) {
        List<Person> candidates = new ArrayList<>();
        for (Unit b : branches) {
            if (b.regular() && b.parent == temp.parent) {
                for (Stint s : b.stints) {
                    if (!s.person.leader && s.person.status == MemberStatus.FULL && s.start.isBefore(temp.establishedOn)) {
                        candidates.add(s.person);
                    }
                }
            }
        }
        List<Person> chosen = new ArrayList<>();
        int n = Math.min(candidates.size(), ctx.between(6, 9));
        for (int i = 0; i < n; i++) {
            Person p = candidates.remove(ctx.rnd.nextInt(candidates.size()));
            chosen.add(p);
            stint(p, temp, temp.establishedOn).end = temp.endedOn;
        }
        return new ArrayList<>(chosen);
    }

    private void moveSome() {
        List<Unit> regular = branches.stream().filter(Unit::regular).toList();
        LocalDate from = LocalDate.of(ctx.firstYear, 2, 1);
        LocalDate to = ctx.today.minusDays(60);
        int moved = 0;
        for (int attempts = 0; moved < ctx.shape.movers() && attempts < ctx.shape.movers() * 20; attempts++) {
            Person p = ctx.pick(people);
            if (p.leader || p.roleHolder || p.mover || p.category != MemberCategory.ACTIVE
                    || p.status != MemberStatus.FULL || !p.branch.regular()) {
                continue;
            }
            Unit target = ctx.pick(regular);
            LocalDate d = ctx.dateBetween(from, to);
            List<Stint> open = stintsOf(p).stream().filter(s -> s.end == null).toList();
            if (target == p.branch || open.stream().anyMatch(s -> !s.start.isBefore(d)) || !target.names.add(p.name)) {
                continue;
            }
            for (Stint s : open) {
                if (s.unit == p.branch || s.unit.parent == p.branch) {
                    s.end = d;
                }
            }
            LocalDate start = d.plusDays(1);
            stint(p, target, start);
            if (!target.cells.isEmpty()) {
                stint(p, ctx.pick(target.cells), start);
            }
            p.branch = target;
            p.mover = true;
            moved++;
        }
    }

    private List<Stint> stintsOf(Person p) {
        return stints.stream().filter(s -> s.person == p).toList();
    }

    private void markAbsentees() {
        int marked = 0;
        LocalDate from = ctx.today.minusMonths(7);
        for (int attempts = 0; marked < ctx.shape.chronicAbsentees() && attempts < 10_000; attempts++) {
            Person p = ctx.pick(people);
            if (!p.leader && !p.roleHolder && !p.mover && p.absentFrom == null && p.category == MemberCategory.ACTIVE
                    && p.status == MemberStatus.FULL && p.branch.regular()) {
                p.absentFrom = from;
                marked++;
            }
        }
    }

    // ---- rows

    private void write() {
        for (Person p : people) {
            Integer dept = p.branch.departmentId;
            ctx.member.add(p.id, p.name, p.male ? "MALE" : "FEMALE",
                    ctx.chance(0.93) ? ctx.text.at("ethnicity.major", 0) : ctx.text.pick("ethnicities.minor", ctx.rnd),
                    p.birthDate, p.idNumber,
                    ctx.text.pick(p.birthDate.getYear() >= 1980 ? "educations.young" : "educations.old", ctx.rnd),
                    p.status.name(), p.category.name(), phone(), p.joinedOn, p.fullMemberOn, dept, p.jobTitle,
                    p.leader, p.staff, p.leader, p.notes);
        }
        for (Stint s : stints) {
            ctx.membership.add(ctx.membership.newId(), s.person.id, s.unit.id, s.start, s.end);
        }
        List<Person> active = new ArrayList<>(people.stream().filter(p -> p.category == MemberCategory.ACTIVE).toList());
        List<String> communities = ctx.text.list("communities");
        LocalDate postingFrom = LocalDate.of(ctx.firstYear - 1, 3, 1);
        int postings = Math.min(ctx.shape.communityPostings(), active.size());
        for (int i = 0; i < postings; i++) {
            Person p = active.remove(ctx.rnd.nextInt(active.size()));
            LocalDate start = ctx.dateBetween(postingFrom, postingFrom.plusDays(60));
            ctx.communityPosting.add(ctx.communityPosting.newId(), p.id, ctx.pick(communities),
                    start.isBefore(p.joinedOn) ? p.joinedOn : start);
        }
    }

    private String phone() {
        return PHONE_PREFIXES[ctx.rnd.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", ctx.rnd.nextInt(100_000_000));
    }
}
