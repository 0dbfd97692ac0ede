package example.archfixture.migration.residentregistry;

/** Fixture: a business's half of the migration. */
public class ResidentLayout {
    public int columns() {
        return 3;
    }
}
