package jp.kikan.platform.internal.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The start page (トップ): the screens the staff member's roles open, each with its line; and the refusal page. */
@Controller
class StartPageController {

    @GetMapping({"/ui", "/ui/"})
    String start() {
        return "ui/start";
    }

    /** A screen the staff member's roles do not open (the status is the refusal's, 403). */
    @RequestMapping(UiSecurityConfiguration.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
