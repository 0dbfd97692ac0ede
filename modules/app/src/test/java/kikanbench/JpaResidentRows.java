package kikanbench;

import org.springframework.data.jpa.repository.JpaRepository;

/** The repository a team would write for {@link JpaResidentRow}. */
public interface JpaResidentRows extends JpaRepository<JpaResidentRow, JpaResidentRow.Key> {}
