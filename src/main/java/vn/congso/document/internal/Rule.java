package vn.congso.document.internal;

/** A short centred line, as under the agency name in the header (Decree 30/2020: 1/3 to 1/2 of the name). */
final class Rule implements Block {

    private final float length;

    Rule(float length) {
        this.length = length;
    }

    @Override
    public Laid layout(FontSet fonts, float width) {
        float drawn = Math.min(length, width);
        return new Laid() {
            @Override
            public float height() {
                return 5;
            }

            @Override
            public void draw(Canvas canvas, float x, float top) throws java.io.IOException {
                float left = x + (width - drawn) / 2;
                canvas.stroke(left, top - 2, left + drawn, top - 2, 0.6f);
            }
        };
    }
}
