package vn.congso.catalog;

/** A fee or charge in VND, with a note for conditions ("miễn cho hộ nghèo", "per copy"). */
public record Fee(String name, long amountVnd, String note) {
}
