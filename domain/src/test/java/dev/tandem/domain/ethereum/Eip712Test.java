package dev.tandem.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks EIP-712 hashing against ethers' vectors, against values computed with ethers 6.17.0's
 * {@code TypedDataEncoder} for the cases the vector file does not cover, and against encodings
 * rebuilt by hand with Bouncy Castle's Keccak; then checks that malformed typed data is refused
 * with a message that names the problem.
 */
class Eip712Test {
  /** The specification's "Mail" example, with one field for each part that tests change. */
  private static final String MAIL =
      """
      {
        "types": {
          "EIP712Domain": [
            {"name": "name", "type": "string"},
            {"name": "version", "type": "string"},
            {"name": "chainId", "type": "uint256"},
            {"name": "verifyingContract", "type": "address"}
          ],
          "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
          "Mail": [
            {"name": "from", "type": "Person"},
            {"name": "to", "type": "Person"},
            {"name": "contents", "type": "string"}
          ]
        },
        "primaryType": "Mail",
        "domain": {
          "name": "Ether Mail",
          "version": "1",
          "chainId": 1,
          "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
        },
        "message": {
          "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
          "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
          "contents": "Hello, Bob!"
        }
      }
      """;

  /** Nested dynamic arrays, fixed struct arrays, int256 bounds, bytes32, address[], string[2][]. */
  private static final String GRID =
      """
      {
        "types": {
          "EIP712Domain": [
            {"name": "name", "type": "string"},
            {"name": "chainId", "type": "uint256"},
            {"name": "verifyingContract", "type": "address"}
          ],
          "Grid": [
            {"name": "cells", "type": "uint8[][]"},
            {"name": "corners", "type": "Point[2]"},
            {"name": "label", "type": "bytes32"},
            {"name": "owners", "type": "address[]"},
            {"name": "notes", "type": "string[2][]"}
          ],
          "Point": [{"name": "x", "type": "int256"}, {"name": "y", "type": "int256"}]
        },
        "primaryType": "Grid",
        "domain": {
          "name": "Tandem Grid",
          "chainId": 11155111,
          "verifyingContract": "0x0000000000000000000000000000000000000001"
        },
        "message": {
          "cells": [[1, 2], [], ["0xff"]],
          "corners": [
            {"x": -1, "y": "0x10"},
            {
              "x": "-57896044618658097711785492504343953926634992332820282019728792003956564819968",
              "y": "57896044618658097711785492504343953926634992332820282019728792003956564819967"
            }
          ],
          "label": "0x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
          "owners": [
            "0x52c16f93840d7a600cc89cdbee96cec389061f80",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
          ],
          "notes": [["a", "b"], ["", "\\u00e9\\ud83d\\udc4b"]]
        }
      }
      """;

  // ---------------------------------------------------------------- vectors and known answers

  @Test
  void vectorFile_matchesEthers() {
    for (JsonNode vector : EthereumVectors.section("eip712")) {
      Eip712TypedData typedData = Eip712TypedData.of(EthereumVectors.tree(vector.get("typedData")));
      assertEquals(
          vector.get("domainSeparator").asText(), EthereumVectors.hex(typedData.domainSeparator()));
      assertEquals(vector.get("hashStruct").asText(), EthereumVectors.hex(typedData.hashStruct()));
      assertEquals(vector.get("digest").asText(), EthereumVectors.hex(typedData.digest()));
    }
  }

  @Test
  void mailExample_encodeTypeAndTypeHash_matchTheSpecification() {
    Eip712TypedData mail = Eip712TypedData.of(EthereumVectors.tree(MAIL));
    String encoded = "Mail(Person from,Person to,string contents)Person(string name,address wallet)";
    assertEquals(encoded, Eip712.encodeType(mail, "Mail"));
    assertEquals(
        "0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2",
        EthereumVectors.hex(Eip712.typeHash(mail, "Mail")));
    assertArrayEquals(keccak(ascii(encoded)), Eip712.typeHash(mail, "Mail"));
    assertEquals(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)",
        Eip712.encodeType(mail, Eip712.DOMAIN_TYPE));
  }

  @Test
  void mailExample_hashStructOfAPerson_isRebuiltByHand() {
    Eip712TypedData mail = Eip712TypedData.of(EthereumVectors.tree(MAIL));
    Map<String, Object> cow = EthereumVectors.tree(
        "{\"name\": \"Cow\", \"wallet\": \"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826\"}");
    byte[] expected =
        keccak(
            keccak(ascii("Person(string name,address wallet)")),
            keccak(ascii("Cow")),
            leftPad(EthereumVectors.hex("0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826")));
    assertArrayEquals(expected, Eip712.hashStruct(mail, "Person", cow));
  }

  @Test
  void digest_isKeccakOf1901DomainSeparatorAndHashStruct() {
    Eip712TypedData mail = Eip712TypedData.of(EthereumVectors.tree(MAIL));
    byte[] expected =
        keccak(new byte[] {0x19, 0x01}, mail.domainSeparator(), mail.hashStruct());
    assertArrayEquals(expected, mail.digest());
    assertArrayEquals(expected, Eip712.digest(mail.domainSeparator(), mail.hashStruct()));
    assertThrows(IllegalArgumentException.class, () -> Eip712.digest(new byte[31], new byte[32]));
  }

  @Test
  void nestedAndFixedArrays_matchEthers() {
    // Expected values computed with ethers 6.17.0: TypedDataEncoder.hashDomain(domain),
    // TypedDataEncoder.from(types).hashStruct("Grid", message) and TypedDataEncoder.hash(...).
    Eip712TypedData grid = Eip712TypedData.of(EthereumVectors.tree(GRID));
    assertEquals(
        "Grid(uint8[][] cells,Point[2] corners,bytes32 label,address[] owners,string[2][] notes)"
            + "Point(int256 x,int256 y)",
        Eip712.encodeType(grid, "Grid"));
    assertEquals(
        "0x9c3b7267ae712f7ae8d05956c977fe901d89fc23aa59a002a3b0c08e6b9490c4",
        EthereumVectors.hex(grid.domainSeparator()));
    assertEquals(
        "0x47a5b0937300af58229ca3215be087335ee556b9905cf2612b24c7407ea365f8",
        EthereumVectors.hex(grid.hashStruct()));
    assertEquals(
        "0x6221873c89138a07f343f7eeafc561b8bd98722bf3565f6877c6b45548deaef5",
        EthereumVectors.hex(grid.digest()));
  }

  @Test
  void nestedArrays_areRebuiltByHand() {
    Eip712TypedData grid = Eip712TypedData.of(EthereumVectors.tree(GRID));
    byte[] pointType = keccak(ascii("Point(int256 x,int256 y)"));
    byte[] minusOne = new byte[32];
    Arrays.fill(minusOne, (byte) 0xff);
    byte[] int256Min = new byte[32];
    int256Min[0] = (byte) 0x80;
    byte[] int256Max = new byte[32];
    Arrays.fill(int256Max, (byte) 0xff);
    int256Max[0] = 0x7f;

    byte[] cells = keccak(keccak(word(1), word(2)), keccak(), keccak(word(255)));
    byte[] corners =
        keccak(
            keccak(pointType, minusOne, word(16)),
            keccak(pointType, int256Min, int256Max));
    byte[] label = EthereumVectors.hex(
        "0x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    byte[] owners =
        keccak(
            leftPad(EthereumVectors.hex("0x52c16f93840d7a600cc89cdbee96cec389061f80")),
            leftPad(EthereumVectors.hex("0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb")));
    byte[] notes =
        keccak(
            keccak(keccak(ascii("a")), keccak(ascii("b"))),
            keccak(keccak(), keccak("\u00e9\ud83d\udc4b".getBytes(StandardCharsets.UTF_8))));
    byte[] expected =
        keccak(Eip712.typeHash(grid, "Grid"), cells, corners, label, owners, notes);

    assertArrayEquals(expected, grid.hashStruct());
  }

  @Test
  void dependencies_followThePrimaryType_sortedByName() {
    // Expected values computed with ethers 6.17.0's TypedDataEncoder.
    Eip712TypedData typedData =
        Eip712TypedData.of(
            withTypes(
                """
                {
                  "Primary": [{"name": "z", "type": "Zeta"}, {"name": "a", "type": "Alpha[]"}],
                  "Zeta": [{"name": "flag", "type": "bool"}, {"name": "b", "type": "Beta"}],
                  "Alpha": [{"name": "b", "type": "Beta"}],
                  "Beta": [{"name": "n", "type": "uint8"}, {"name": "id", "type": "bytes1"}]
                }
                """,
                "Primary",
                """
                {"z": {"flag": true, "b": {"n": 255, "id": "0xab"}}, "a": [{"b": {"n": 0, "id": "0x00"}}]}
                """));
    assertEquals(
        "Primary(Zeta z,Alpha[] a)Alpha(Beta b)Beta(uint8 n,bytes1 id)Zeta(bool flag,Beta b)",
        Eip712.encodeType(typedData, "Primary"));
    assertEquals(
        "0x1fa90d47f3060b10e4cbbf19cc94491c8d91b35f41d3ada80ab61f9ce3328ef2",
        EthereumVectors.hex(typedData.hashStruct()));
    assertEquals("Alpha(Beta b)Beta(uint8 n,bytes1 id)", Eip712.encodeType(typedData, "Alpha"));
  }

  // ---------------------------------------------------------------- accepted value forms

  @Test
  void integerGivenInEveryAcceptedForm_hashesTheSame() {
    byte[] expected = hashOfSingleMember("uint256", BigInteger.valueOf(42));
    List<Object> forms =
        List.of(
            42,
            42L,
            (short) 42,
            new BigDecimal("42"),
            new BigDecimal("4.20E+1"),
            new BigDecimal("42.000"),
            "42",
            "0042",
            "0x2a",
            "0X2A");
    for (Object form : forms) {
      assertArrayEquals(expected, hashOfSingleMember("uint256", form), form.getClass() + " " + form);
    }
  }

  @Test
  void negativeIntegers_areEncodedInTwosComplement() {
    byte[] minusOne = new byte[32];
    Arrays.fill(minusOne, (byte) 0xff);
    byte[] typeHash = keccak(ascii("Single(int8 value)"));
    for (Object form : List.of(-1, "-1", "-0x1", BigInteger.ONE.negate())) {
      assertArrayEquals(keccak(typeHash, minusOne), hashOfSingleMember("int8", form));
    }
    byte[] minus128 = minusOne.clone();
    minus128[31] = (byte) 0x80;
    assertArrayEquals(keccak(typeHash, minus128), hashOfSingleMember("int8", -128));
    assertArrayEquals(keccak(typeHash, word(127)), hashOfSingleMember("int8", 127));
  }

  @Test
  void integerBounds_areInclusive() {
    BigInteger uint256Max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    hashOfSingleMember("uint256", uint256Max);
    hashOfSingleMember("uint256", "0x" + "ff".repeat(32));
    hashOfSingleMember("uint8", 255);
    hashOfSingleMember("uint8", 0);
    hashOfSingleMember("int256", BigInteger.ONE.shiftLeft(255).negate());
  }

  @Test
  void lowerCaseAndChecksummedAddresses_hashTheSame() {
    assertArrayEquals(
        hashOfSingleMember("address", "0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"),
        hashOfSingleMember("address", "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"));
  }

  @Test
  void bytesAndBytesN_takeHexOfEitherCase() {
    assertArrayEquals(
        hashOfSingleMember("bytes", "0xDEADBEEF"), hashOfSingleMember("bytes", "0xdeadbeef"));
    assertArrayEquals(
        keccak(keccak(ascii("Single(bytes value)")), keccak()), hashOfSingleMember("bytes", "0x"));
    byte[] rightPadded = new byte[32];
    rightPadded[0] = (byte) 0xab;
    assertArrayEquals(
        keccak(keccak(ascii("Single(bytes1 value)")), rightPadded),
        hashOfSingleMember("bytes1", "0xab"));
  }

  @Test
  void emptyDynamicArray_hashesAsKeccakOfNothing() {
    assertArrayEquals(
        keccak(keccak(ascii("Single(uint8[] value)")), keccak()),
        hashOfSingleMember("uint8[]", List.of()));
  }

  // ---------------------------------------------------------------- value semantics

  @Test
  void callerMapsAreCopied_andViewsAreUnmodifiable() {
    Map<String, Object> tree = EthereumVectors.tree(MAIL);
    Eip712TypedData typedData = Eip712TypedData.of(tree);
    byte[] digest = typedData.digest();

    messageOf(tree).put("contents", "Hello, Eve!");
    assertArrayEquals(digest, typedData.digest());
    assertEquals("Hello, Bob!", typedData.message().get("contents"));

    assertThrows(UnsupportedOperationException.class, () -> typedData.message().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> typedData.domain().clear());
    typedData.digest()[0] ^= 1;
    assertArrayEquals(digest, typedData.digest());
  }

  @Test
  void numbers_comeBackAsBigInteger() {
    Map<String, Object> tree = EthereumVectors.tree(MAIL);
    domainOf(tree).put("chainId", 1L);
    Eip712TypedData typedData = Eip712TypedData.of(tree);
    assertInstanceOf(BigInteger.class, typedData.domain().get("chainId"));
    assertEquals("Mail", typedData.primaryType());
    assertEquals("Mail", typedData.toMap().get("primaryType"));
  }

  @Test
  void equalContent_isEqual_andToStringShowsTheDigest() {
    Eip712TypedData one = Eip712TypedData.of(EthereumVectors.tree(MAIL));
    Map<String, Object> tree = EthereumVectors.tree(MAIL);
    domainOf(tree).put("chainId", 1);
    Eip712TypedData two = Eip712TypedData.of(tree);
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertTrue(one.toString().contains(EthereumVectors.hex(one.digest())), one.toString());

    messageOf(tree).put("contents", "other");
    assertNotEquals(one, Eip712TypedData.of(tree));
  }

  // ---------------------------------------------------------------- refused structure

  @Test
  void undefinedType_isRejected() {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("Mail", members("from", "Persn", "contents", "string")),
        "Persn",
        "neither an EIP-712 atomic type nor defined");
  }

  @Test
  void missingEip712Domain_isRejected() {
    assertRejected(MAIL, tree -> typesOf(tree).remove("EIP712Domain"), "no EIP712Domain");
  }

  @Test
  void missingTopLevelPart_isRejected() {
    for (String part : List.of("types", "primaryType", "domain", "message")) {
      assertRejected(MAIL, tree -> tree.remove(part), "typed data has no " + part);
    }
  }

  @Test
  void unknownTopLevelKey_isRejected() {
    assertRejected(MAIL, tree -> tree.put("extra", "x"), "unknown key extra");
  }

  @Test
  void primaryTypeNotDefined_isRejected() {
    assertRejected(MAIL, tree -> tree.put("primaryType", "Letter"), "primaryType Letter is not defined");
  }

  @Test
  void primaryTypeEip712Domain_isRejected() {
    assertRejected(MAIL, tree -> tree.put("primaryType", "EIP712Domain"), "not EIP712Domain");
  }

  @Test
  void cyclicTypes_areRejected() {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("Person", members("name", "string", "boss", "Mail")),
        "cycle",
        "Mail, Person");
  }

  @Test
  void selfReferenceThroughAnArray_isRejected() {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("Person", members("name", "string", "friends", "Person[]")),
        "cycle",
        "Person");
  }

  @ParameterizedTest
  @ValueSource(strings = {"uint", "int", "uint7", "uint264", "int0", "uint08", "bytes0", "bytes33",
      "byte", "uint8[0]", "uint8[x]", "uint8[", "uint8[]]", "uint8[02]", "string[-1]"})
  void malformedMemberType_isRejected(String type) {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("Person", members("name", "string", "wallet", type)),
        "types.Person.wallet has type");
  }

  @Test
  void structNamedLikeAnAtomicType_isRejected() {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("uint8", members("name", "string")),
        "reserved for an atomic type");
  }

  @Test
  void overlongName_isRejected() {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("Person", members("n".repeat(129), "string")),
        "types.Person[0] has a name that is not an identifier");
  }

  @Test
  void duplicateMemberName_isRejected() {
    assertRejected(
        MAIL,
        tree -> typesOf(tree).put("Person", members("name", "string", "name", "address")),
        "declares member name more than once");
  }

  @Test
  void memberDefinitionWithExtraKeys_isRejected() {
    assertRejected(
        MAIL,
        tree -> {
          List<Object> person = new ArrayList<>(members("name", "string", "wallet", "address"));
          Map<String, Object> member = new LinkedHashMap<>();
          member.put("name", "age");
          member.put("type", "uint8");
          member.put("indexed", true);
          person.add(member);
          typesOf(tree).put("Person", person);
        },
        "types.Person[2] must be an object with exactly a string name and a string type");
  }

  // ---------------------------------------------------------------- refused values

  @Test
  void valueOutOfRangeForUint8_isRejected() {
    for (Object tooLarge : List.of(256, "256", "0x100", BigInteger.valueOf(1000))) {
      assertSingleMemberRejected("uint8", tooLarge, "message.value is out of range for uint8");
    }
    assertSingleMemberRejected("uint8", -1, "out of range for uint8 (0 to 2^8-1)");
  }

  @Test
  void valueOutOfRangeForInt8_isRejected() {
    assertSingleMemberRejected("int8", 128, "out of range for int8 (-2^7 to 2^7-1)");
    assertSingleMemberRejected("int8", -129, "out of range for int8");
    assertSingleMemberRejected(
        "uint256", BigInteger.ONE.shiftLeft(256), "out of range for uint256");
  }

  @Test
  void wrongFixedArrayLength_isRejected() {
    assertSingleMemberRejected(
        "bool[2]", List.of(true, false, true), "message.value has 3 elements but bool[2] needs 2");
    assertSingleMemberRejected(
        "uint8[2][]", List.of(List.of(1, 2), List.of(3)), "message.value[1] has 1 elements but uint8[2] needs 2");
  }

  @Test
  void wrongBytesNLength_isRejected() {
    assertSingleMemberRejected("bytes4", "0xdeadbeef00", "is 5 bytes but bytes4 needs 4");
    assertSingleMemberRejected("bytes32", "0x00", "is 1 bytes but bytes32 needs 32");
  }

  @Test
  void malformedHex_isRejected() {
    assertSingleMemberRejected("bytes", "0xabc", "odd number of hex digits");
    assertSingleMemberRejected("bytes", "deadbeef", "must be hex starting with 0x");
    assertSingleMemberRejected("bytes", "0xzz", "not a hex digit");
  }

  @Test
  void badAddressChecksumInMessage_isRejected() {
    assertRejected(
        MAIL,
        tree ->
            objectAt(messageOf(tree), "from")
                .put("wallet", "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"),
        "message.from.wallet",
        "checksum");
  }

  @Test
  void malformedNumbers_areRejected() {
    assertSingleMemberRejected("uint256", 1.0, "java.lang.Double");
    assertSingleMemberRejected("uint256", new BigDecimal("1.5"), "fractional part");
    assertSingleMemberRejected("uint256", new BigDecimal("1E+1000000"), "too large");
    assertSingleMemberRejected("uint256", "", "not a decimal or 0x-hex integer");
    assertSingleMemberRejected("uint256", "12abc", "not a decimal or 0x-hex integer");
    assertSingleMemberRejected("uint256", "1e18", "not a decimal or 0x-hex integer");
    assertSingleMemberRejected("uint256", "0x", "not a decimal or 0x-hex integer");
    assertSingleMemberRejected("uint256", "1".repeat(101), "too long");
    assertSingleMemberRejected("uint256", true, "must be a number");
  }

  @Test
  void boolOtherThanABoolean_isRejected() {
    for (Object notBoolean : List.of("true", 1, "false")) {
      assertSingleMemberRejected("bool", notBoolean, "must be true or false");
    }
  }

  @Test
  void wrongShapes_areRejected() {
    assertSingleMemberRejected("string", 5, "message.value must be a string");
    assertSingleMemberRejected("uint8[]", 5, "message.value must be an array (uint8[])");
    assertRejected(
        MAIL, tree -> messageOf(tree).put("from", "Cow"), "message.from must be an object (Person)");
  }

  @Test
  void missingMember_isRejected() {
    assertRejected(
        MAIL,
        tree -> messageOf(tree).remove("contents"),
        "message.contents is missing (type Mail declares it as string)");
  }

  @Test
  void memberTheTypeDoesNotDeclare_isRejected() {
    assertRejected(
        MAIL,
        tree -> messageOf(tree).put("bcc", "Eve"),
        "message has a member bcc that type Mail does not declare");
    assertRejected(
        MAIL,
        tree -> domainOf(tree).put("salt", "0x00"),
        "domain has a member salt that type EIP712Domain does not declare");
  }

  @Test
  void nullValue_isRejected() {
    assertRejected(MAIL, tree -> messageOf(tree).put("contents", null), "message.contents is null");
  }

  @Test
  void deeplyNestedValue_isRejected() {
    Object nested = 1;
    for (int i = 0; i < 200; i++) {
      nested = List.of(nested);
    }
    assertSingleMemberRejected("uint8[]", nested, "nests deeper than 64 levels");
  }

  @Test
  void tooManyTypes_areRejected() {
    assertRejected(
        MAIL,
        tree -> {
          for (int i = 0; i < 300; i++) {
            typesOf(tree).put("Extra" + i, members("value", "uint8"));
          }
        },
        "more than the 256 allowed");
  }

  @Test
  void oversizedDeclarations_areRejected() {
    assertRejected(
        MAIL,
        tree -> {
          List<String> namesAndTypes = new ArrayList<>();
          for (int i = 0; i < 6000; i++) {
            namesAndTypes.add("member" + i);
            namesAndTypes.add("string");
          }
          typesOf(tree).put("Person", members(namesAndTypes.toArray(String[]::new)));
        },
        "more than the 65536 characters allowed");
  }

  @Test
  void hashStructOfAnUndefinedType_isRejected() {
    Eip712TypedData mail = Eip712TypedData.of(EthereumVectors.tree(MAIL));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Eip712.hashStruct(mail, "Letter", Map.of()));
    assertTrue(e.getMessage().contains("Letter is not defined"), e.getMessage());
  }

  // ---------------------------------------------------------------- helpers

  /** Typed data whose message is a {@code Single} struct with one member {@code value}. */
  private static Map<String, Object> singleMember(String type, Object value) {
    Map<String, Object> tree = EthereumVectors.tree(MAIL);
    typesOf(tree).put("Single", members("value", type));
    tree.put("primaryType", "Single");
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("value", value);
    tree.put("message", message);
    return tree;
  }

  private static byte[] hashOfSingleMember(String type, Object value) {
    return Eip712TypedData.of(singleMember(type, value)).hashStruct();
  }

  private static void assertSingleMemberRejected(String type, Object value, String... fragments) {
    assertMessageContains(
        assertThrows(
            IllegalArgumentException.class, () -> Eip712TypedData.of(singleMember(type, value))),
        fragments);
  }

  private static Map<String, Object> withTypes(String structs, String primaryType, String message) {
    Map<String, Object> tree = EthereumVectors.tree(MAIL);
    Map<String, Object> types = EthereumVectors.tree(structs);
    types.put("EIP712Domain", typesOf(tree).get("EIP712Domain"));
    tree.put("types", types);
    tree.put("primaryType", primaryType);
    tree.put("message", EthereumVectors.tree(message));
    return tree;
  }

  private static void assertRejected(
      String json, Consumer<Map<String, Object>> change, String... fragments) {
    Map<String, Object> tree = EthereumVectors.tree(json);
    change.accept(tree);
    assertMessageContains(
        assertThrows(IllegalArgumentException.class, () -> Eip712TypedData.of(tree)), fragments);
  }

  private static void assertMessageContains(IllegalArgumentException e, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "expected \"" + fragment + "\" in: " + e.getMessage());
    }
  }

  /** A member list from alternating names and types. */
  private static List<Object> members(String... namesAndTypes) {
    List<Object> members = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("name", namesAndTypes[i]);
      member.put("type", namesAndTypes[i + 1]);
      members.add(member);
    }
    return members;
  }

  private static Map<String, Object> typesOf(Map<String, Object> tree) {
    return objectAt(tree, "types");
  }

  private static Map<String, Object> messageOf(Map<String, Object> tree) {
    return objectAt(tree, "message");
  }

  private static Map<String, Object> domainOf(Map<String, Object> tree) {
    return objectAt(tree, "domain");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectAt(Map<String, Object> tree, String key) {
    return (Map<String, Object>) tree.get(key);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A 32-byte big-endian word holding a small non-negative integer. */
  private static byte[] word(int value) {
    byte[] word = new byte[32];
    byte[] raw = BigInteger.valueOf(value).toByteArray();
    int copied = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copied, word, 32 - copied, copied);
    return word;
  }

  private static byte[] leftPad(byte[] bytes) {
    byte[] word = new byte[32];
    System.arraycopy(bytes, 0, word, 32 - bytes.length, bytes.length);
    return word;
  }

  /** Bouncy Castle's Keccak-256 of the concatenation of {@code parts}. */
  private static byte[] keccak(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    byte[] input = all.toByteArray();
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
