package vn.congso.notification.internal;

/** An e-mail ready to queue: its subject, the plain-text body and the HTML alternative. */
record RenderedMail(String subject, String text, String html) {
}
