package example.archfixture.beta.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller of beta with one operation no access rule covers, the mistake the wiring test catches. */
@RestController
@RequestMapping("/api/beta/v1/tenants/{tenantCode}")
public class BetaController {

    @PostMapping("/things")
    public String create() {
        return "created";
    }

    @GetMapping("/things/{id}")
    public String read() {
        return "forgotten";
    }
}
