package org.partydesk.office.ledgers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partydesk.logic.ledgers.LedgerCell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row's cells by key behave as the LinkedHashMap each row used to be: the same lookups, order, equality. */
class RowCellsTest {
    @Test
    void answersAsTheLinkedHashMapItReplaces() {
        RowCells.Layout layout = new RowCells.Layout(List.of("name", "idNumber", "branch", "joinedOn"));
        LedgerCell joined = LedgerCell.date(LocalDate.of(2005, 7, 1));
        LedgerCell[] values = {LedgerCell.text("张三"), null, LedgerCell.text("机关第一党支部"), joined};
        Map<String, LedgerCell> row = new RowCells(layout, values);

        Map<String, LedgerCell> before = new LinkedHashMap<>();
        before.put("name", LedgerCell.text("张三"));
        before.put("idNumber", null); // a column of the header whose cell the row does not have
        before.put("branch", LedgerCell.text("机关第一党支部"));
        before.put("joinedOn", joined);

        assertThat(row).isEqualTo(before).hasSameHashCodeAs(before).hasSize(4);
        assertThat(before).isEqualTo(row);
        assertThat(row.keySet()).containsExactly("name", "idNumber", "branch", "joinedOn");
        assertThat(row.get("branch").text()).isEqualTo("机关第一党支部");
        assertThat(row.get("idNumber")).isNull();
        assertThat(row.containsKey("idNumber")).isTrue();
        assertThat(row.get("phone")).isNull();
        assertThat(row.containsKey("phone")).isFalse();
        assertThat(row.get(null)).isNull();
        assertThat(row.getOrDefault("phone", LedgerCell.EMPTY)).isSameAs(LedgerCell.EMPTY);
        assertThat(row.getOrDefault("idNumber", LedgerCell.EMPTY)).isNull();
        assertThat(new LinkedHashMap<>(row)).isEqualTo(before);
        assertThat(row.toString()).isEqualTo(before.toString());
    }

    @Test
    void isUnmodifiableAndRefusesAMismatch() {
        RowCells.Layout layout = new RowCells.Layout(List.of("name", "branch"));
        Map<String, LedgerCell> row = new RowCells(layout, new LedgerCell[] {LedgerCell.text("李四"), LedgerCell.EMPTY});
        assertThatThrownBy(() -> row.put("phone", LedgerCell.EMPTY)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.remove("name")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.entrySet().iterator().next().setValue(LedgerCell.EMPTY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new RowCells(layout, new LedgerCell[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RowCells.Layout(List.of("name", "name"))).isInstanceOf(IllegalArgumentException.class);
    }
}
