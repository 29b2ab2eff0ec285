package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.WalletId;
import java.util.Optional;

/**
 * Where each record lives: {@code <prefix><folder>/<walletId>/<recordId><suffix>}, prefix and
 * suffix from the {@link StorageLayout}. The domain allows
 * only letters, digits and {@code . _ ~ : -} in ids, so an id never holds the {@code /} that ends a
 * wallet's folder, and listing {@code <prefix><folder>/<walletId>/} finds exactly that wallet's
 * records, never those of a wallet whose id merely starts the same.
 */
final class ObjectKeys {
  private final String prefix;
  private final String suffix;
  private final RecordType type;

  ObjectKeys(StorageLayout layout, RecordType type) {
    this.prefix = layout.prefix();
    this.suffix = layout.objectSuffix();
    this.type = type;
  }

  RecordType type() {
    return type;
  }

  /** The folder holding every record of the wallet, ending with {@code /}. */
  String walletFolder(WalletId walletId) {
    return prefix + type.folder() + "/" + walletId.value() + "/";
  }

  /** The object name of one record. */
  String recordKey(WalletId walletId, String recordId) {
    return walletFolder(walletId) + recordId + suffix;
  }

  /**
   * The record id of an object name listed under the wallet's folder; empty for a name that is not
   * one of ours (a stray object, a deeper folder).
   */
  Optional<String> recordIdOf(WalletId walletId, String objectKey) {
    String folder = walletFolder(walletId);
    if (!objectKey.startsWith(folder) || !objectKey.endsWith(suffix)) {
      return Optional.empty();
    }
    String id = objectKey.substring(folder.length(), objectKey.length() - suffix.length());
    return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
  }
}
