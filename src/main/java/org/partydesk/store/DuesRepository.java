package org.partydesk.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.partydesk.model.DuesBase;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.DuesPayment;
import org.partydesk.model.DuesRemittance;
import org.partydesk.store.jooq.tables.records.DuesBaseRecord;
import org.partydesk.store.jooq.tables.records.DuesPaymentRecord;
import org.partydesk.store.jooq.tables.records.DuesRemittanceRecord;

import static org.partydesk.store.jooq.Tables.DUES_BASE;
import static org.partydesk.store.jooq.Tables.DUES_PAYMENT;
import static org.partydesk.store.jooq.Tables.DUES_REMITTANCE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * 党费 (V11, decision 0020): each member's yearly base ({@code dues_base}), the monthly payments
 * ({@code dues_payment}) and the branches' 上缴 ({@code dues_remittance}). Amounts are stored in 分 and given as
 * 元 with two decimals; months as {@code yyyy-mm}. Writes are static and take the {@link Tx} (audited).
 */
public final class DuesRepository {
    private final Database db;

    public DuesRepository(Database db) {
        this.db = db;
    }

    /** Every base of every member, by member, then year. */
    public List<DuesBase> bases() {
        return db.read().selectFrom(DUES_BASE).orderBy(DUES_BASE.MEMBER_ID, DUES_BASE.YEAR)
                .fetch(DuesRepository::base);
    }

    /** The bases of the members {@code ids}, by member, then year. */
    public List<DuesBase> basesOf(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read().selectFrom(DUES_BASE).where(DUES_BASE.MEMBER_ID.in(ids)).orderBy(DUES_BASE.MEMBER_ID, DUES_BASE.YEAR)
                .fetch(DuesRepository::base);
    }

    /** One member's bases, year after year (his history). */
    public List<DuesBase> basesOf(int memberId) {
        return db.read().selectFrom(DUES_BASE).where(DUES_BASE.MEMBER_ID.eq(memberId)).orderBy(DUES_BASE.YEAR)
                .fetch(DuesRepository::base);
    }

    /** The payments of the months {@code from} to {@code to} (inclusive), by member, then month. */
    public List<DuesPayment> payments(YearMonth from, YearMonth to) {
        return payments(db.read(), DUES_PAYMENT.MONTH.between(from.toString(), to.toString()));
    }

    /** {@link #payments(YearMonth, YearMonth)} of the members {@code ids} only. */
    public List<DuesPayment> payments(YearMonth from, YearMonth to, Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return payments(db.read(), DUES_PAYMENT.MONTH.between(from.toString(), to.toString()).and(DUES_PAYMENT.MEMBER_ID.in(ids)));
    }

    /**
     * What the payment rows of the months {@code from} to {@code to} (inclusive) add up to, waived (减免) months left
     * out: {@code [due, paid]} in 分, summed by SQLite (decision 0024).
     */
    public long[] sums(YearMonth from, YearMonth to) {
        var p = DUES_PAYMENT;
        var r = db.read().select(sumFen(p.DUE_FEN), sumFen(p.PAID_FEN)).from(p)
                .where(p.MONTH.between(from.toString(), to.toString())).and(p.WAIVED.isFalse()).fetchOne();
        return new long[] {r == null || r.value1() == null ? 0 : r.value1(), r == null || r.value2() == null ? 0 : r.value2()};
    }

    /** {@link #sums} per member (only members with a month counted): member id → {@code [due, paid]} in 分. */
    public Map<Integer, long[]> sumsByMember(YearMonth from, YearMonth to) {
        var p = DUES_PAYMENT;
        Map<Integer, long[]> out = new HashMap<>();
        db.read().select(p.MEMBER_ID, sumFen(p.DUE_FEN), sumFen(p.PAID_FEN)).from(p)
                .where(p.MONTH.between(from.toString(), to.toString())).and(p.WAIVED.isFalse())
                .groupBy(p.MEMBER_ID)
                .forEach(r -> out.put(r.value1(), new long[] {r.value2(), r.value3()}));
        return out;
    }

    /**
     * SQLite's sum of a column of 分 read as the whole number it is: jOOQ types {@code sum} as a decimal, and reading
     * 9,541 members' sums as decimals took twice as long as the query (large sample).
     */
    private static Field<Long> sumFen(Field<Integer> fen) {
        return DSL.sum(fen).coerce(Long.class);
    }

    /** The rows of {@link #sums} of the members {@code ids}, month by month: member id → month → {@code [due, paid]} in 分. */
    public Map<Integer, Map<YearMonth, long[]>> amountsOf(Collection<Integer> ids, YearMonth from, YearMonth to) {
        var p = DUES_PAYMENT;
        Map<Integer, Map<YearMonth, long[]>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        db.read().select(p.MEMBER_ID, p.MONTH, p.DUE_FEN, p.PAID_FEN).from(p)
                .where(p.MEMBER_ID.in(ids)).and(p.MONTH.between(from.toString(), to.toString())).and(p.WAIVED.isFalse())
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(YearMonth.parse(r.value2()), new long[] {r.value3(), r.value4()}));
        return out;
    }

    /** The months {@code from} to {@code to} recorded unsettled (not waived, paid less than due): member id → months. */
    public Map<Integer, Set<YearMonth>> unsettled(YearMonth from, YearMonth to) {
        var p = DUES_PAYMENT;
        Map<Integer, Set<YearMonth>> out = new HashMap<>();
        db.read().select(p.MEMBER_ID, p.MONTH).from(p)
                .where(p.MONTH.between(from.toString(), to.toString())).and(p.WAIVED.isFalse()).and(p.PAID_FEN.lt(p.DUE_FEN))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(YearMonth.parse(r.value2())));
        return out;
    }

    /**
     * A member who may owe a month of {@code from} to {@code to} without a payment row: his admission and leaving days,
     * the months of that span he has a row for (waived or not), and his bases up to {@code to}'s year.
     */
    public record Unrecorded(int memberId, LocalDate joinedOn, LocalDate leftOn, Set<YearMonth> recorded, List<DuesBase> bases) {
    }

    /**
     * The members with a base of {@code to}'s year or before who lack a payment row for some month of {@code from} to
     * {@code to} from January of their first base year on (a superset of those owing a month nobody recorded: the
     * admission and leaving days are left to the caller's rules). Counted in SQL from the (member, month) index, so a
     * bureau whose every month is recorded reads no row.
     */
    public List<Unrecorded> unrecorded(YearMonth from, YearMonth to) {
        var p = DUES_PAYMENT;
        var b = DUES_BASE;
        Field<Integer> first = DSL.min(b.YEAR).as("first_year");
        var firstBase = DSL.select(b.MEMBER_ID, first).from(b).where(b.YEAR.le(to.getYear())).groupBy(b.MEMBER_ID)
                .asTable("first_base");
        Field<Integer> memberId = firstBase.field(b.MEMBER_ID);
        Field<Integer> firstYear = firstBase.field(first);
        // the months from the later of `from` and January of the first base year, as "yyyy-mm" and as year * 12 + month
        Field<String> lo = DSL.greatest(DSL.val(from.toString()), firstYear.cast(String.class).concat(DSL.inline("-01")));
        Field<Integer> loIndex = DSL.greatest(DSL.val(index(from)), firstYear.mul(DSL.inline(12)).plus(DSL.inline(1)));
        Field<Integer> expected = DSL.val(index(to)).minus(loIndex).plus(DSL.inline(1));
        Field<Integer> recorded = DSL.field(DSL.selectCount().from(p)
                .where(p.MEMBER_ID.eq(memberId)).and(p.MONTH.between(lo, DSL.val(to.toString()))));
        Map<Integer, Unrecorded> out = new LinkedHashMap<>();
        db.read().select(MEMBER.ID, MEMBER.JOINED_ON, MEMBER.LEFT_ON).from(firstBase)
                .join(MEMBER).on(MEMBER.ID.eq(memberId))
                .where(recorded.lt(expected))
                .orderBy(MEMBER.ID)
                .forEach(r -> out.put(r.value1(), new Unrecorded(r.value1(), r.value2(), r.value3(), new HashSet<>(), new ArrayList<>())));
        if (out.isEmpty()) {
            return List.of();
        }
        db.read().select(p.MEMBER_ID, p.MONTH).from(p)
                .where(p.MEMBER_ID.in(out.keySet())).and(p.MONTH.between(from.toString(), to.toString()))
                .forEach(r -> out.get(r.value1()).recorded().add(YearMonth.parse(r.value2())));
        db.read().selectFrom(b).where(b.MEMBER_ID.in(out.keySet())).and(b.YEAR.le(to.getYear())).orderBy(b.MEMBER_ID, b.YEAR)
                .forEach(r -> out.get(r.getMemberId()).bases().add(base(r)));
        return List.copyOf(out.values());
    }

    /** A month as a number that counts months: year * 12 + month. */
    private static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue();
    }

    /**
     * Whether anything can be due in the months {@code from} to {@code to}: a base of {@code to}'s year or before (a base
     * carries on into later years), or a payment row of those months.
     */
    public boolean anyDue(YearMonth from, YearMonth to) {
        return db.read().fetchExists(DUES_BASE, DUES_BASE.YEAR.le(to.getYear()))
                || db.read().fetchExists(DUES_PAYMENT, DUES_PAYMENT.MONTH.between(from.toString(), to.toString()));
    }

    /** Every payment of one member, month after month. */
    public List<DuesPayment> paymentsOf(int memberId) {
        return payments(db.read(), DUES_PAYMENT.MEMBER_ID.eq(memberId));
    }

    /** The 上缴 of one branch (null: of all), by date. */
    public List<DuesRemittance> remittances(Integer branchId) {
        Condition c = branchId == null ? DSL.noCondition() : DUES_REMITTANCE.ORG_UNIT_ID.eq(branchId);
        return db.read().select(DUES_REMITTANCE.asterisk(), ORG_UNIT.NAME).from(DUES_REMITTANCE)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(DUES_REMITTANCE.ORG_UNIT_ID))
                .where(c).orderBy(DUES_REMITTANCE.REMITTED_ON, DUES_REMITTANCE.ID)
                .fetch(x -> {
                    DuesRemittanceRecord r = x.into(DUES_REMITTANCE);
                    return new DuesRemittance(r.getId(), r.getOrgUnitId(), x.get(ORG_UNIT.NAME), YearMonth.parse(r.getFromMonth()),
                            YearMonth.parse(r.getToMonth()), yuan(r.getAmountFen()), r.getRemittedOn(), r.getNote());
                });
    }

    /** The base of a member for a year, read inside a transaction. */
    public static Optional<DuesBase> base(Tx tx, int memberId, int year) {
        return tx.dsl().selectFrom(DUES_BASE).where(DUES_BASE.MEMBER_ID.eq(memberId), DUES_BASE.YEAR.eq(year))
                .fetchOptional(DuesRepository::base);
    }

    /** Sets a member's base for a year: a new row, or the year's row updated (audited). Returns its id. */
    public static int putBase(Tx tx, DuesBase b) {
        DuesBaseRecord rec = tx.dsl().selectFrom(DUES_BASE)
                .where(DUES_BASE.MEMBER_ID.eq(b.memberId()), DUES_BASE.YEAR.eq(b.year())).fetchOne();
        boolean isNew = rec == null;
        if (isNew) {
            rec = tx.dsl().newRecord(DUES_BASE);
            rec.setMemberId(b.memberId());
            rec.setYear(b.year());
        }
        rec.setBaseKind(b.kind().name());
        rec.setBaseFen(fen(b.amount() == null ? BigDecimal.ZERO : b.amount()));
        rec.setVoluntaryFen(b.voluntary() == null ? null : fen(b.voluntary()));
        rec.setSetOn(b.setOn());
        rec.setNote(b.note());
        if (isNew) {
            return tx.insert(rec);
        }
        tx.update(rec);
        return rec.getId();
    }

    /** The payment row of a member's month, read inside a transaction. */
    public static Optional<DuesPayment> payment(Tx tx, int memberId, YearMonth month) {
        return payments(tx.dsl(), DUES_PAYMENT.MEMBER_ID.eq(memberId).and(DUES_PAYMENT.MONTH.eq(month.toString())))
                .stream().findFirst();
    }

    /** Stores a member's month: a new row, or the month's row updated (audited). Returns its id. */
    public static int putPayment(Tx tx, DuesPayment p) {
        DuesPaymentRecord rec = tx.dsl().selectFrom(DUES_PAYMENT)
                .where(DUES_PAYMENT.MEMBER_ID.eq(p.memberId()), DUES_PAYMENT.MONTH.eq(p.month().toString())).fetchOne();
        boolean isNew = rec == null;
        if (isNew) {
            rec = tx.dsl().newRecord(DUES_PAYMENT);
            rec.setMemberId(p.memberId());
            rec.setMonth(p.month().toString());
        }
        rec.setDueFen(fen(p.due()));
        rec.setPaidFen(fen(p.paid()));
        rec.setPaidOn(p.paidOn());
        rec.setCollector(p.collector());
        rec.setWaived(p.waived());
        rec.setWaiverNote(p.waiverNote());
        rec.setNote(p.note());
        if (isNew) {
            return tx.insert(rec);
        }
        tx.update(rec);
        return rec.getId();
    }

    /** Records a branch's 上缴 (audited); returns its id. */
    public static int addRemittance(Tx tx, DuesRemittance r) {
        DuesRemittanceRecord rec = tx.dsl().newRecord(DUES_REMITTANCE);
        rec.setOrgUnitId(r.branchId());
        rec.setFromMonth(r.from().toString());
        rec.setToMonth(r.to().toString());
        rec.setAmountFen(fen(r.amount()));
        rec.setRemittedOn(r.remittedOn());
        rec.setNote(r.note());
        return tx.insert(rec);
    }

    private static List<DuesPayment> payments(DSLContext dsl, Condition where) {
        return dsl.selectFrom(DUES_PAYMENT).where(where).orderBy(DUES_PAYMENT.MEMBER_ID, DUES_PAYMENT.MONTH)
                .fetch(r -> new DuesPayment(r.getId(), r.getMemberId(), YearMonth.parse(r.getMonth()), yuan(r.getDueFen()),
                        yuan(r.getPaidFen()), r.getPaidOn(), r.getCollector(), Boolean.TRUE.equals(r.getWaived()),
                        r.getWaiverNote(), r.getNote()));
    }

    private static DuesBase base(DuesBaseRecord r) {
        return new DuesBase(r.getId(), r.getMemberId(), r.getYear(), DuesBaseKind.valueOf(r.getBaseKind()),
                yuan(r.getBaseFen()), r.getVoluntaryFen() == null ? null : yuan(r.getVoluntaryFen()), r.getSetOn(), r.getNote());
    }

    /** 分 → 元 with two decimals. */
    static BigDecimal yuan(Integer fen) {
        return BigDecimal.valueOf(fen == null ? 0 : fen, 2);
    }

    /** 元 → 分; an amount with more than two decimals is refused (the app rounds first). */
    static int fen(BigDecimal yuan) {
        return yuan.movePointRight(2).intValueExact();
    }
}
