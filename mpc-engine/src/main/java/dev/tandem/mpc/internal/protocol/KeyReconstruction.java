package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import java.security.GeneralSecurityException;

/**
 * Eject (docs/ARCHITECTURE.md §2): x = x1 + x2 mod q from the two halves of one backup pair,
 * checked against the pair's public key. The only place in the engine where both halves meet.
 */
public final class KeyReconstruction {

  private KeyReconstruction() {}

  /**
   * The 32-byte big-endian private key; the caller owns and wipes the array.
   *
   * @throws GeneralSecurityException if the halves are not of the same pair (ids, kind, Q1, Q2)
   *     or the sum does not match Q
   */
  public static byte[] privateKey(ClientShareMaterial client, CustodianShareMaterial custodian)
      throws GeneralSecurityException {
    if (!client.walletId().equals(custodian.walletId())
        || !client.pairId().equals(custodian.pairId())
        || client.kind() != custodian.kind()
        || !client.q1().equals(custodian.q1())
        || !client.q2().equals(custodian.q2())) {
      throw new GeneralSecurityException("the two halves are not of the same pair");
    }
    BigInteger x = custodian.secretX1().add(client.secretX2()).mod(Secp256k1.order());
    if (x.signum() == 0 || !Secp256k1.multiplyBase(x).equals(client.publicKey())) {
      throw new GeneralSecurityException("x1 + x2 does not match the public key");
    }
    return Secp256k1.encodeScalar(x);
  }
}
