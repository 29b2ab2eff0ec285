package dev.tandem.application.backup;

import dev.tandem.application.internal.BinaryReader;
import dev.tandem.application.internal.BinaryWriter;
import dev.tandem.domain.error.BackupCiphertextInvalidException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A client backup share encrypted with AES-256-GCM, as the caller keeps it. Public data: useless
 * without the key in the user's key storage.
 *
 * <p>Format, version 1, every integer big-endian:
 *
 * <pre>
 *   magic            4 bytes   "TNDB"
 *   format version   1 byte    1
 *   wallet id        2-byte length ‖ UTF-8
 *   backup pair id   2-byte length ‖ UTF-8
 *   key id           2-byte length ‖ UTF-8     (the key in the user's key storage)
 *   nonce            12 bytes  random
 *   sealed length    4 bytes   at least 16
 *   sealed           AES-256-GCM ciphertext ‖ 128-bit tag
 * </pre>
 *
 * The associated data of the encryption is the {@link #header()}: every byte from the magic to the
 * end of the key id. Changing any id (another wallet, another pair, another key) therefore fails
 * the tag, so a ciphertext cannot be replayed against another wallet or pair. Nothing may follow
 * the sealed bytes.
 *
 * <p>Equal when the bytes are equal. {@code toString} shows the ids and the size.
 */
public final class EncryptedClientBackup {
  static final byte[] MAGIC = {'T', 'N', 'D', 'B'};
  static final int FORMAT_VERSION = 1;
  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;

  /** Generous: a share document is a few kilobytes. */
  static final int MAX_SEALED_LENGTH = 1 << 20;

  private static final int MAX_ID_BYTES = 1024;

  private final WalletId walletId;
  private final BackupSharePairId backupPairId;
  private final BackupKeyId keyId;
  private final byte[] header;
  private final byte[] nonce;
  private final byte[] sealed;

  private EncryptedClientBackup(
      WalletId walletId,
      BackupSharePairId backupPairId,
      BackupKeyId keyId,
      byte[] header,
      byte[] nonce,
      byte[] sealed) {
    this.walletId = walletId;
    this.backupPairId = backupPairId;
    this.keyId = keyId;
    this.header = header;
    this.nonce = nonce;
    this.sealed = sealed;
  }

  /**
   * Assembles a backup from the parts {@link BackupCipher} produced. Takes ownership of the arrays.
   */
  static EncryptedClientBackup of(
      WalletId walletId,
      BackupSharePairId backupPairId,
      BackupKeyId keyId,
      byte[] nonce,
      byte[] sealed) {
    if (nonce.length != NONCE_LENGTH || sealed.length < TAG_LENGTH) {
      throw new IllegalArgumentException("nonce or sealed bytes have the wrong length");
    }
    return new EncryptedClientBackup(
        walletId, backupPairId, keyId, header(walletId, backupPairId, keyId), nonce, sealed);
  }

  /**
   * Parses the bytes of a backup. Checks the structure only; {@link BackupCipher#decrypt} checks
   * the rest.
   *
   * @throws BackupCiphertextInvalidException if the bytes are not a version 1 backup (with the same
   *     message whatever is wrong)
   */
  public static EncryptedClientBackup parse(byte[] bytes) {
    if (bytes == null) {
      throw invalid();
    }
    BinaryReader in = new BinaryReader(bytes);
    try {
      byte[] magic = in.readBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readUnsignedByte() != FORMAT_VERSION) {
        throw invalid();
      }
      WalletId walletId = WalletId.of(readId(in));
      BackupSharePairId backupPairId = BackupSharePairId.of(readId(in));
      BackupKeyId keyId = BackupKeyId.of(readId(in));
      byte[] header = Arrays.copyOfRange(bytes, 0, in.position());
      byte[] nonce = in.readBytes(NONCE_LENGTH);
      int sealedLength = in.readInt();
      if (sealedLength < TAG_LENGTH
          || sealedLength > MAX_SEALED_LENGTH
          || sealedLength != in.remaining()) {
        throw invalid();
      }
      byte[] sealed = in.readBytes(sealedLength);
      in.requireEnd();
      return new EncryptedClientBackup(walletId, backupPairId, keyId, header, nonce, sealed);
    } catch (RuntimeException e) {
      // BinaryFormatException (truncated, an id length out of range, not UTF-8), an illegal id
      // (InvalidInputException) or our own: one answer whatever the cause.
      throw invalid();
    }
  }

  /**
   * Parses the standard Base64 text of a backup (as {@link #toBase64()} writes it).
   *
   * @throws BackupCiphertextInvalidException if it is not Base64 of a version 1 backup
   */
  public static EncryptedClientBackup fromBase64(String text) {
    if (text == null) {
      throw invalid();
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    return parse(bytes);
  }

  /**
   * The one exception for every way a backup ciphertext can fail: its message is the same whatever
   * went wrong, and it carries no cause, so it says nothing about which check failed.
   */
  public static BackupCiphertextInvalidException invalid() {
    return new BackupCiphertextInvalidException(
        "the backup ciphertext cannot be opened: wrong key, tampered, truncated,"
            + " or made for another wallet, backup pair or key");
  }

  /** The bytes, as {@link #parse} reads them. */
  public byte[] toByteArray() {
    return new BinaryWriter()
        .writeBytes(header)
        .writeBytes(nonce)
        .writeInt(sealed.length)
        .writeBytes(sealed)
        .toByteArray();
  }

  /** Standard Base64 of {@link #toByteArray()}: a form to keep in a JSON field or a file. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(toByteArray());
  }

  public WalletId walletId() {
    return walletId;
  }

  public BackupSharePairId backupPairId() {
    return backupPairId;
  }

  /** The key in the user's key storage that opens this backup. */
  public BackupKeyId keyId() {
    return keyId;
  }

  /**
   * magic ‖ version ‖ wallet id ‖ backup pair id ‖ key id: the associated data of the encryption.
   */
  byte[] header() {
    return header.clone();
  }

  byte[] nonce() {
    return nonce.clone();
  }

  byte[] sealed() {
    return sealed.clone();
  }

  static byte[] header(WalletId walletId, BackupSharePairId backupPairId, BackupKeyId keyId) {
    return new BinaryWriter()
        .writeBytes(MAGIC)
        .writeByte(FORMAT_VERSION)
        .writeShortPrefixedUtf8(walletId.value())
        .writeShortPrefixedUtf8(backupPairId.value())
        .writeShortPrefixedUtf8(keyId.value())
        .toByteArray();
  }

  private static String readId(BinaryReader in) {
    return in.readShortPrefixedUtf8(1, MAX_ID_BYTES, "id");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptedClientBackup other
        && Arrays.equals(header, other.header)
        && Arrays.equals(nonce, other.nonce)
        && Arrays.equals(sealed, other.sealed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(header), Arrays.hashCode(nonce), Arrays.hashCode(sealed));
  }

  @Override
  public String toString() {
    return "EncryptedClientBackup[wallet="
        + walletId
        + ", backupPair="
        + backupPairId
        + ", key="
        + keyId
        + ", "
        + sealed.length
        + " sealed bytes]";
  }
}
