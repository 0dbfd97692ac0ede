package example.archfixture.alpha.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller of alpha whose path an access rule covers. */
@RestController
public class AlphaController {

    @GetMapping("/api/alpha/v1/tenants/{tenantCode}/things")
    public String things() {
        return "alpha";
    }
}
