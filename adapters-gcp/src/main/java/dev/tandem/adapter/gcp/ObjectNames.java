package dev.tandem.adapter.gcp;

import dev.tandem.domain.model.WalletId;
import java.util.Objects;
import java.util.Optional;

/**
 * The object names of one record type: {@code <prefix><folder><walletId>/<recordId>}, for example
 * {@code tandem/signing-shares/3f2a…/9c1d…}. Ids are legal path segments by construction (letters,
 * digits and {@code . _ ~ : -}, never only dots), so they go into names unescaped; the {@code /}
 * after the wallet id keeps wallet {@code w1} from listing the records of wallet {@code w10}.
 */
final class ObjectNames {
  private final String folder;

  ObjectNames(GcsLocation location, RecordType type) {
    Objects.requireNonNull(location, "location");
    this.folder = location.prefix() + Objects.requireNonNull(type, "type").folder();
  }

  String walletPrefix(WalletId walletId) {
    return folder + walletId.value() + "/";
  }

  String name(WalletId walletId, String recordId) {
    return walletPrefix(walletId) + recordId;
  }

  /**
   * The record id of a listed name, or empty if the name is not a record of the wallet (a deeper
   * name, or the folder itself).
   */
  Optional<String> recordId(WalletId walletId, String name) {
    String prefix = walletPrefix(walletId);
    if (!name.startsWith(prefix)) {
      return Optional.empty();
    }
    String id = name.substring(prefix.length());
    return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
  }
}
