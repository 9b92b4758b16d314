package org.partydesk.app.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The copy check itself: a lifted sentence is caught, a fixed formula inside our own words is not. */
class SourceArticlesTest {
    @Test
    void aSentenceLiftedFromAnArticleIsFoundEvenAcrossLineBreaksAndSpaces() {
        assertThat(SourceArticles.copiedRuns("我们常态设立、用好用活“党员先锋岗”“作风竞赛标兵”等评先创优激励机制。")).isNotEmpty();
        assertThat(SourceArticles.copiedRuns("对季度、半年、年度工作和完成的时间节点进行确定，全程纪实。")).isNotEmpty();
        assertThat(SourceArticles.copiedRuns("推动机关党建和业务工作深度 融 合 的 思 想 自 觉 、政 治 自 觉")).isNotEmpty();
    }

    @Test
    void fixedFormulasAndOurOwnWordsPass() {
        assertThat(SourceArticles.copiedRuns("2025年，局党组以习近平新时代中国特色社会主义思想为指导，制定党组集体责任清单28条、"
                + "党组书记第一责任清单17条。")).isEmpty();
        assertThat(SourceArticles.copiedRuns("各党支部坚持每月固定开展主题党日，全年共组织459次。")).isEmpty();
    }
}
