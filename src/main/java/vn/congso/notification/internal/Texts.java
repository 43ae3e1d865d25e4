package vn.congso.notification.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.congso.dossier.DossierStatus;

/** Texts from {@code notification*.properties} in a recipient's language, for in-app lines and text messages. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, String language, Object... args) {
        return messages.getMessage(key, args, Languages.locale(language));
    }

    /** The status in words, e.g. "Đang xử lý" / "Being processed". */
    String status(DossierStatus status, String language) {
        return get("notification.status." + status.name(), language);
    }
}
