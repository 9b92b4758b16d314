package org.partydesk.logic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTest {
    private static OrgUnit unit(int id, Integer parent, OrgKind kind, String name) {
        return new OrgUnit(id, parent, kind, name, null, false, null, null, id);
    }

    private final OrgUnit organ = unit(1, null, OrgKind.ORGAN_COMMITTEE, "机关党委");
    private final OrgUnit office = unit(2, null, OrgKind.PRIMARY_COMMITTEE, "办公室党委");
    private final OrgUnit generalA = unit(3, 1, OrgKind.BRANCH, "综合党支部");
    private final OrgUnit generalB = unit(4, 2, OrgKind.BRANCH, "综合党支部");
    private final OrgUnit first = unit(5, 1, OrgKind.BRANCH, "第一党支部");
    private final OrgUnit bracketed = unit(6, 1, OrgKind.BRANCH, "第二党支部（临时）");
    private final List<OrgUnit> all = List.of(organ, office, generalA, generalB, first, bracketed);

    @Test
    void aSharedNameIsWrittenWithItsParentInFullWidthBracketsAndOthersAsTheyAre() {
        assertThat(UnitNames.qualified(generalA, all)).isEqualTo("综合党支部（机关党委）");
        assertThat(UnitNames.qualified(generalB, all)).isEqualTo("综合党支部（办公室党委）");
        assertThat(UnitNames.qualified(first, all)).isEqualTo("第一党支部");
        assertThat(UnitNames.qualified(bracketed, all)).isEqualTo("第二党支部（临时）");
        assertThat(UnitNames.qualifiedAll(all)).hasSize(all.size()).containsEntry(4, "综合党支部（办公室党委）");
    }

    @Test
    void everyWrittenFormResolvesToTheOneUnit() {
        for (OrgUnit u : all) {
            assertThat(UnitNames.resolve(UnitNames.qualified(u, all), all)).containsExactly(u);
        }
        assertThat(UnitNames.resolve(" 综合党支部(机关党委) ", all)).containsExactly(generalA);
        assertThat(UnitNames.resolve("办公室党委/综合党支部", all)).containsExactly(generalB);
        assertThat(UnitNames.resolve("办公室党委／综合党支部", all)).containsExactly(generalB);
        assertThat(UnitNames.resolve("第一党支部（机关党委）", all)).containsExactly(first);
    }

    @Test
    void aBareSharedNameIsAmbiguousAndTheMessageSaysHowToWriteIt() {
        List<OrgUnit> found = UnitNames.resolve("综合党支部", all);
        assertThat(found).containsExactly(generalA, generalB);
        assertThat(UnitNames.ambiguous("综合党支部", found, all)).isEqualTo(
                "有2个名为“综合党支部”的党组织，请写作 综合党支部（上级党组织名称），如 综合党支部（机关党委）、综合党支部（办公室党委）");
    }

    @Test
    void aWrongParentIsAnErrorButAnUnknownNameWithBracketsIsANewName() {
        assertThat(UnitNames.resolve("综合党支部（纪检组）", all)).isEmpty();
        assertThat(UnitNames.isQualified("综合党支部（纪检组）", all)).isTrue();
        assertThat(UnitNames.notFound("综合党支部（纪检组）"))
                .isEqualTo("找不到党组织“综合党支部（纪检组）”：上级党组织“纪检组”下没有名为“综合党支部”的党组织");
        assertThat(UnitNames.resolve("第三党支部（临时）", all)).isEmpty();
        assertThat(UnitNames.isQualified("第三党支部（临时）", all)).isFalse();
        assertThat(UnitNames.resolve("第三党支部", all)).isEmpty();
        assertThat(UnitNames.isQualified("第三党支部", all)).isFalse();
    }

    @Test
    void parseSplitsTheThreeForms() {
        assertThat(UnitNames.parse("综合党支部（机关党委）")).isEqualTo(new UnitNames.Written("综合党支部", "机关党委"));
        assertThat(UnitNames.parse("综合党支部 (机关党委)")).isEqualTo(new UnitNames.Written("综合党支部", "机关党委"));
        assertThat(UnitNames.parse("机关党委 / 综合党支部")).isEqualTo(new UnitNames.Written("综合党支部", "机关党委"));
        assertThat(UnitNames.parse("综合党支部")).isEqualTo(new UnitNames.Written("综合党支部", null));
        assertThat(UnitNames.parse("（）")).isEqualTo(new UnitNames.Written("（）", null));
    }

    @Test
    void aBranchWrittenFullerOrShorterIsTheOneStoredUnlessItCouldBeTwo() {
        OrgUnit organFirst = unit(7, 1, OrgKind.BRANCH, "机关第一党支部");
        OrgUnit stationFirst = unit(8, 1, OrgKind.BRANCH, "监测站第一党支部");
        OrgUnit eleventh = unit(9, 1, OrgKind.BRANCH, "机关第十一党支部");
        OrgUnit retired = unit(10, 1, OrgKind.BRANCH, "离退休党总支");
        List<OrgUnit> units = List.of(organ, organFirst, eleventh, retired);
        assertThat(UnitNames.variants("中共示例市生态环境局机关第一党支部", units)).containsExactly(organFirst);
        assertThat(UnitNames.variants("第一党支部", units)).containsExactly(organFirst);
        assertThat(UnitNames.variants("一支部", units)).containsExactly(organFirst);
        assertThat(UnitNames.variants("机关第1党支部", units)).containsExactly(organFirst);
        assertThat(UnitNames.variants("机关11支部", units)).containsExactly(eleventh);
        assertThat(UnitNames.variants("离退休党总支部", units)).containsExactly(retired);
        assertThat(UnitNames.variants("第二党支部", units)).as("no second branch").isEmpty();
        assertThat(UnitNames.variants("新建第一党支部", List.of(first))).as("longer by another unit's name").isEmpty();
        assertThat(UnitNames.variants("监测站第一党支部", List.of(first))).isEmpty();
        assertThat(UnitNames.variants("示例市生态环境局机关第一党支部", List.of(first))).containsExactly(first);
        assertThat(UnitNames.variants("支部", units)).as("too short to tell").isEmpty();
        assertThat(UnitNames.variants("党委", units)).isEmpty();
        assertThat(UnitNames.variants("示例市生态环境局", units)).as("no unit word").isEmpty();

        // a roster that wrote the branch short (二支部), a meetings ledger's title that writes it with 机关 in front
        OrgUnit secondShort = unit(11, 1, OrgKind.BRANCH, "二支部");
        assertThat(UnitNames.variants("机关第二党支部", List.of(organFirst, secondShort))).containsExactly(secondShort);
        // characters left out, as clerks shorten a long name; the numbers must be the same, the unit word too
        OrgUnit retiredCadres = unit(12, 1, OrgKind.BRANCH, "离退休干部党支部");
        OrgUnit twelfth = unit(13, 1, OrgKind.BRANCH, "机关第十二党支部");
        List<OrgUnit> more = List.of(organFirst, eleventh, retiredCadres, twelfth, retired);
        assertThat(UnitNames.variants("退休支部", more)).containsExactly(retiredCadres);
        assertThat(UnitNames.variants("二支部", more)).as("二 is not 十二").isEmpty();
        assertThat(UnitNames.variants("机关二支部", more)).as("二 is not 十二").isEmpty();
        assertThat(UnitNames.variants("退休总支", List.of(retiredCadres))).as("a 总支 is not a 支部").isEmpty();
        assertThat(UnitNames.variants("离退休支部", List.of(retiredCadres, unit(14, 1, OrgKind.BRANCH, "离退休人员党支部"))))
                .as("could be either").hasSize(2);

        List<OrgUnit> two = List.of(organFirst, stationFirst);
        assertThat(UnitNames.variants("第一党支部", two)).containsExactly(organFirst, stationFirst);
        assertThat(UnitNames.severalVariants("第一党支部", List.of(organFirst, stationFirst), two))
                .isEqualTo("库中没有名为“第一党支部”的党组织，与它相近的有“机关第一党支部”、“监测站第一党支部”，请写出完整的名称");
        assertThat(UnitNames.readAs("一支部", organFirst, units)).isEqualTo("“一支部”按库中的“机关第一党支部”记录（名称写法不同）");
    }

    @Test
    void anOwnerOfEveryBranchIsToldFromOneBranchAndFromTheCommittee() {
        for (String every : List.of("各党支部", "各支部", "全体党支部", "各基层党组织", "所有党支部", "机关党委、各党支部", "各党支部书记",
                "各支部和各处室")) {
            assertThat(UnitNames.everyBranch(every)).as(every).isTrue();
        }
        for (String one : List.of("机关党委", "机关第一党支部", "第一党支部书记", "各处室", "党支部", "")) {
            assertThat(UnitNames.everyBranch(one)).as(one).isFalse();
        }
        assertThat(UnitNames.everyBranch(null)).isFalse();
    }
}
