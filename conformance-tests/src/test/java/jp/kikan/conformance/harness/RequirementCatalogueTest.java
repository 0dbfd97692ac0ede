package jp.kikan.conformance.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementCatalogueTest {

    @Test
    void loads_the_catalogues_of_a_class_path_folder_keeping_leading_zeros() {
        RequirementCatalogue.Loaded loaded =
                RequirementCatalogue.loadAll(getClass().getClassLoader(), "fixture-requirements");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.catalogues())
                .extracting(RequirementCatalogue::business)
                .containsExactly("platform", "sample-registry");
        RequirementCatalogue sample = loaded.catalogues().get(1);
        assertThat(sample.requirements()).hasSize(8);
        assertThat(sample.find("0010001")).get().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("写しの交付");
            assertThat(entry.kind()).isEqualTo(RequirementKind.MANDATORY);
            assertThat(entry.source()).isEqualTo("サンプル標準仕様書 第1.0版 3.1.1");
        });
    }

    @Test
    void broken_entries_are_left_out_and_named() {
        List<String> problems = new ArrayList<>();
        Optional<RequirementCatalogue> catalogue =
                RequirementCatalogue.parse("requirements/sample.yaml", new StringReader("""
                        business: sample
                        title: テスト
                        requirements:
                          - id: "0010001"
                            title: 正しい要件
                            source: 仕様書 1.0 3.1
                            kind: mandatory
                          - id: "0010001"
                            title: 重複
                            source: 仕様書 1.0 3.2
                            kind: mandatory
                          - id: "123"
                            title: 桁不足
                            source: 仕様書 1.0 3.3
                            kind: mandatory
                          - id: "0010004"
                            title: 区分誤り
                            source: 仕様書 1.0 3.4
                            kind: required
                          - id: "0010005"
                            title: 出典なし
                            kind: optional
                        """), problems);

        assertThat(catalogue).get().extracting(c -> c.requirements().size()).isEqualTo(1);
        assertThat(problems)
                .containsExactly(
                        "requirements/sample.yaml:8 id 0010001 is listed twice",
                        "requirements/sample.yaml:12 id '123' is neither a 7-digit 機能ID nor a Kikan id like PLT-0001",
                        "requirements/sample.yaml:16 requirement 0010004 has kind 'required'; use mandatory, optional or prohibited",
                        "requirements/sample.yaml:20 requirement 0010005 needs a title and a source (spec, version, section)");
    }

    @Test
    void the_business_must_match_the_file_name() {
        List<String> problems = new ArrayList<>();
        assertThat(RequirementCatalogue.parse(
                        "requirements/a.yaml", new StringReader("business: b\nrequirements: []\n"), problems))
                .isEmpty();
        assertThat(problems).singleElement().asString().contains("'business' must be 'a'");
    }

    @Test
    void the_project_catalogues_have_no_errors() {
        RequirementCatalogue.Loaded loaded =
                RequirementCatalogue.loadAll(getClass().getClassLoader(), "requirements");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.catalogues())
                .extracting(RequirementCatalogue::business)
                .contains("platform", "resident-registry", "addressee");
    }
}
