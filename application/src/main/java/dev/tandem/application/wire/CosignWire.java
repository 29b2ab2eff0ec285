package dev.tandem.application.wire;

import dev.tandem.application.internal.BinaryFormatException;
import dev.tandem.application.internal.BinaryReader;
import dev.tandem.application.internal.BinaryWriter;
import dev.tandem.application.port.in.DeviceLabel;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes and strictly parses the envelope. Version 1, every integer big-endian:
 *
 * <pre>
 *   magic "TNDW" (4 bytes) ‖ version (1 byte, = 1) ‖ kind (1 byte) ‖ fields of the kind
 *
 *   request kinds and their fields
 *     1  GENERATE            wallet, pair, label?, message
 *     2  BACKUP              wallet, source pair, backup pair, key, message
 *     3  PROVISION           wallet, backup pair, new pair, label?, purpose, message
 *     4  SIGN                wallet, pair, message
 *     5  STEP                wallet, message
 *     6  CONFIRM_PAIR        wallet, pair
 *     7  CONFIRM_BACKUP      wallet, backup pair
 *     8  REVOKE_OTHER_PAIRS  wallet, kept pair
 *     9  RECORD_BACKUP_KEY   wallet, backup pair, previous key, new key
 *    10  ABORT               wallet
 *
 *   reply kinds
 *   129  ENGINE_REPLY        message
 *   130  ACKNOWLEDGEMENT     count (2 bytes), that many strings
 *   131  ERROR               code (string: the ErrorCode name), message (string),
 *                            faulty party (1 byte: 0 none, 1 CLIENT, 2 CUSTODIAN)
 *
 *   string    2-byte length ‖ UTF-8 (strictly decoded)
 *   id        a string that is a legal id of its type
 *   label?    1 byte 0 (none) or 1 followed by a string: a valid device label
 *   purpose   1 byte: 1 PROVISION, 2 RECOVER
 *   message   4-byte length (at most {@value #MAX_MESSAGE_LENGTH}) ‖ bytes
 * </pre>
 *
 * <p>Nothing may follow the last field. Any deviation (magic, version, kind, a length out of range,
 * a truncated field, trailing bytes, an illegal id or label, an unknown error code) throws {@link
 * ProtocolAbortedException} naming the sender: the client for a request, the custodian for a reply.
 * The message names what is wrong, never the bytes.
 */
public final class CosignWire {
  /** The largest engine message accepted: proofs over 3072-bit moduli stay far below. */
  public static final int MAX_MESSAGE_LENGTH = 8 << 20;

  static final byte[] MAGIC = {'T', 'N', 'D', 'W'};
  static final int VERSION = 1;

  private static final int GENERATE = 1;
  private static final int BACKUP = 2;
  private static final int PROVISION = 3;
  private static final int SIGN = 4;
  private static final int STEP = 5;
  private static final int CONFIRM_PAIR = 6;
  private static final int CONFIRM_BACKUP = 7;
  private static final int REVOKE_OTHER_PAIRS = 8;
  private static final int RECORD_BACKUP_KEY = 9;
  private static final int ABORT = 10;

  private static final int ENGINE_REPLY = 129;
  private static final int ACKNOWLEDGEMENT = 130;
  private static final int ERROR = 131;

  private static final int MAX_ID_BYTES = 1024;
  private static final int MAX_ERROR_MESSAGE_CHARS = 1000;
  private static final int MAX_STRING_BYTES = BinaryWriter.MAX_SHORT_PREFIXED_BYTES;

  private CosignWire() {}

  public static byte[] encodeRequest(CosignRequest request) {
    Objects.requireNonNull(request, "request");
    return write(
        out -> {
          if (request instanceof CosignRequest.Generate r) {
            out.writeByte(GENERATE);
            writeId(out, r.walletId().value());
            writeId(out, r.pairId().value());
            writeOptionalString(out, r.deviceLabel());
            writeMessage(out, r.message());
          } else if (request instanceof CosignRequest.Backup r) {
            out.writeByte(BACKUP);
            writeId(out, r.walletId().value());
            writeId(out, r.sourcePairId().value());
            writeId(out, r.backupPairId().value());
            writeId(out, r.keyId().value());
            writeMessage(out, r.message());
          } else if (request instanceof CosignRequest.Provision r) {
            out.writeByte(PROVISION);
            writeId(out, r.walletId().value());
            writeId(out, r.backupPairId().value());
            writeId(out, r.newPairId().value());
            writeOptionalString(out, r.deviceLabel());
            out.writeByte(r.purpose() == ProvisionPurpose.PROVISION ? 1 : 2);
            writeMessage(out, r.message());
          } else if (request instanceof CosignRequest.Sign r) {
            out.writeByte(SIGN);
            writeId(out, r.walletId().value());
            writeId(out, r.pairId().value());
            writeMessage(out, r.message());
          } else if (request instanceof CosignRequest.Step r) {
            out.writeByte(STEP);
            writeId(out, r.walletId().value());
            writeMessage(out, r.message());
          } else if (request instanceof CosignRequest.ConfirmPair r) {
            out.writeByte(CONFIRM_PAIR);
            writeId(out, r.walletId().value());
            writeId(out, r.pairId().value());
          } else if (request instanceof CosignRequest.ConfirmBackup r) {
            out.writeByte(CONFIRM_BACKUP);
            writeId(out, r.walletId().value());
            writeId(out, r.backupPairId().value());
          } else if (request instanceof CosignRequest.RevokeOtherPairs r) {
            out.writeByte(REVOKE_OTHER_PAIRS);
            writeId(out, r.walletId().value());
            writeId(out, r.keepPairId().value());
          } else if (request instanceof CosignRequest.RecordBackupKey r) {
            out.writeByte(RECORD_BACKUP_KEY);
            writeId(out, r.walletId().value());
            writeId(out, r.backupPairId().value());
            writeId(out, r.previousKeyId().value());
            writeId(out, r.newKeyId().value());
          } else if (request instanceof CosignRequest.Abort r) {
            out.writeByte(ABORT);
            writeId(out, r.walletId().value());
          } else {
            throw new IllegalArgumentException("unknown request type " + request.getClass());
          }
        });
  }

  /**
   * Parses a request envelope.
   *
   * @throws ProtocolAbortedException naming the client if the bytes are not a valid request
   */
  public static CosignRequest decodeRequest(byte[] bytes) {
    return read(
        bytes,
        Party.CLIENT,
        "request",
        in -> {
          int kind = in.readUnsignedByte();
          switch (kind) {
            case GENERATE:
              return new CosignRequest.Generate(
                  WalletId.of(readId(in)),
                  SigningSharePairId.of(readId(in)),
                  readOptionalLabel(in),
                  readMessage(in));
            case BACKUP:
              return new CosignRequest.Backup(
                  WalletId.of(readId(in)),
                  SigningSharePairId.of(readId(in)),
                  BackupSharePairId.of(readId(in)),
                  BackupKeyId.of(readId(in)),
                  readMessage(in));
            case PROVISION:
              return new CosignRequest.Provision(
                  WalletId.of(readId(in)),
                  BackupSharePairId.of(readId(in)),
                  SigningSharePairId.of(readId(in)),
                  readOptionalLabel(in),
                  readPurpose(in),
                  readMessage(in));
            case SIGN:
              return new CosignRequest.Sign(
                  WalletId.of(readId(in)), SigningSharePairId.of(readId(in)), readMessage(in));
            case STEP:
              return new CosignRequest.Step(WalletId.of(readId(in)), readMessage(in));
            case CONFIRM_PAIR:
              return new CosignRequest.ConfirmPair(
                  WalletId.of(readId(in)), SigningSharePairId.of(readId(in)));
            case CONFIRM_BACKUP:
              return new CosignRequest.ConfirmBackup(
                  WalletId.of(readId(in)), BackupSharePairId.of(readId(in)));
            case REVOKE_OTHER_PAIRS:
              return new CosignRequest.RevokeOtherPairs(
                  WalletId.of(readId(in)), SigningSharePairId.of(readId(in)));
            case RECORD_BACKUP_KEY:
              return new CosignRequest.RecordBackupKey(
                  WalletId.of(readId(in)),
                  BackupSharePairId.of(readId(in)),
                  BackupKeyId.of(readId(in)),
                  BackupKeyId.of(readId(in)));
            case ABORT:
              return new CosignRequest.Abort(WalletId.of(readId(in)));
            default:
              throw new BinaryFormatException("unknown request kind " + kind);
          }
        });
  }

  public static byte[] encodeReply(CosignReply reply) {
    Objects.requireNonNull(reply, "reply");
    return write(
        out -> {
          if (reply instanceof CosignReply.EngineReply r) {
            out.writeByte(ENGINE_REPLY);
            writeMessage(out, r.message());
          } else if (reply instanceof CosignReply.Acknowledgement r) {
            out.writeByte(ACKNOWLEDGEMENT);
            if (r.values().size() > 0xffff) {
              throw new IllegalArgumentException("too many values in an acknowledgement");
            }
            out.writeShort(r.values().size());
            for (String value : r.values()) {
              writeString(out, value);
            }
          } else if (reply instanceof CosignReply.ErrorReply r) {
            out.writeByte(ERROR);
            writeString(out, r.code().name());
            writeString(out, shorten(r.message()));
            out.writeByte(r.faultyParty() == null ? 0 : r.faultyParty() == Party.CLIENT ? 1 : 2);
          } else {
            throw new IllegalArgumentException("unknown reply type " + reply.getClass());
          }
        });
  }

  /**
   * Parses a reply envelope.
   *
   * @throws ProtocolAbortedException naming the custodian if the bytes are not a valid reply
   */
  public static CosignReply decodeReply(byte[] bytes) {
    return read(
        bytes,
        Party.CUSTODIAN,
        "reply",
        in -> {
          int kind = in.readUnsignedByte();
          switch (kind) {
            case ENGINE_REPLY:
              return new CosignReply.EngineReply(readMessage(in));
            case ACKNOWLEDGEMENT:
              int count = in.readUnsignedShort();
              List<String> values = new ArrayList<>(Math.min(count, 64));
              for (int i = 0; i < count; i++) {
                values.add(readString(in));
              }
              return new CosignReply.Acknowledgement(values);
            case ERROR:
              ErrorCode code = readErrorCode(in);
              String message = readString(in);
              Party party = readParty(in);
              if ((code == ErrorCode.PROTOCOL_ABORTED) != (party != null)) {
                throw new BinaryFormatException(
                    "error reply with a faulty party that does not fit its code");
              }
              return new CosignReply.ErrorReply(code, message, party);
            default:
              throw new BinaryFormatException("unknown reply kind " + kind);
          }
        });
  }

  // --- writing ---

  @FunctionalInterface
  private interface Writer {
    void write(BinaryWriter out);
  }

  private static byte[] write(Writer body) {
    BinaryWriter out = new BinaryWriter();
    out.writeBytes(MAGIC);
    out.writeByte(VERSION);
    body.write(out);
    return out.toByteArray();
  }

  private static void writeId(BinaryWriter out, String id) {
    writeString(out, id);
  }

  private static void writeString(BinaryWriter out, String value) {
    out.writeShortPrefixedUtf8(value);
  }

  private static void writeOptionalString(BinaryWriter out, String value) {
    if (value == null) {
      out.writeByte(0);
    } else {
      out.writeByte(1);
      writeString(out, value);
    }
  }

  private static void writeMessage(BinaryWriter out, ProtocolMessage message) {
    out.writeIntPrefixedBytes(message.unsafeBytes(), MAX_MESSAGE_LENGTH, "engine message");
  }

  private static String shorten(String message) {
    if (message.length() <= MAX_ERROR_MESSAGE_CHARS) {
      return message;
    }
    int end = MAX_ERROR_MESSAGE_CHARS;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + "...";
  }

  // --- reading ---

  @FunctionalInterface
  private interface Reader<T> {
    T read(BinaryReader in);
  }

  private static <T> T read(byte[] bytes, Party sender, String what, Reader<T> body) {
    Function<String, ProtocolAbortedException> fault =
        reason ->
            new ProtocolAbortedException(sender, "malformed " + what + " envelope: " + reason);
    if (bytes == null) {
      throw fault.apply("no bytes");
    }
    BinaryReader in = new BinaryReader(bytes);
    try {
      byte[] magic = in.readBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw fault.apply("not a Tandem envelope");
      }
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw fault.apply("unsupported version " + version);
      }
      T result = body.read(in);
      in.requireEnd();
      return result;
    } catch (BinaryFormatException e) {
      // Truncated, a length out of range, not UTF-8, trailing bytes, or a fault of the kind's own.
      throw fault.apply(e.getMessage());
    } catch (TandemException e) {
      if (e instanceof ProtocolAbortedException aborted && aborted.faultyParty() == sender) {
        throw aborted;
      }
      // An id or label that its type refuses: the type's message names the field, not the value.
      throw fault.apply(withoutCode(e));
    }
  }

  private static String readId(BinaryReader in) {
    return in.readShortPrefixedUtf8(1, MAX_ID_BYTES, "id");
  }

  private static String readString(BinaryReader in) {
    return in.readShortPrefixedUtf8(0, MAX_STRING_BYTES, "string");
  }

  private static String readOptionalLabel(BinaryReader in) {
    int present = in.readUnsignedByte();
    if (present == 0) {
      return null;
    }
    if (present != 1) {
      throw new BinaryFormatException("optional field flag " + present);
    }
    return DeviceLabel.requireValidOrNull(readString(in));
  }

  private static ProvisionPurpose readPurpose(BinaryReader in) {
    int purpose = in.readUnsignedByte();
    switch (purpose) {
      case 1:
        return ProvisionPurpose.PROVISION;
      case 2:
        return ProvisionPurpose.RECOVER;
      default:
        throw new BinaryFormatException("unknown provisioning purpose " + purpose);
    }
  }

  private static ProtocolMessage readMessage(BinaryReader in) {
    return ProtocolMessage.of(in.readIntPrefixedBytes(MAX_MESSAGE_LENGTH, "engine message"));
  }

  private static ErrorCode readErrorCode(BinaryReader in) {
    String name = readString(in);
    for (ErrorCode code : ErrorCode.values()) {
      if (code.name().equals(name)) {
        return code;
      }
    }
    throw new BinaryFormatException("unknown error code");
  }

  private static Party readParty(BinaryReader in) {
    int party = in.readUnsignedByte();
    switch (party) {
      case 0:
        return null;
      case 1:
        return Party.CLIENT;
      case 2:
        return Party.CUSTODIAN;
      default:
        throw new BinaryFormatException("unknown party " + party);
    }
  }

  /** A Tandem exception's message without the {@code "CODE: "} prefix its root adds. */
  static String withoutCode(TandemException e) {
    String message = e.getMessage();
    String prefix = e.code().name() + ": ";
    return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : "";
  }
}
