/**
 * True primitives shared by every module: problem answers (RFC 9457 with a stable code and a message in the
 * request's language), paging, Vietnamese text folding for search, money in VND and the clock. Nothing here
 * knows about a business capability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared primitives")
package vn.congso.shared;
