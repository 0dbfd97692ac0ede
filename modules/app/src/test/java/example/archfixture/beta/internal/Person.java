package example.archfixture.beta.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: an entity without a module-qualified name: its JPA name "Person" would clash with any other Person. */
@Entity
public class Person {
    @Id
    Long id = 0L;
}
