package vn.congso.document.internal;

/** Empty vertical space (room for a handwritten signature, gaps between sections). */
record Spacer(float height) implements Block {

    @Override
    public Laid layout(FontSet fonts, float width) {
        return new Laid() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(Canvas canvas, float x, float top) {
                // nothing to draw
            }
        };
    }
}
