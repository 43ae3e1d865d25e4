package vn.congso.document.internal;

/** A run of text in one face; may contain spaces and line breaks. */
record Span(String text, Style style) {

    Span {
        text = Texts.clean(text);
    }

    static Span regular(String text) {
        return new Span(text, Style.REGULAR);
    }

    static Span bold(String text) {
        return new Span(text, Style.BOLD);
    }

    static Span italic(String text) {
        return new Span(text, Style.ITALIC);
    }
}
