package space.consortium.accounts;

/** A token just created: {@code secret} is shown once and is not stored (only its SHA-256 hash is). */
public record CreatedToken(ApiToken token, String secret) {
}
