package jp.kikan.platform.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Japanese titles of problem types by code, from every {@code problem-titles.properties} under
 * {@code jp/kikan/} on the class path (the platform's and each module's own).
 */
@Component
class ProblemCatalog {

    private final Properties titles = new Properties();

    ProblemCatalog() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:jp/kikan/**/problem-titles.properties")) {
                try (InputStream in = r.getInputStream()) {
                    titles.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String title(String code, int status) {
        String title = titles.getProperty(code);
        if (title != null) {
            return title;
        }
        return status >= 500 ? titles.getProperty("internal-error", "システムエラーが発生しました") : "要求を処理できません";
    }
}
