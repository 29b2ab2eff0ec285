package dev.tandem.application.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CosignWireTest {
  private static final WalletId W = WalletId.of("wallet-1");
  private static final SigningSharePairId P = SigningSharePairId.of("pair-1");
  private static final SigningSharePairId P2 = SigningSharePairId.of("pair-2");
  private static final BackupSharePairId B = BackupSharePairId.of("backup-1");
  private static final BackupKeyId K = BackupKeyId.of("key-1");
  private static final BackupKeyId K2 = BackupKeyId.of("key-2");
  private static final ProtocolMessage M = ProtocolMessage.of(new byte[] {1, 2, 3, (byte) 0xff});

  private static final List<CosignRequest> EVERY_REQUEST =
      List.of(
          new CosignRequest.Generate(W, P, "Alice's phone ☎", M),
          new CosignRequest.Generate(W, P, null, ProtocolMessage.of(new byte[0])),
          new CosignRequest.Backup(W, P, B, K, M),
          new CosignRequest.Provision(W, B, P2, "tablet", ProvisionPurpose.PROVISION, M),
          new CosignRequest.Provision(W, B, P2, null, ProvisionPurpose.RECOVER, M),
          new CosignRequest.Sign(W, P, M),
          new CosignRequest.Step(W, M),
          new CosignRequest.ConfirmPair(W, P),
          new CosignRequest.ConfirmBackup(W, B),
          new CosignRequest.RevokeOtherPairs(W, P2),
          new CosignRequest.RecordBackupKey(W, B, K, K2),
          new CosignRequest.Abort(W));

  private static final List<CosignReply> EVERY_REPLY =
      List.of(
          new CosignReply.EngineReply(M),
          CosignReply.Acknowledgement.EMPTY,
          new CosignReply.Acknowledgement(List.of("key-1", "key-2")),
          new CosignReply.ErrorReply(ErrorCode.PAIR_REVOKED, "pair pair-1 is revoked", null),
          new CosignReply.ErrorReply(ErrorCode.PROTOCOL_ABORTED, "bad proof", Party.CLIENT),
          new CosignReply.ErrorReply(ErrorCode.PROTOCOL_ABORTED, "bad proof", Party.CUSTODIAN));

  @Test
  void everyRequest_roundTrips() {
    for (CosignRequest request : EVERY_REQUEST) {
      assertEquals(request, CosignWire.decodeRequest(CosignWire.encodeRequest(request)));
    }
  }

  @Test
  void everyReply_roundTrips() {
    for (CosignReply reply : EVERY_REPLY) {
      assertEquals(reply, CosignWire.decodeReply(CosignWire.encodeReply(reply)));
    }
  }

  @Test
  void confirmPair_hasTheDocumentedBytes() {
    byte[] bytes = CosignWire.encodeRequest(new CosignRequest.ConfirmPair(W, P));
    assertEquals(
        "544e4457" + "01" + "06" + "0008" + hex("wallet-1") + "0006" + hex("pair-1"),
        HexFormat.of().formatHex(bytes));
  }

  @Test
  void sign_hasTheDocumentedBytes() {
    byte[] bytes = CosignWire.encodeRequest(new CosignRequest.Sign(W, P, M));
    assertEquals(
        "544e4457"
            + "01"
            + "04"
            + "0008"
            + hex("wallet-1")
            + "0006"
            + hex("pair-1")
            + "00000004"
            + "010203ff",
        HexFormat.of().formatHex(bytes));
  }

  @Test
  void errorReply_hasTheDocumentedBytes() {
    byte[] bytes =
        CosignWire.encodeReply(
            new CosignReply.ErrorReply(ErrorCode.PROTOCOL_ABORTED, "x", Party.CUSTODIAN));
    assertEquals(
        "544e4457" + "01" + "83" + "0010" + hex("PROTOCOL_ABORTED") + "0001" + hex("x") + "02",
        HexFormat.of().formatHex(bytes));
  }

  @Test
  void everyTruncatedRequest_isRejectedNamingTheClient() {
    for (CosignRequest request : EVERY_REQUEST) {
      byte[] bytes = CosignWire.encodeRequest(request);
      for (int length = 0; length < bytes.length; length++) {
        byte[] truncated = Arrays.copyOf(bytes, length);
        assertRequestRejected(() -> CosignWire.decodeRequest(truncated));
      }
    }
  }

  @Test
  void everyTruncatedReply_isRejectedNamingTheCustodian() {
    for (CosignReply reply : EVERY_REPLY) {
      byte[] bytes = CosignWire.encodeReply(reply);
      for (int length = 0; length < bytes.length; length++) {
        byte[] truncated = Arrays.copyOf(bytes, length);
        assertReplyRejected(() -> CosignWire.decodeReply(truncated));
      }
    }
  }

  @Test
  void trailingBytes_areRejected() {
    for (CosignRequest request : EVERY_REQUEST) {
      byte[] bytes = CosignWire.encodeRequest(request);
      assertRequestRejected(() -> CosignWire.decodeRequest(Arrays.copyOf(bytes, bytes.length + 1)));
    }
    for (CosignReply reply : EVERY_REPLY) {
      byte[] bytes = CosignWire.encodeReply(reply);
      assertReplyRejected(() -> CosignWire.decodeReply(Arrays.copyOf(bytes, bytes.length + 1)));
    }
  }

  @Test
  void wrongMagicVersionOrKind_isRejected() {
    byte[] bytes = CosignWire.encodeRequest(new CosignRequest.ConfirmPair(W, P));
    byte[] magic = bytes.clone();
    magic[0] = 'X';
    assertRequestRejected(() -> CosignWire.decodeRequest(magic));
    byte[] version = bytes.clone();
    version[4] = 2;
    assertRequestRejected(() -> CosignWire.decodeRequest(version));
    for (int kind : new int[] {0, 11, 129, 255}) {
      byte[] unknown = bytes.clone();
      unknown[5] = (byte) kind;
      assertRequestRejected(() -> CosignWire.decodeRequest(unknown));
    }
    assertRequestRejected(() -> CosignWire.decodeRequest(null));
    // A reply is not a request, and the other way round.
    assertRequestRejected(
        () -> CosignWire.decodeRequest(CosignWire.encodeReply(CosignReply.Acknowledgement.EMPTY)));
    assertReplyRejected(() -> CosignWire.decodeReply(bytes));
  }

  @Test
  void illegalFields_areRejected() throws IOException {
    // An id that is not a legal id.
    assertRequestRejected(() -> CosignWire.decodeRequest(request(6, "wallet 1", "pair-1")));
    // An empty id.
    assertRequestRejected(() -> CosignWire.decodeRequest(request(6, "", "pair-1")));
    // A device label with a control character.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = start(buffer, 1);
    writeString(out, "wallet-1");
    writeString(out, "pair-1");
    out.writeByte(1);
    writeString(out, "bad\nlabel");
    out.writeInt(0);
    assertRequestRejected(() -> CosignWire.decodeRequest(buffer.toByteArray()));
    // An optional-field flag that is neither 0 nor 1.
    byte[] generate = CosignWire.encodeRequest(new CosignRequest.Generate(W, P, null, M));
    generate[6 + 2 + 8 + 2 + 6] = 2;
    assertRequestRejected(() -> CosignWire.decodeRequest(generate));
    // An unknown provisioning purpose.
    byte[] provision =
        CosignWire.encodeRequest(
            new CosignRequest.Provision(W, B, P2, null, ProvisionPurpose.PROVISION, M));
    provision[6 + 2 + 8 + 2 + 8 + 2 + 6 + 1] = 3;
    assertRequestRejected(() -> CosignWire.decodeRequest(provision));
    // A message length beyond the limit, and a negative one.
    for (int length : new int[] {CosignWire.MAX_MESSAGE_LENGTH + 1, -1}) {
      ByteArrayOutputStream step = new ByteArrayOutputStream();
      DataOutputStream stepOut = start(step, 5);
      writeString(stepOut, "wallet-1");
      stepOut.writeInt(length);
      assertRequestRejected(() -> CosignWire.decodeRequest(step.toByteArray()));
    }
    // Bytes that are not UTF-8 in an id.
    ByteArrayOutputStream notUtf8 = new ByteArrayOutputStream();
    DataOutputStream notUtf8Out = start(notUtf8, 10);
    notUtf8Out.writeShort(2);
    notUtf8Out.write(new byte[] {(byte) 0xc3, (byte) 0x28});
    assertRequestRejected(() -> CosignWire.decodeRequest(notUtf8.toByteArray()));
  }

  @Test
  void illegalErrorReplies_areRejected() throws IOException {
    // An unknown error code.
    ByteArrayOutputStream unknown = new ByteArrayOutputStream();
    DataOutputStream out = start(unknown, 131);
    writeString(out, "NO_SUCH_CODE");
    writeString(out, "x");
    out.writeByte(0);
    assertReplyRejected(() -> CosignWire.decodeReply(unknown.toByteArray()));
    // A faulty party on another code, and none on PROTOCOL_ABORTED.
    byte[] withParty =
        CosignWire.encodeReply(new CosignReply.ErrorReply(ErrorCode.STATE_INVALID, "x", null));
    withParty[withParty.length - 1] = 1;
    assertReplyRejected(() -> CosignWire.decodeReply(withParty));
    byte[] withoutParty =
        CosignWire.encodeReply(
            new CosignReply.ErrorReply(ErrorCode.PROTOCOL_ABORTED, "x", Party.CLIENT));
    withoutParty[withoutParty.length - 1] = 0;
    assertReplyRejected(() -> CosignWire.decodeReply(withoutParty));
    withoutParty[withoutParty.length - 1] = 3;
    assertReplyRejected(() -> CosignWire.decodeReply(withoutParty));
  }

  @Test
  void rejectionMessages_neverRepeatTheBytes() {
    byte[] bytes =
        CosignWire.encodeRequest(
            new CosignRequest.Step(
                W, ProtocolMessage.of("SECRET-PAYLOAD".getBytes(StandardCharsets.UTF_8))));
    bytes[4] = 9;
    ProtocolAbortedException e =
        assertThrows(ProtocolAbortedException.class, () -> CosignWire.decodeRequest(bytes));
    assertFalse(e.getMessage().contains("SECRET"));
  }

  @Test
  void longErrorMessages_areShortened() {
    String longMessage = "x".repeat(5000);
    CosignReply.ErrorReply decoded =
        (CosignReply.ErrorReply)
            CosignWire.decodeReply(
                CosignWire.encodeReply(
                    new CosignReply.ErrorReply(ErrorCode.STATE_INVALID, longMessage, null)));
    assertEquals(1003, decoded.message().length());
  }

  @Test
  void protocolMessage_isCopiedInAndOut() {
    byte[] bytes = {1, 2, 3};
    ProtocolMessage message = ProtocolMessage.of(bytes);
    bytes[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, message.bytes());
    message.bytes()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, message.bytes());
    assertEquals("ProtocolMessage[3 bytes]", message.toString());
  }

  private static void assertRequestRejected(Executable decode) {
    ProtocolAbortedException e = assertThrows(ProtocolAbortedException.class, decode);
    assertEquals(Party.CLIENT, e.faultyParty());
  }

  private static void assertReplyRejected(Executable decode) {
    ProtocolAbortedException e = assertThrows(ProtocolAbortedException.class, decode);
    assertEquals(Party.CUSTODIAN, e.faultyParty());
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static DataOutputStream start(ByteArrayOutputStream buffer, int kind) throws IOException {
    DataOutputStream out = new DataOutputStream(buffer);
    out.write(new byte[] {'T', 'N', 'D', 'W', 1, (byte) kind});
    return out;
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeShort(utf8.length);
    out.write(utf8);
  }

  private static byte[] request(int kind, String... ids) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      DataOutputStream out = start(buffer, kind);
      for (String id : ids) {
        writeString(out, id);
      }
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
