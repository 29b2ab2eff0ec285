package dev.tandem.adapter.gcp;

import dev.tandem.adapter.gcp.Documents.BackupKeyDocument;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.SecretBytes;
import java.util.Objects;

/** Backup encryption keys as {@link BackupKeyDocument}s. */
final class BackupKeyCodec {
  private final DocumentMapper mapper;

  BackupKeyCodec(DocumentMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  byte[] encode(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key) {
    RecordBinding binding = binding(walletId, keyId, Documents.FORMAT);
    return mapper.write(
        new BackupKeyDocument(
            Documents.FORMAT,
            RecordType.BACKUP_KEY.label(),
            walletId.value(),
            keyId.value(),
            mapper.seal(key.secret(), binding)));
  }

  BackupEncryptionKey decode(byte[] content, WalletId walletId, BackupKeyId keyId)
      throws UnreadableDocumentException {
    BackupKeyDocument document = mapper.read(content, BackupKeyDocument.class);
    DocumentMapper.checkHeader(
        document.format(),
        document.type(),
        document.walletId(),
        document.keyId(),
        RecordBinding.of(RecordType.BACKUP_KEY, walletId.value(), keyId.value()));
    SecretBytes key = mapper.open(document.key(), binding(walletId, keyId, document.format()));
    if (key.length() != BackupEncryptionKey.LENGTH) {
      key.destroy();
      throw new UnreadableDocumentException("the stored key has the wrong length", null);
    }
    return BackupEncryptionKey.of(key);
  }

  /**
   * Every clear-text field of a {@link BackupKeyDocument} (its type is the binding's record type):
   * what the key's seal authenticates. Sealing and opening both build it here, opening from the
   * values as parsed.
   */
  private static RecordBinding binding(WalletId walletId, BackupKeyId keyId, int format) {
    return RecordBinding.of(RecordType.BACKUP_KEY, walletId.value(), keyId.value())
        .withNumber("format", format);
  }
}
