package dev.tandem.domain.model;

/**
 * How a backup's client share is protected. A wallet has at most one current backup per method.
 * Today the only method is {@link #CLOUD_KEY}: the client backup share is encrypted under a key kept
 * in the user's cloud storage.
 */
public enum BackupMethod {
  CLOUD_KEY
}
