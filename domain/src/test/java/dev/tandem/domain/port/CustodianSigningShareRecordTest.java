package dev.tandem.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustodianSigningShareRecordTest {
  private static final PublicKey G =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-01-02T00:00:00Z");

  private static CustodianSigningShare share(String wallet, String pair) {
    return new CustodianSigningShare(
        WalletId.of(wallet), SigningSharePairId.of(pair), G, SecretBytes.copyOf(new byte[] {1, 2, 3}));
  }

  @Test
  void lifecycle_keepsTheShareUntilRevocation() {
    CustodianSigningShareRecord incomplete =
        CustodianSigningShareRecord.incomplete(share("w", "p"), "phone", T0);
    assertEquals(PairStatus.INCOMPLETE, incomplete.status());
    assertTrue(incomplete.share().isPresent());

    CustodianSigningShareRecord completed = incomplete.completed(T1);
    assertEquals(PairStatus.COMPLETED, completed.status());
    assertEquals(T0, completed.createdAt());
    assertEquals(T1, completed.updatedAt());

    CustodianSigningShareRecord revoked = completed.revoked(T1);
    assertEquals(PairStatus.REVOKED, revoked.status());
    assertFalse(revoked.share().isPresent());
    assertFalse(completed.frozen(T1).share().isPresent());
  }

  @Test
  void onlyAnIncompletePairCanBeCompleted() {
    CustodianSigningShareRecord completed =
        CustodianSigningShareRecord.incomplete(share("w", "p"), null, T0).completed(T1);
    assertThrows(IllegalStateException.class, () -> completed.completed(T1));
  }

  @Test
  void aRevokedRecordCannotCarryAShare_andALiveOneNeedsIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CustodianSigningShareRecord.restore(
            WalletId.of("w"), SigningSharePairId.of("p"), PairStatus.REVOKED, share("w", "p"), null, T0, T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> CustodianSigningShareRecord.restore(
            WalletId.of("w"), SigningSharePairId.of("p"), PairStatus.COMPLETED, null, null, T0, T0));
  }

  @Test
  void aShareOfAnotherPairIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CustodianSigningShareRecord.restore(
            WalletId.of("w"), SigningSharePairId.of("p"), PairStatus.COMPLETED, share("w", "other"), null, T0, T0));
  }

  @Test
  void deviceLabels_arePrintableAndShort() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CustodianSigningShareRecord.incomplete(share("w", "p"), "a\u0000b", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> CustodianSigningShareRecord.incomplete(share("w", "p"), "x".repeat(65), T0));
    assertEquals("Alice's phone ✓",
        CustodianSigningShareRecord.incomplete(share("w", "p"), "Alice's phone ✓", T0).deviceLabel().orElseThrow());
  }

  @Test
  void toString_redactsTheShare() {
    String text = CustodianSigningShareRecord.incomplete(share("w", "p"), null, T0).toString();
    assertTrue(text.contains("share=redacted"), text);
  }
}
