package dev.tandem.adapter.gcp;

import dev.tandem.adapter.gcp.LocalEnvelope.Sealed;

/**
 * The JSON documents the adapters store, one per object. Field names are the stored format: renaming
 * one is a format change. Every document carries {@code format} (this is format {@value #FORMAT})
 * and {@code type} (a {@link RecordType} label), the ids it belongs to, and its secrets only sealed
 * by {@link LocalEnvelope}. Instants are ISO-8601 strings with full nanosecond precision.
 *
 * <p>Format 2: every field of a document except the sealed secret itself is bound into that
 * secret's seal ({@link RecordBinding}), so none can be edited unnoticed. A signing share record
 * without its share (REVOKED, FROZEN) has no seal and no such protection. Format 1 bound only the
 * ids and is refused.
 */
final class Documents {
  static final int FORMAT = 2;

  private Documents() {}

  /** A backup encryption key of the user's key storage. */
  record BackupKeyDocument(int format, String type, String walletId, String keyId, Sealed key) {}

  /** The public facts of a custodian share and its sealed material. */
  record ShareDocument(String curve, String publicKey, Sealed material) {}

  /** A custodian signing share record; {@code share} and {@code deviceLabel} may be null. */
  record SigningShareDocument(
      int format,
      String type,
      String walletId,
      String pairId,
      String status,
      String deviceLabel,
      String createdAt,
      String updatedAt,
      ShareDocument share) {}

  /**
   * A wallet's freeze marker. Holds no secret, so nothing is sealed: the marker counts by existing.
   * {@code writeId} is fresh random for each write (a write recognises its own object by it after a
   * lost acknowledgement); {@code frozenAt} is an ISO-8601 instant.
   */
  record WalletFreezeDocument(
      int format, String type, String writeId, String walletId, String pairId, String frozenAt) {}

  /** A custodian backup share record. */
  record BackupShareDocument(
      int format,
      String type,
      String walletId,
      String pairId,
      String method,
      String status,
      String keyId,
      String createdAt,
      String updatedAt,
      ShareDocument share) {}
}
