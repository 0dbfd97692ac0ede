package jp.kikan.platform.internal.ui;

import java.util.List;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.ui.WorkList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The start page (トップ): the work waiting for the staff member (処理待ち, each {@link WorkList} their roles see, with
 * its count in their 団体) and the screens their roles open, each with its line; and the refusal page.
 */
@Controller
class StartPageController {

    private final ObjectProvider<WorkList> workLists;

    StartPageController(ObjectProvider<WorkList> workLists) {
        this.workLists = workLists;
    }

    /** A work list with its count now. */
    record Waiting(String title, String path, long count) {}

    @GetMapping({"/ui", "/ui/"})
    String start(Model model) {
        List<Waiting> waiting = CurrentStaff.find()
                .map(staff -> workLists
                        .orderedStream()
                        .filter(w -> w.openTo(staff.roles()))
                        .map(w -> new Waiting(w.title(), w.path(), w.waiting().getAsLong()))
                        .toList())
                .orElse(List.of());
        model.addAttribute("waiting", waiting);
        return "ui/start";
    }

    /** A screen the staff member's roles do not open (the status is the refusal's, 403). */
    @RequestMapping(UiSecurityConfiguration.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
