package dev.tandem.adapter.gcp;

import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The canonical encoding of the fields a seal authenticates. */
class RecordBindingTest {

  /** Rebuilds the documented layout by hand, independently of the class under test. */
  @Test
  void encoding_isTheDocumentedLayout() {
    byte[] aad =
        RecordBinding.of(RecordType.SIGNING_SHARE, "w-1", "p-1")
            .withNumber("format", 2)
            .withText("status", "COMPLETED")
            .withText("deviceLabel", null)
            .withInstant("createdAt", CREATED_AT)
            .withPublicKey("share.publicKey", PUBLIC_KEY)
            .associatedData();

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    item(expected, utf8("tandem/gcs/envelope/v2"));
    item(expected, utf8("signing-share"));
    item(expected, utf8("w-1"));
    item(expected, utf8("p-1"));
    item(expected, utf8("format"));
    item(expected, new byte[] {0, 0, 0, 2});
    item(expected, utf8("status"));
    item(expected, utf8("COMPLETED"));
    item(expected, utf8("deviceLabel"));
    expected.writeBytes(new byte[] {-1, -1, -1, -1});
    item(expected, utf8("createdAt"));
    item(
        expected,
        ByteBuffer.allocate(12).putLong(CREATED_AT.getEpochSecond()).putInt(123456789).array());
    item(expected, utf8("share.publicKey.curve"));
    item(expected, utf8("SECP256K1"));
    item(expected, utf8("share.publicKey.point"));
    item(expected, PUBLIC_KEY.uncompressed());
    assertArrayEquals(expected.toByteArray(), aad);
  }

  @Test
  void ids_areUnambiguous() {
    assertDiffer(
        RecordBinding.of(RecordType.BACKUP_KEY, "ab", "c"),
        RecordBinding.of(RecordType.BACKUP_KEY, "a", "bc"));
  }

  @Test
  void fieldBoundaries_areUnambiguous() {
    RecordBinding base = RecordBinding.of(RecordType.SIGNING_SHARE, "w", "p");
    assertDiffer(base.withText("a", "bc"), base.withText("ab", "c"));
    assertDiffer(base.withText("a", "b").withText("c", "d"), base.withText("a", "bcd"));
  }

  @Test
  void absentValue_differsFromEmptyAndFromMissingField() {
    RecordBinding base = RecordBinding.of(RecordType.SIGNING_SHARE, "w", "p");
    assertDiffer(base.withText("deviceLabel", null), base.withText("deviceLabel", ""));
    assertDiffer(base.withText("deviceLabel", null), base);
  }

  @Test
  void instants_areBoundToTheNanosecond() {
    RecordBinding base = RecordBinding.of(RecordType.SIGNING_SHARE, "w", "p");
    assertDiffer(
        base.withInstant("createdAt", CREATED_AT),
        base.withInstant("createdAt", CREATED_AT.plusNanos(1)));
  }

  @Test
  void theSameValueUnderAnotherName_differs() {
    RecordBinding base = RecordBinding.of(RecordType.SIGNING_SHARE, "w", "p");
    assertDiffer(base.withInstant("createdAt", CREATED_AT), base.withInstant("updatedAt", CREATED_AT));
  }

  @Test
  void toString_namesTheRecordButNoFieldValue() {
    RecordBinding binding =
        RecordBinding.of(RecordType.BACKUP_SHARE, "w-1", "p").withText("keyId", "key-7");

    assertEquals("RecordBinding[backup-share w-1/p, 1 fields]", binding.toString());
  }

  private static void assertDiffer(RecordBinding a, RecordBinding b) {
    assertFalse(Arrays.equals(a.associatedData(), b.associatedData()), a + " vs " + b);
  }

  private static void item(ByteArrayOutputStream out, byte[] value) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
    out.writeBytes(value);
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
