package vn.congso.notification.internal;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.notification.Notifications;
import vn.congso.shared.ApiException;
import vn.congso.shared.Paging;

/** The signed-in user's notifications page: newest first, unread ones marked in words, "mark all read". */
@Controller
class NotificationPages {

    static final String PATH = "/thong-bao";
    private static final int PAGE_SIZE = 20;

    private final Notifications notifications;
    private final Inbox inbox;
    private final SignedIn signedIn;
    private final URI baseUrl;

    NotificationPages(Notifications notifications, Inbox inbox, SignedIn signedIn, @Value("${congso.base-url:}") String baseUrl) {
        this.notifications = notifications;
        this.inbox = inbox;
        this.signedIn = signedIn;
        this.baseUrl = baseUrl.isBlank() ? null : URI.create(baseUrl);
    }

    @GetMapping(PATH)
    String inbox(@RequestParam(required = false) Integer page, @RequestParam(required = false) String daDoc, Model model) {
        long account = signedIn.accountId();
        int pageNo = page == null || page < 1 ? 1 : page;
        model.addAttribute("inbox", notifications.inbox(account, new Paging(pageNo, PAGE_SIZE)));
        model.addAttribute("unread", notifications.unread(account));
        model.addAttribute("markedAll", daDoc != null);
        return "notification/inbox";
    }

    @PostMapping(PATH + "/da-doc")
    String markAllRead() {
        notifications.markAllRead(signedIn.accountId());
        return "redirect:" + PATH + "?daDoc";
    }

    /** Opens what a notification is about and marks it read; links elsewhere than this portal are not followed. */
    @GetMapping(PATH + "/{id}")
    String open(@PathVariable long id) {
        long account = signedIn.accountId();
        if (!notifications.markRead(account, id)) {
            throw ApiException.notFound("notification.not-found");
        }
        String link = inbox.link(account, id);
        return "redirect:" + (isOurs(link) ? link : PATH);
    }

    /** Only links into this portal are followed (a relative path, or the configured base URL's origin). */
    boolean isOurs(String link) {
        if (link == null || link.isBlank()) {
            return false;
        }
        if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")) {
            return true;
        }
        try {
            URI uri = URI.create(link);
            return baseUrl != null && uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(baseUrl.getScheme())
                    && uri.getHost() != null && uri.getHost().equalsIgnoreCase(baseUrl.getHost()) && uri.getPort() == baseUrl.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
