package jp.kikan.platform.ui;

import java.util.List;

/**
 * A staff screen (画面) a module offers: its path under {@code /ui}, its title and one line on the start page, and the
 * roles any one of which opens it. The screens' security applies the roles to the path and everything below it, so a
 * screen is shown only to the staff who may use it and refused (403) to the others, as the API refuses them.
 *
 * @param path        e.g. {@code /ui/resident-registry/residents}
 * @param title       e.g. 「住民の検索」
 * @param description one line for the start page
 * @param roles       roles any one of which opens the screen
 */
public record Screen(String path, String title, String description, List<String> roles) {

    public Screen {
        if (!path.startsWith("/ui/")) {
            throw new IllegalArgumentException("a screen lives under /ui/: " + path);
        }
        roles = List.copyOf(roles);
    }

    /** A screen any one of {@code roles} opens. */
    public static Screen of(String path, String title, String description, String... roles) {
        return new Screen(path, title, description, List.of(roles));
    }

    /** Whether staff holding {@code held} may open it. */
    public boolean openTo(java.util.Set<String> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
