package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.secret.KeyShare;
import dev.tandem.domain.secret.SecretBytes;

/** Seals a custodian share into its stored form and reads its public facts back. */
final class EncryptedShares {
  private EncryptedShares() {}

  /** {@code binding} holds every clear-text field of the document, the share's public key too. */
  static EncryptedShareDocument seal(
      SealedEnvelope envelope, RecordBinding binding, KeyShare share, String objectName) {
    return new EncryptedShareDocument(
        share.publicKey().curve().name(),
        share.publicKey().toHex(),
        envelope.seal(binding, share.material(), objectName));
  }

  /** The public key a stored share names. */
  static PublicKey publicKey(EncryptedShareDocument document, String objectName) {
    try {
      return PublicKey.fromHex(Curve.valueOf(document.curve()), document.publicKey());
    } catch (IllegalArgumentException | NullPointerException | InvalidInputException e) {
      throw DocumentMapper.invalid(objectName, "holds an unreadable public key");
    }
  }

  /**
   * The share material, opened; checked to have been sealed with exactly the fields {@code
   * binding} holds (rebuilt from the document as parsed).
   */
  static SecretBytes openMaterial(
      SealedEnvelope envelope,
      RecordBinding binding,
      EncryptedShareDocument document,
      String objectName) {
    if (document.material() == null) {
      throw DocumentMapper.invalid(objectName, "holds a share without material");
    }
    return envelope.open(binding, document.material(), objectName);
  }
}
