package vn.congso.document;

import java.util.Objects;

/**
 * Who signs a letter-type document (Forms 04, 05, results), e.g. capacity "KT. CHỦ TỊCH", title "PHÓ CHỦ TỊCH",
 * name "Trần Văn Bình".
 *
 * @param capacity signing on behalf of ("KT.", "TL.", "TM." line); may be null
 */
public record Signer(String capacity, String title, String name) {

    public Signer {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
    }
}
