package dev.tandem.domain.model;

/** Progress of a long operation, named as wallet SDKs already name it. */
public enum ProvisioningStatus {
  READING_SHARE,
  DECRYPTING_SHARE,
  PARSING_SHARE,
  GENERATING_SHARE,
  ENCRYPTING_SHARE,
  STORING_SHARE,
  RECOVERING_SIGNING_SHARE,
  RECOVERING_BACKUP_SHARE,
  DONE
}
