package example.archfixture.beta.internal;

import org.springframework.data.repository.Repository;

/** Fixture: a Spring Data repository of beta, named by the convention. */
public interface BetaRecords extends Repository<Person, Long> {}
