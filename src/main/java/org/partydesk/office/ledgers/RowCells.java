package org.partydesk.office.ledgers;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.partydesk.logic.ledgers.LedgerCell;

/**
 * One data row's cells by column key, as {@link LedgerReader.Row#cells()} gives them: an unmodifiable map in the
 * header's column order whose keys are shared by every row of the sheet ({@link Layout}), and whose values are one
 * array per row. A {@code LinkedHashMap} per row made an entry object per cell, about 900 bytes a row of a roster:
 * 90 MB to allocate and collect for 100,000 members (issue 21). A key the header has maps to its cell even where
 * the cell is absent (null), as {@code put(key, null)} did.
 */
final class RowCells extends AbstractMap<String, LedgerCell> {
    /** A sheet's column keys in the header's order, and the slot of each. */
    static final class Layout {
        private final String[] keys;
        private final Map<String, Integer> slots;

        Layout(Collection<String> keys) {
            this.keys = keys.toArray(String[]::new);
            this.slots = new HashMap<>();
            for (int i = 0; i < this.keys.length; i++) {
                if (slots.putIfAbsent(this.keys[i], i) != null) {
                    throw new IllegalArgumentException("column key twice: " + this.keys[i]);
                }
            }
        }
    }

    private final Layout layout;
    private final LedgerCell[] cells;

    /** The row of {@code cells}, one per key of {@code layout} in its order (kept, not copied). */
    RowCells(Layout layout, LedgerCell[] cells) {
        if (cells.length != layout.keys.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + layout.keys.length + " columns");
        }
        this.layout = layout;
        this.cells = cells;
    }

    @Override
    public LedgerCell get(Object key) {
        Integer slot = layout.slots.get(key);
        return slot == null ? null : cells[slot];
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.slots.containsKey(key);
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public Set<Entry<String, LedgerCell>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, LedgerCell>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < cells.length;
                    }

                    @Override
                    public Entry<String, LedgerCell> next() {
                        if (next >= cells.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(layout.keys[i], cells[i]);
                    }
                };
            }

            @Override
            public int size() {
                return cells.length;
            }
        };
    }
}
