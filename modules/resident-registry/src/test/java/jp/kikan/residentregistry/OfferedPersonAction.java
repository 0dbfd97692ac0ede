package jp.kikan.residentregistry;

import jp.kikan.platform.ui.PersonAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What another business would offer on a person's page ({@link PersonAction}, 書かない窓口), for the registry's browser
 * tests: no business module is on this module's class path, so the page's list of other businesses' actions is
 * otherwise always empty. Offered to clerks only.
 */
@Configuration(proxyBeanMethods = false)
class OfferedPersonAction {

    static final String LABEL = "他業務の手続（試験）";

    @Bean
    PersonAction anotherBusinessAction() {
        return PersonAction.of(
                LABEL, "/ui/resident-registry/residents/{atenabango}/certificate", "resident-registry:clerk");
    }
}
