package vn.congso.document.internal;

enum Align {
    LEFT,
    CENTER,
    RIGHT;

    /** Offset of a line of {@code used} points inside a box of {@code available} points. */
    float offset(float available, float used) {
        return switch (this) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (available - used) / 2);
            case RIGHT -> Math.max(0, available - used);
        };
    }
}
