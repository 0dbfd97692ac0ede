package example.archfixture.gamma;

import example.archfixture.kernel.internal.Wiring;
import example.archfixture.kernel.support.Helper;
import example.archfixture.kernel.values.Amount;

/** Fixture: module gamma using the kernel's published value (allowed) and two of its unpublished types (not). */
public class Borrower {
    public String borrow() {
        Amount amount = new Amount(new Helper().twice(100));
        return new Wiring().name() + amount.yen();
    }
}
