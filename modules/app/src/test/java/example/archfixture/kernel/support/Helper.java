package example.archfixture.kernel.support;

/** Fixture: a public kernel class outside its named interfaces (not called internal, yet not published). */
public class Helper {
    public long twice(long yen) {
        return 2 * yen;
    }
}
