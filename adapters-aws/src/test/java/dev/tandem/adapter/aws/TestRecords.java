package dev.tandem.adapter.aws;

import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;

/** Records for the adapter's own tests (the contract suites bring their own). */
final class TestRecords {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /** The secp256k1 generator: a valid public key without key generation. */
  static final PublicKey PUBLIC_KEY =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestRecords() {}

  /** A fresh INCOMPLETE signing share record with 64 random bytes of material. */
  static CustodianSigningShareRecord signingRecord(WalletId wallet, SigningSharePairId pair) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, PUBLIC_KEY, randomSecret(64)), "phone", T0);
  }

  static SecretBytes randomSecret(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }
}
