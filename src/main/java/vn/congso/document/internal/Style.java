package vn.congso.document.internal;

/** The three faces of the embedded font. */
enum Style {
    REGULAR,
    BOLD,
    ITALIC
}
