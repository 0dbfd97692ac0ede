package example.archfixture.alpha.internal;

import org.springframework.stereotype.Component;

/** Fixture: a component named by hand with the same name as a bean of AlphaConfiguration: a duplicate. */
@Component("alphaStore")
public class AlphaStore {}
