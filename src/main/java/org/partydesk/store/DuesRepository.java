package org.partydesk.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
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

    /** One member's bases, year after year (his history). */
    public List<DuesBase> basesOf(int memberId) {
        return db.read().selectFrom(DUES_BASE).where(DUES_BASE.MEMBER_ID.eq(memberId)).orderBy(DUES_BASE.YEAR)
                .fetch(DuesRepository::base);
    }

    /** The payments of the months {@code from} to {@code to} (inclusive), by member, then month. */
    public List<DuesPayment> payments(YearMonth from, YearMonth to) {
        return payments(db.read(), DUES_PAYMENT.MONTH.between(from.toString(), to.toString()));
    }

    /**
     * The payment rows of the months {@code from} to {@code to} (inclusive) with what a year's figures count: member,
     * month, due, paid and 减免; the day, collector and notes are left out (null), in no order. A large bureau's year
     * and a half is over 100,000 rows: they are read as numbers from the result set (the month split in SQL), no text
     * decoded and no jOOQ record made per row.
     */
    public List<DuesPayment> amounts(YearMonth from, YearMonth to) {
        var p = DUES_PAYMENT;
        Field<Integer> year = DSL.substring(p.MONTH, 1, 4).cast(Integer.class);
        Field<Integer> month = DSL.substring(p.MONTH, 6, 2).cast(Integer.class);
        List<DuesPayment> out = new ArrayList<>();
        try (ResultSet rs = db.read().select(p.ID, p.MEMBER_ID, year, month, p.DUE_FEN, p.PAID_FEN, p.WAIVED).from(p)
                .where(p.MONTH.between(from.toString(), to.toString())).fetchResultSet()) {
            while (rs.next()) {
                out.add(new DuesPayment(rs.getInt(1), rs.getInt(2), YearMonth.of(rs.getInt(3), rs.getInt(4)), yuan(rs.getInt(5)),
                        yuan(rs.getInt(6)), null, null, rs.getInt(7) != 0, null, null));
            }
        } catch (SQLException e) {
            throw new DataAccessException("党费缴纳记录读取失败：" + e.getMessage(), e);
        }
        return out;
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
