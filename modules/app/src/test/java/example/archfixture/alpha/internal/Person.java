package example.archfixture.alpha.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: an entity of alpha named after its module, as the convention asks. */
@Entity(name = "AlphaPerson")
public class Person {
    @Id
    Long id = 0L;
}
