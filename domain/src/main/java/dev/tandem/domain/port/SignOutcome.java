package dev.tandem.domain.port;

import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import java.util.Objects;

/** How a signing session ended for the custodian. */
public sealed interface SignOutcome {

  MessageHash hash();

  /** The signature verified against the wallet's public key and was released to the client. */
  record Signed(MessageHash hash, Signature signature) implements SignOutcome {
    public Signed {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(signature, "signature");
    }
  }

  /**
   * The computed signature did not verify: the client may be probing the custodian's share one bit
   * at a time. Nothing was released; the wallet must be frozen (every pair and backup of the key),
   * never retried.
   */
  record VerificationFailed(MessageHash hash) implements SignOutcome {
    public VerificationFailed {
      Objects.requireNonNull(hash, "hash");
    }
  }
}
