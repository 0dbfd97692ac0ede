package example.archfixture.kernel.internal;

/** Fixture: an internal class of the kernel. */
public class Wiring {
    public String name() {
        return "wiring";
    }
}
