package vn.congso.document;

/** How the dossier was submitted (DVCQG {@code KenhThucHien} 1, 2, 3). */
public enum Channel {
    IN_PERSON,
    ONLINE,
    POSTAL
}
