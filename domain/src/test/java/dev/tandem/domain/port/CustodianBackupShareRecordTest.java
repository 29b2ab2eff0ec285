package dev.tandem.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustodianBackupShareRecordTest {
  private static final PublicKey G =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-01-02T00:00:00Z");
  private static final BackupKeyId KEY = BackupKeyId.of("key-1");

  private static CustodianBackupShareRecord incomplete() {
    return CustodianBackupShareRecord.incomplete(
        new CustodianBackupShare(
            WalletId.of("w"), BackupSharePairId.of("b"), G, SecretBytes.copyOf(new byte[] {4, 5})),
        BackupMethod.CLOUD_KEY,
        KEY,
        T0);
  }

  @Test
  void aCompletedBackup_freezes_andKeepsItsShareForEject() {
    CustodianBackupShareRecord frozen = incomplete().completed(T0).frozen(T1);

    assertEquals(PairStatus.FROZEN, frozen.status());
    assertFalse(frozen.share().material().isDestroyed());
    assertEquals(KEY, frozen.keyId());
    assertEquals(T0, frozen.createdAt());
    assertEquals(T1, frozen.updatedAt());
    assertEquals(PairStatus.FROZEN, frozen.withKey(BackupKeyId.of("key-2"), T1).status());
    assertThrows(IllegalStateException.class, () -> frozen.completed(T1));
  }

  @Test
  void onlyACompletedBackup_freezes() {
    CustodianBackupShareRecord incomplete = incomplete();
    assertThrows(IllegalStateException.class, () -> incomplete.frozen(T1));
    CustodianBackupShareRecord frozen = incomplete.completed(T0).frozen(T1);
    assertThrows(IllegalStateException.class, () -> frozen.frozen(T1));
  }

  @Test
  void aBackupIsNeverRevoked() {
    CustodianBackupShareRecord record = incomplete();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CustodianBackupShareRecord.restore(
                record.share(), BackupMethod.CLOUD_KEY, PairStatus.REVOKED, KEY, T0, T1));
  }

  @Test
  void toString_redactsTheShare() {
    String text = incomplete().completed(T0).frozen(T1).toString();
    assertTrue(text.contains("status=FROZEN"), text);
    assertTrue(text.contains("share=redacted"), text);
  }
}
