package example.archfixture.alpha.internal;

/** Fixture: an internal class of module alpha that no other module may use. */
public class Secret {
    public String value() {
        return "secret";
    }
}
