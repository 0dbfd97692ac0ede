package jp.kikan.platform.ui;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Work waiting for a clerk (処理待ち) that a business shows on the start page with its count: 認定請求 not yet
 * decided, 額改定 proposals raised by the registry's events, rejected migration records. The count is of the staff
 * member's own 団体 (bound for the request when the page asks), and reads no person, so it leaves no audit record.
 *
 * @param title   e.g. 「児童手当の額改定の提案」
 * @param path    where the work is done, under {@code /ui/}
 * @param roles   roles any one of which sees it (the screen behind it checks them again)
 * @param waiting how many items wait now
 */
public record WorkList(String title, String path, List<String> roles, LongSupplier waiting) {

    public WorkList {
        if (!path.startsWith("/ui/")) {
            throw new IllegalArgumentException("a work list lives under /ui/: " + path);
        }
        roles = List.copyOf(roles);
    }

    /** A work list any one of {@code roles} sees. */
    public static WorkList of(String title, String path, LongSupplier waiting, String... roles) {
        return new WorkList(title, path, List.of(roles), waiting);
    }

    /** Whether staff holding {@code held} see it. */
    public boolean openTo(Set<String> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
