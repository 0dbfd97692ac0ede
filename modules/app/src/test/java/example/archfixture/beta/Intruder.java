package example.archfixture.beta;

import example.archfixture.alpha.internal.Secret;

/** Fixture: module beta reaching into alpha's internals, the violation the architecture rules must catch. */
public class Intruder {
    public String steal() {
        return new Secret().value();
    }
}
