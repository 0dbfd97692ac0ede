package example.archfixture.migration.core;

import example.archfixture.migration.residentregistry.ResidentLayout;

/** Fixture: a generic reader that knows a business's layout, the mistake the migration layout rule must catch. */
public class LegacyReader {
    public int columns() {
        return new ResidentLayout().columns();
    }
}
