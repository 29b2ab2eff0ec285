package dev.tandem.mpc;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.secret.KeyShare;
import dev.tandem.domain.secret.SecretBytes;
import dev.tandem.mpc.internal.protocol.ClientShareMaterial;
import dev.tandem.mpc.internal.protocol.CustodianShareMaterial;
import dev.tandem.mpc.internal.protocol.PairKind;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Moves share material between the domain's {@link KeyShare} holders and the engine's decoded form,
 * checking that the material belongs to the holder it came in (wallet, pair, kind, public key).
 * Every temporary copy of the encoding is wiped.
 */
final class Shares {

  private Shares() {}

  static ClientShareMaterial client(KeyShare share, PairKind kind) {
    byte[] encoded = share.material().revealCopy();
    try {
      ClientShareMaterial material = ClientShareMaterial.decode(encoded);
      try {
        requireMatches(share, kind, material.walletId(), material.pairId(), material.kind(),
            material.publicKey());
      } catch (InvalidInputException e) {
        material.destroy();
        throw e;
      }
      return material;
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(
          "client share material of pair " + share.pairId() + " is invalid: " + e.getMessage(), e);
    } finally {
      Arrays.fill(encoded, (byte) 0);
    }
  }

  /** As {@link #client}, for a refresh: the ring-Pedersen secret is checked too. */
  static ClientShareMaterial clientForRefresh(KeyShare share, PairKind kind) {
    ClientShareMaterial material = client(share, kind);
    try {
      material.validateRingPedersen();
      return material;
    } catch (GeneralSecurityException e) {
      material.destroy();
      throw new InvalidInputException(
          "client share material of pair " + share.pairId() + " is invalid: " + e.getMessage(), e);
    }
  }

  static CustodianShareMaterial custodian(KeyShare share, PairKind kind) {
    byte[] encoded = share.material().revealCopy();
    try {
      CustodianShareMaterial material = CustodianShareMaterial.decode(encoded);
      try {
        requireMatches(share, kind, material.walletId(), material.pairId(), material.kind(),
            material.publicKey());
      } catch (InvalidInputException e) {
        material.destroy();
        throw e;
      }
      return material;
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(
          "custodian share material of pair " + share.pairId() + " is invalid: " + e.getMessage(),
          e);
    } finally {
      Arrays.fill(encoded, (byte) 0);
    }
  }

  /** The encoding of {@code material} as a secret; the decoded form is destroyed. */
  static SecretBytes seal(ClientShareMaterial material) {
    try {
      return SecretBytes.adopt(material.encode());
    } finally {
      material.destroy();
    }
  }

  /** The encoding of {@code material} as a secret; the decoded form is destroyed. */
  static SecretBytes seal(CustodianShareMaterial material) {
    try {
      return SecretBytes.adopt(material.encode());
    } finally {
      material.destroy();
    }
  }

  static PublicKey publicKey(ECPoint point) {
    ECPoint normalized = point.normalize();
    return PublicKey.of(
        Curve.SECP256K1,
        normalized.getAffineXCoord().toBigInteger(),
        normalized.getAffineYCoord().toBigInteger());
  }

  private static void requireMatches(
      KeyShare share,
      PairKind kind,
      String walletId,
      String pairId,
      PairKind actualKind,
      ECPoint publicKey) {
    if (share.publicKey().curve() != Curve.SECP256K1) {
      throw new InvalidInputException("the engine signs on secp256k1 only");
    }
    if (!share.walletId().value().equals(walletId)
        || !share.pairId().value().equals(pairId)
        || actualKind != kind
        || !share.publicKey().equals(publicKey(publicKey))) {
      throw new InvalidInputException(
          "share material does not belong to pair " + share.pairId() + " of its holder");
    }
  }
}
