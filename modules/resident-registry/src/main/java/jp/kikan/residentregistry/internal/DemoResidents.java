package jp.kikan.residentregistry.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores generated demo residents for the demo municipality loader. */
@Component
public class DemoResidents {

    private final ResidentRecords records;

    DemoResidents(ResidentRecords records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public long count() {
        return records.countAll();
    }

    @Transactional
    public void saveAll(List<ResidentRecord> generated) {
        records.saveAll(generated);
    }
}
