package jp.kikan.migration.core.model;

/** A value of a Kikan code list (続柄, 異動事由, 性別 …): the code and its Japanese label, e.g. {@code 02 妻}. */
public record CodeValue(String code, String label) {

    @Override
    public String toString() {
        return code + " " + label;
    }
}
