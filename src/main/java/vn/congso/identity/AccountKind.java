package vn.congso.identity;

/** Individual citizen, business (organisation), or officer. */
public enum AccountKind {
    CITIZEN, BUSINESS, OFFICER
}
