package vn.congso.notification.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.notification.InAppNotification;
import vn.congso.notification.Notifications;
import vn.congso.shared.ApiException;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in user's in-app notifications")
class NotificationApi {

    private final Notifications notifications;
    private final SignedIn signedIn;

    NotificationApi(Notifications notifications, SignedIn signedIn) {
        this.notifications = notifications;
        this.signedIn = signedIn;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first", description = "Only the signed-in user's own. size ≤ 100.")
    InboxView list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        long account = signedIn.accountId();
        PageResult<InAppNotification> result = notifications.inbox(account, Paging.of(page, size));
        return new InboxView(result.items(), result.page(), result.size(), result.total(), notifications.unread(account));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all my notifications read")
    ReadView markAllRead() {
        long account = signedIn.accountId();
        int marked = notifications.markAllRead(account);
        return new ReadView(marked, notifications.unread(account));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    ReadView markRead(@PathVariable long id) {
        long account = signedIn.accountId();
        if (!notifications.markRead(account, id)) {
            throw ApiException.notFound("notification.not-found");
        }
        return new ReadView(1, notifications.unread(account));
    }

    /** A page of notifications with the unread count (for a badge). */
    record InboxView(List<InAppNotification> items, int page, int size, long total, int unread) {
    }

    record ReadView(int marked, int unread) {
    }
}
