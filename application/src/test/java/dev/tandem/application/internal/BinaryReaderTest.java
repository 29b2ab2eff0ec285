package dev.tandem.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BinaryReaderTest {
  @Test
  void readsWhatTheWriterWrote() {
    byte[] bytes =
        new BinaryWriter()
            .writeByte(0xfe)
            .writeShort(0xbeef)
            .writeInt(-2)
            .writeShortPrefixedUtf8("ünïcödé 👋")
            .writeIntPrefixedBytes(new byte[] {1, 2, 3}, 3, "blob")
            .writeBytes(new byte[] {9})
            .toByteArray();
    BinaryReader in = new BinaryReader(bytes);

    assertEquals(0xfe, in.readUnsignedByte());
    assertEquals(0xbeef, in.readUnsignedShort());
    assertEquals(-2, in.readInt());
    assertEquals("ünïcödé 👋", in.readShortPrefixedUtf8(1, 100, "label"));
    assertArrayEquals(new byte[] {1, 2, 3}, in.readIntPrefixedBytes(3, "blob"));
    assertEquals(1, in.remaining());
    assertArrayEquals(new byte[] {9}, in.readBytes(1));
    assertEquals(bytes.length, in.position());
    in.requireEnd();
  }

  @Test
  void malformedUtf8_isRefused() {
    byte[][] malformed = {
      {(byte) 0xc3}, // a lead byte with no continuation
      {(byte) 0x80}, // a lone continuation byte
      {(byte) 0xc0, (byte) 0xaf}, // an overlong encoding of '/'
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // a UTF-16 surrogate
      {(byte) 0xff}, // never valid
    };
    for (byte[] utf8 : malformed) {
      byte[] bytes = new BinaryWriter().writeShort(utf8.length).writeBytes(utf8).toByteArray();
      assertRefused(
          "string is not UTF-8",
          () -> new BinaryReader(bytes).readShortPrefixedUtf8(0, 100, "string"));
      assertRefused("string is not UTF-8", () -> new BinaryReader(utf8).readUtf8(utf8.length));
    }
  }

  @Test
  void truncation_isRefusedAtEveryLength() {
    byte[] bytes =
        new BinaryWriter()
            .writeByte(1)
            .writeShort(2)
            .writeInt(3)
            .writeShortPrefixedUtf8("four")
            .writeIntPrefixedBytes(new byte[] {5, 5}, 10, "blob")
            .toByteArray();
    for (int length = 0; length < bytes.length; length++) {
      BinaryReader in = new BinaryReader(Arrays.copyOf(bytes, length));
      assertRefused(
          "truncated",
          () -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
            in.readInt();
            in.readShortPrefixedUtf8(0, 10, "string");
            in.readIntPrefixedBytes(10, "blob");
          });
    }
  }

  @Test
  void aLengthBeyondTheInput_isRefusedBeforeAllocating() {
    byte[] bytes = new BinaryWriter().writeInt(Integer.MAX_VALUE).toByteArray();
    assertRefused(
        "truncated", () -> new BinaryReader(bytes).readIntPrefixedBytes(Integer.MAX_VALUE, "blob"));
    assertRefused("truncated", () -> new BinaryReader(new byte[3]).readBytes(4));
    assertRefused("truncated", () -> new BinaryReader(new byte[3]).readBytes(-1));
  }

  @Test
  void oversizeLengths_areRefused() {
    byte[] longString = new BinaryWriter().writeShortPrefixedUtf8("x".repeat(11)).toByteArray();
    assertRefused(
        "id of 11 bytes", () -> new BinaryReader(longString).readShortPrefixedUtf8(1, 10, "id"));

    byte[] empty = new BinaryWriter().writeShort(0).toByteArray();
    assertRefused(
        "id of 0 bytes", () -> new BinaryReader(empty).readShortPrefixedUtf8(1, 10, "id"));

    byte[] longBlob = new BinaryWriter().writeInt(11).writeBytes(new byte[11]).toByteArray();
    assertRefused(
        "blob length out of range",
        () -> new BinaryReader(longBlob).readIntPrefixedBytes(10, "blob"));

    byte[] negative = new BinaryWriter().writeInt(-1).toByteArray();
    assertRefused(
        "blob length out of range",
        () -> new BinaryReader(negative).readIntPrefixedBytes(10, "blob"));
  }

  @Test
  void trailingBytes_areRefused() {
    BinaryReader in = new BinaryReader(new byte[] {7, 0, 0});
    in.readUnsignedByte();
    assertRefused("2 trailing bytes", in::requireEnd);
  }

  @Test
  void theInputIsNeitherModifiedNorShared() {
    byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
    byte[] read = new BinaryReader(bytes).readBytes(3);
    read[0] = 'z';
    assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), bytes);
  }

  private static void assertRefused(String message, Executable read) {
    BinaryFormatException e = assertThrows(BinaryFormatException.class, read);
    assertEquals(message, e.getMessage());
  }
}
