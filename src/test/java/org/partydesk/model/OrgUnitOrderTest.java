package org.partydesk.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Units listed as a clerk counts them: 第一, 第二, 第三 … 第十一, not in the order of the characters (一, 三, 二). */
class OrgUnitOrderTest {
    private static OrgUnit unit(int id, String name, int sortOrder) {
        return new OrgUnit(id, 1, OrgKind.BRANCH, name, null, false, null, null, sortOrder);
    }

    @Test
    void numbersInNamesSortAsNumbers() {
        List<OrgUnit> units = new ArrayList<>(List.of(unit(1, "机关第三党支部", 0), unit(2, "机关第十一党支部", 0),
                unit(3, "机关第二党支部", 0), unit(4, "机关第一党支部", 0), unit(5, "机关第十党支部", 0),
                unit(6, "离退休党支部", 0), unit(7, "第2党小组", 0), unit(8, "第10党小组", 0)));
        units.sort(OrgUnit.ORDER);
        assertThat(units).extracting(OrgUnit::name).containsExactly("机关第一党支部", "机关第二党支部", "机关第三党支部",
                "机关第十党支部", "机关第十一党支部", "离退休党支部", "第2党小组", "第10党小组");
        units.add(unit(9, "综合党支部", -1));
        units.sort(OrgUnit.ORDER);
        assertThat(units.get(0).name()).as("the sort order first").isEqualTo("综合党支部");
    }
}
