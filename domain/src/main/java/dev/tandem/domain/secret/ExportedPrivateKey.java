package dev.tandem.domain.secret;

import dev.tandem.domain.model.PublicKey;
import java.util.Objects;

/**
 * The whole private key, reconstructed by the explicit eject operation: the one place where both
 * halves of a pair meet. The caller should hand it to the user and {@link #destroy()} it.
 */
public final class ExportedPrivateKey {
  private final PublicKey publicKey;
  private final SecretBytes scalar;

  public ExportedPrivateKey(PublicKey publicKey, SecretBytes scalar) {
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    this.scalar = Objects.requireNonNull(scalar, "scalar");
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  /** The 32-byte big-endian private scalar. */
  public SecretBytes scalar() {
    return scalar;
  }

  public void destroy() {
    scalar.destroy();
  }

  @Override
  public String toString() {
    return "ExportedPrivateKey[publicKey=" + publicKey.toHex() + ", scalar=redacted]";
  }
}
