package jp.kikan.platform.http;

import jp.kikan.platform.problem.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Strong ETags from an entity's version number, and the If-Match check that keeps concurrent updates from
 * silently overwriting each other: no If-Match → 428, a stale one → 412.
 */
public final class EntityTags {

    private EntityTags() {}

    /** The ETag of version {@code version}, e.g. {@code "v3"} (quotes included). */
    public static String of(long version) {
        return "\"v" + version + "\"";
    }

    /** Throws unless {@code ifMatch} names {@code currentVersion} (or is {@code *}). */
    public static void requireMatch(@Nullable String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "更新には If-Match ヘッダー（取得時の ETag）が必要です。");
        }
        String expected = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw preconditionFailed();
    }

    /** 412: the representation changed since the caller read it (also when a concurrent update wins the race). */
    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed", "対象は他の更新により変更されています。最新の内容を取得してから再度更新してください。");
    }
}
