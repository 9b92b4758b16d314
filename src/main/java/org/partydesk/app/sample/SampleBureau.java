package org.partydesk.app.sample;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

/** The sample bureau 示例市生态环境局 (being written). */
public final class SampleBureau {
    private SampleBureau() {
    }

    public enum Scale { SMALL, LARGE }

    public record Summary(int orgUnits, int members, int meetings) {
        public String describe() {
            return orgUnits + " 个组织、" + members + " 名党员、" + meetings + " 次会议";
        }
    }

    public static Summary generate(Workspace ws, Scale scale, long seed, Integer year, Progress progress) {
        throw new UnsupportedOperationException("示例数据尚未提供");
    }
}
