package jp.kikan.platform.ui;

import java.util.List;
import java.util.Set;

/**
 * Something another business offers to start from a person's page (個人の照会画面) of the resident registry, such as a
 * 児童手当の認定請求 with the household prefilled (書かない窓口). The registry lists the actions the staff member's roles
 * allow, without knowing the businesses that declare them.
 *
 * @param label  e.g. 「児童手当の認定請求」
 * @param path   the screen's path with {@code {atenabango}} where the person's 宛名番号 goes, under {@code /ui/}
 * @param roles  roles any one of which shows the action (the screen behind it checks them again)
 */
public record PersonAction(String label, String path, List<String> roles) {

    private static final String PLACEHOLDER = "{atenabango}";

    public PersonAction {
        if (!path.startsWith("/ui/") || !path.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("a person action lives under /ui/ and names {atenabango}: " + path);
        }
        roles = List.copyOf(roles);
    }

    /** An action any one of {@code roles} shows. */
    public static PersonAction of(String label, String path, String... roles) {
        return new PersonAction(label, path, List.of(roles));
    }

    /** The action's address for one person. */
    public String href(String atenabango) {
        if (!atenabango.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("宛名番号 is digits: " + atenabango);
        }
        return path.replace(PLACEHOLDER, atenabango);
    }

    /** Whether staff holding {@code held} see it. */
    public boolean openTo(Set<String> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
