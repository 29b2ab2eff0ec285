package dev.tandem.domain.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretBytesTest {
  private static final byte[] SECRET = HexFormat.of().parseHex("deadbeefcafebabe0102030405060708");

  @Test
  void toString_showsOnlyTheLength() {
    SecretBytes secret = SecretBytes.copyOf(SECRET);
    String text = secret.toString();
    assertEquals("SecretBytes[16 bytes, redacted]", text);
    assertFalse(text.toLowerCase().contains("deadbeef"));
  }

  @Test
  void copyOf_isIndependentOfTheCallersArray() {
    byte[] mine = SECRET.clone();
    SecretBytes secret = SecretBytes.copyOf(mine);
    mine[0] = 0;
    assertArrayEquals(SECRET, secret.revealCopy());
  }

  @Test
  void revealCopy_returnsAFreshCopyEachTime() {
    SecretBytes secret = SecretBytes.copyOf(SECRET);
    byte[] copy = secret.revealCopy();
    copy[0] = 0;
    assertArrayEquals(SECRET, secret.revealCopy());
  }

  @Test
  void constantTimeComparison_comparesContent() {
    assertTrue(SecretBytes.copyOf(SECRET).equalsInConstantTime(SecretBytes.copyOf(SECRET)));
    byte[] other = SECRET.clone();
    other[15] ^= 1;
    assertFalse(SecretBytes.copyOf(SECRET).equalsInConstantTime(SecretBytes.copyOf(other)));
  }

  @Test
  void destroy_wipesAndForbidsFurtherUse() {
    byte[] adopted = SECRET.clone();
    SecretBytes secret = SecretBytes.adopt(adopted);
    secret.destroy();
    assertTrue(secret.isDestroyed());
    assertArrayEquals(new byte[SECRET.length], adopted);
    assertThrows(IllegalStateException.class, secret::revealCopy);
    secret.destroy();
  }

  @Test
  void keyShareToString_namesThePairButNotTheMaterial() {
    PublicKey g =
        PublicKey.of(
            Curve.SECP256K1,
            new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
            new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));
    ClientSigningShare share =
        new ClientSigningShare(
            WalletId.of("w1"), SigningSharePairId.of("p1"), g, SecretBytes.copyOf(SECRET));
    String text = share.toString();
    assertTrue(text.contains("w1") && text.contains("p1"), text);
    assertFalse(text.toLowerCase().contains("deadbeef"), text);
    assertTrue(text.contains("redacted"));
  }

  @Test
  void backupEncryptionKey_is256Bits_andRedacted() {
    BackupEncryptionKey key = BackupEncryptionKey.generate(new SecureRandom());
    assertEquals(32, key.secret().length());
    assertEquals("BackupEncryptionKey[redacted]", key.toString());
    assertThrows(IllegalArgumentException.class, () -> BackupEncryptionKey.of(SecretBytes.copyOf(new byte[16])));
  }
}
