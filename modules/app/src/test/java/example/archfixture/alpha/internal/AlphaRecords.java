package example.archfixture.alpha.internal;

import org.springframework.stereotype.Component;

/** Fixture: a component of alpha without a name of its own, which the bean name convention qualifies. */
@Component
public class AlphaRecords {}
