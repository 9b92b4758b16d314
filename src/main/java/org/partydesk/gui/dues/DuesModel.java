package org.partydesk.gui.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.TypedDates;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesMonth;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.OrgUnit;

/**
 * View model of the 党费 screen: a branch's year as a grid of members × months ({@link #rows}, each cell with its
 * {@link Cell} colour), and the batch entry of one month's collection ({@link #batch}: every member who still owes
 * the month, the amount prefilled with the due), recorded in one transaction through {@link Dues#payAll}. The forms of
 * 党费基数, 减免 and 上缴 ({@link BaseForm}, {@link WaiveForm}, {@link RemitForm}) hold what the clerk typed: a refused
 * save keeps it and says why inside the form (decision 0054).
 */
final class DuesModel {
    /** What a cell shows: nothing due, paid, due (not yet paid), behind (part of a run of unpaid months), waived. */
    enum Cell {
        NONE, PAID, DUE, BEHIND, WAIVED
    }

    /** One member in the batch entry: the month's due and the amount to record (text as typed). */
    record Line(int memberId, String name, BigDecimal due, StringProperty amount) {
    }

    record Data(List<Dues.MemberYear> rows, List<Dues.Totals> totals) {
    }

    /** A line of the branch's totals under the grid (应缴, 实缴, 收缴率): its label's key and one text per month, then the year. */
    record TotalsLine(String labelKey, List<String> cells) {
    }

    final ObservableList<Dues.MemberYear> rows = FXCollections.observableArrayList();
    final ObservableList<Line> batch = FXCollections.observableArrayList();
    /** The branch's totals of each month and of the year (decision 0020: each month its members at the month's end). */
    final ObservableList<TotalsLine> totals = FXCollections.observableArrayList();
    private final Dues dues;

    DuesModel(Dues dues) {
        this.dues = dues;
    }

    LocalDate today() {
        return dues.today();
    }

    List<OrgUnit> branches() {
        return dues.branches();
    }

    BackgroundTask.Work<Data> load(int branchId, int year) {
        return progress -> data(branchId, year);
    }

    private Data data(int branchId, int year) {
        return new Data(dues.grid(branchId, year), dues.branchYear(branchId, year));
    }

    void show(Data data) {
        rows.setAll(data.rows());
        batch.clear();
        List<String> due = new java.util.ArrayList<>();
        List<String> paid = new java.util.ArrayList<>();
        List<String> rate = new java.util.ArrayList<>();
        for (Dues.Totals t : data.totals()) {
            boolean any = t.due().signum() != 0 || t.paid().signum() != 0;
            due.add(any ? t.due().toPlainString() : "");
            paid.add(any ? t.paid().toPlainString() : "");
            rate.add(t.due().signum() == 0 ? "" : t.rate().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%");
        }
        totals.setAll(new TotalsLine("dues.totals.due", due), new TotalsLine("dues.totals.paid", paid),
                new TotalsLine("dues.totals.rate", rate));
    }

    /** The colour of a member's month: behind when it lies in his run of unpaid months that reached the remind months. */
    Cell cell(Dues.MemberYear row, int monthIndex) {
        DuesMonth m = row.months().get(monthIndex);
        return switch (m.state()) {
            case NOT_DUE -> Cell.NONE;
            case PAID -> Cell.PAID;
            case WAIVED -> Cell.WAIVED;
            case UNPAID, PARTIAL -> {
                YearMonth last = YearMonth.from(dues.today()).minusMonths(1);
                boolean inRun = row.behind() >= dues.remindMonths() && !m.month().isAfter(last)
                        && !m.month().isBefore(last.minusMonths(row.behind() - 1));
                yield inRun ? Cell.BEHIND : Cell.DUE;
            }
        };
    }

    /** The text of a cell: the amount paid, or due, or nothing. */
    static String text(DuesMonth m) {
        return switch (m.state()) {
            case NOT_DUE -> "";
            case PAID, WAIVED -> m.paid().toPlainString();
            case PARTIAL -> m.paid().toPlainString() + "/" + m.due().toPlainString();
            case UNPAID -> m.due().toPlainString();
        };
    }

    /**
     * Fills the batch entry of {@code month} (1–12) with every member of the grid who still owes it, the amount
     * prefilled with the whole due (recording replaces what the month had).
     */
    void prepareBatch(int month) {
        batch.clear();
        for (Dues.MemberYear r : rows) {
            DuesMonth m = r.months().get(month - 1);
            if (m.owing()) {
                batch.add(new Line(r.memberId(), r.name(), m.due(),
                        new SimpleStringProperty(m.due().toPlainString())));
            }
        }
    }

    /**
     * Records the batch: each line with an amount (blank: skipped) paid on {@code paidOn} (as typed) to {@code collector},
     * for {@code month} of {@code year}; then the grid read again. A bad amount or day is refused naming it.
     */
    BackgroundTask.Work<Data> recordBatch(int branchId, int year, int month, String paidOn, String collector) {
        List<Line> lines = List.copyOf(batch);
        Map<Integer, String> typed = new LinkedHashMap<>();
        lines.forEach(l -> typed.put(l.memberId(), l.amount().get() == null ? "" : l.amount().get().strip()));
        return progress -> {
            Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
            for (Line l : lines) {
                String t = typed.get(l.memberId());
                if (t.isEmpty()) {
                    continue;
                }
                try {
                    amounts.put(l.memberId(), new BigDecimal(t));
                } catch (NumberFormatException e) {
                    throw new InputRejectedException("“" + l.name() + "”的金额“" + t + "”不是数字；请写如 45.50");
                }
            }
            LocalDate day = TypedDates.parse(paidOn);
            if (day == null) {
                throw new InputRejectedException("请填写交纳日期");
            }
            dues.payAll(YearMonth.of(year, month), amounts, day, collector);
            return data(branchId, year);
        };
    }

    /**
     * Sets {@code memberId}'s 党费基数 of {@code year}: the kind, the monthly amount (税后工资 or 离退休费; blank for the
     * fixed kinds), a voluntary higher monthly sum (blank: none) and a note, as typed; then the grid read again.
     */
    BackgroundTask.Work<Data> setBase(int branchId, int year, int memberId, DuesBaseKind kind, String amount, String voluntary,
                                      String note) {
        return progress -> {
            BigDecimal base = kind.hasAmount() ? yuan(amount, "党费基数") : null;
            BigDecimal more = voluntary == null || voluntary.isBlank() ? null : yuan(voluntary, "自愿多交的月缴额");
            dues.setBase(memberId, year, kind, base, more, note);
            return data(branchId, year);
        };
    }

    /** Records {@code memberId}'s month {@code month} (1–12) of {@code year} as waived (减免) with the approval, as typed. */
    BackgroundTask.Work<Data> waive(int branchId, int year, int memberId, int month, String approval) {
        return progress -> {
            dues.waive(memberId, YearMonth.of(year, month), approval);
            return data(branchId, year);
        };
    }

    /** What the grid's members paid for months {@code from}–{@code to} (1–12): the 上缴 form's first amount. */
    BigDecimal collected(int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Dues.MemberYear r : rows) {
            for (int m = from; m <= to; m++) {
                DuesMonth month = r.months().get(m - 1);
                if (month.paid() != null && month.state() != DuesMonth.State.WAIVED) {
                    sum = sum.add(month.paid());
                }
            }
        }
        return sum;
    }

    /** Records the branch's 上缴 of months {@code from}–{@code to} of {@code year} to the committee above, as typed. */
    BackgroundTask.Work<Data> remit(int branchId, int year, int from, int to, String amount, String on, String note) {
        return progress -> {
            BigDecimal sum = yuan(amount, "上缴金额");
            LocalDate day = TypedDates.parse(on);
            if (day == null) {
                throw new InputRejectedException("请填写上缴日期");
            }
            dues.remit(branchId, YearMonth.of(year, from), YearMonth.of(year, to), sum, day, note);
            return data(branchId, year);
        };
    }

    /**
     * Saves {@code form} through {@code background}: once written, the grid read again is shown and {@code saved} runs
     * (its dialog closes); a refusal stays in the form's {@link SavingForm#problem()}, every field as typed.
     */
    void save(SavingForm<Data> form, Background background, Runnable saved) {
        form.save(background, this::show, saved);
    }

    /** 党费基数 of a member for a year: the kind, the monthly amount, a voluntary higher sum and a note. */
    final class BaseForm extends SavingForm<Data> {
        final ObjectProperty<DuesBaseKind> kind = new SimpleObjectProperty<>();
        final StringProperty amount = new SimpleStringProperty("");
        final StringProperty voluntary = new SimpleStringProperty("");
        final StringProperty note = new SimpleStringProperty("");
        private final int branchId;
        private final int year;
        private final Dues.MemberYear member;

        private BaseForm(int branchId, int year, Dues.MemberYear member) {
            super("dues.base.failed");
            this.branchId = branchId;
            this.year = year;
            this.member = member;
            kind.set(member.base() == null ? DuesBaseKind.values()[0] : member.base().kind());
            amount.set(member.base() == null || member.base().amount() == null ? "" : member.base().amount().toPlainString());
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            DuesBaseKind k = kind.get();
            if (k == null) {
                return refused("请选择党费基数的类别");
            }
            return setBase(branchId, year, member.memberId(), k, amount.get(), voluntary.get(), note.get());
        }
    }

    /** The form of {@code member}'s 党费基数 of {@code year}, starting from the base he has. */
    BaseForm baseForm(int branchId, int year, Dues.MemberYear member) {
        return new BaseForm(branchId, year, member);
    }

    /** 减免 of one month of a member, with who approved it (required). */
    final class WaiveForm extends SavingForm<Data> {
        final ObjectProperty<Integer> month = new SimpleObjectProperty<>();
        final StringProperty approval = new SimpleStringProperty("");
        private final int branchId;
        private final int year;
        private final int memberId;

        private WaiveForm(int branchId, int year, int memberId) {
            super("dues.waive.failed");
            this.branchId = branchId;
            this.year = year;
            this.memberId = memberId;
            month.set(year == today().getYear() ? today().getMonthValue() : 12);
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            Integer m = month.get();
            if (m == null) {
                return refused("请选择减免的月份");
            }
            return waive(branchId, year, memberId, m, approval.get());
        }
    }

    /** The 减免 form of {@code memberId} in {@code year} (this month, or December of an earlier year, at first). */
    WaiveForm waiveForm(int branchId, int year, int memberId) {
        return new WaiveForm(branchId, year, memberId);
    }

    /** 上缴 of a branch: months from–to, the amount (what was paid in them at first), the day and a note. */
    final class RemitForm extends SavingForm<Data> {
        final ObjectProperty<Integer> from = new SimpleObjectProperty<>(1);
        final ObjectProperty<Integer> to = new SimpleObjectProperty<>();
        final StringProperty amount = new SimpleStringProperty("");
        final StringProperty on = new SimpleStringProperty(today().toString());
        final StringProperty note = new SimpleStringProperty("");
        private final int branchId;
        private final int year;

        private RemitForm(int branchId, int year) {
            super("dues.remit.failed");
            this.branchId = branchId;
            this.year = year;
            to.set(year == today().getYear() ? today().getMonthValue() : 12);
            refill();
            from.addListener((o, a, b) -> refill());
            to.addListener((o, a, b) -> refill());
        }

        /** The amount becomes what was paid in the months chosen (when they make a range). */
        private void refill() {
            if (from.get() != null && to.get() != null && from.get() <= to.get()) {
                amount.set(collected(from.get(), to.get()).toPlainString());
            }
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            Integer f = from.get();
            Integer t = to.get();
            if (f == null || t == null) {
                return refused("请选择上缴的起止月份");
            }
            return remit(branchId, year, f, t, amount.get(), on.get(), note.get());
        }
    }

    /** The 上缴 form of {@code branchId}'s {@code year}. */
    RemitForm remitForm(int branchId, int year) {
        return new RemitForm(branchId, year);
    }

    private static BigDecimal yuan(String typed, String what) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new InputRejectedException("请填写" + what + "（元）");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InputRejectedException(what + "“" + t + "”不是数字；请写如 4500 或 45.50");
        }
    }
}
