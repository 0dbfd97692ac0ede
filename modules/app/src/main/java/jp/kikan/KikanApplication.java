package jp.kikan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Kikan (基幹): the core business systems of a Japanese municipality, one application module per standardized
 * business, each a direct sub-package of {@code jp.kikan}. The platform ({@code jp.kikan.platform}) is the
 * shared kernel every module may use.
 */
@SpringBootApplication
@Modulithic(systemName = "Kikan", sharedModules = "platform")
public class KikanApplication {

    public static void main(String[] args) {
        SpringApplication.run(KikanApplication.class, args);
    }
}
