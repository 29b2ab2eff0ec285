package dev.tandem.adapter.aws;

import dev.tandem.domain.model.WalletId;
import java.util.Optional;

/**
 * Where each record lives: {@code <prefix><folder>/<walletId>/<recordId>.json}. The domain allows
 * only letters, digits and {@code . _ ~ : -} in ids, so an id never holds the {@code /} that ends a
 * wallet's folder, and listing {@code <prefix><folder>/<walletId>/} finds exactly that wallet's
 * records, never those of a wallet whose id merely starts the same.
 */
final class ObjectKeys {
  private static final String SUFFIX = ".json";

  private final String prefix;
  private final RecordType type;

  ObjectKeys(String prefix, RecordType type) {
    this.prefix = prefix;
    this.type = type;
  }

  RecordType type() {
    return type;
  }

  /** The folder holding every record of the wallet, ending with {@code /}. */
  String walletFolder(WalletId walletId) {
    return prefix + type.folder() + "/" + walletId.value() + "/";
  }

  /** The object key of one record. */
  String recordKey(WalletId walletId, String recordId) {
    return walletFolder(walletId) + recordId + SUFFIX;
  }

  /**
   * The record id of an object key listed under the wallet's folder; empty for a key that is not
   * one of ours (a stray object, a deeper folder).
   */
  Optional<String> recordIdOf(WalletId walletId, String objectKey) {
    String folder = walletFolder(walletId);
    if (!objectKey.startsWith(folder) || !objectKey.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String id = objectKey.substring(folder.length(), objectKey.length() - SUFFIX.length());
    return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
  }
}
