package example.archfixture.alpha;

/** Fixture: the published API of module alpha. */
public class Alpha {
    public String name() {
        return "alpha";
    }
}
