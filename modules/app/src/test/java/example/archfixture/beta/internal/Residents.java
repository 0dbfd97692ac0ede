package example.archfixture.beta.internal;

import org.springframework.stereotype.Component;

/** Fixture: a component named by hand without its module, which another module may well name the same. */
@Component("residents")
public class Residents {}
