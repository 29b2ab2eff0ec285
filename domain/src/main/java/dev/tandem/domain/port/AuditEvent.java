package dev.tandem.domain.port;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import java.time.Instant;
import java.util.Objects;

/**
 * A security-relevant act on a wallet, as the audit log records it: what, when, which wallet and
 * pair. Never carries a secret, a key or a share: only ids.
 *
 * @param pairId the signing or backup pair the act concerns (for {@link Type#WALLET_FROZEN}, the
 *     pair whose signature failed)
 */
public record AuditEvent(Instant occurredAt, Type type, WalletId walletId, PairId pairId) {
  public AuditEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
  }

  /** The acts that are audited. */
  public enum Type {
    /** Eject: the whole private key was reconstructed from a backup pair and handed out. */
    PRIVATE_KEY_EXPORTED,
    /** A signing pair was revoked: its custodian share is destroyed. */
    PAIR_REVOKED,
    /**
     * A signature failed its final verification: the whole wallet (every pair, every backup) is
     * frozen for good.
     */
    WALLET_FROZEN
  }
}
