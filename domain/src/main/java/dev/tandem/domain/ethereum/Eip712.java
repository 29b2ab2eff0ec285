package dev.tandem.domain.ethereum;

import java.util.Map;
import java.util.Objects;

/**
 * EIP-712 typed structured data hashing, version 4 as {@code eth_signTypedData_v4} applies it:
 * {@code encodeType}, {@code typeHash}, {@code hashStruct} and the final {@code 0x19 0x01} digest.
 *
 * <p>{@link Eip712TypedData} is the usual entry point: it checks a whole request and answers its
 * domain separator, message hash and digest. This class exposes the steps for other structs of the
 * same types and for digests built from hashes computed elsewhere.
 */
public final class Eip712 {
  /** The struct type that describes the signing domain. */
  public static final String DOMAIN_TYPE = Eip712Types.DOMAIN_TYPE;

  private static final int HASH_LENGTH = Keccak256.DIGEST_LENGTH;

  private Eip712() {}

  /**
   * keccak256({@code 0x19 0x01} ‖ domainSeparator ‖ messageHash): the EIP-191 version {@code 0x01}
   * envelope that EIP-712 signs.
   *
   * @param domainSeparator hashStruct of the domain, 32 bytes
   * @param messageHash hashStruct of the message, 32 bytes
   * @throws IllegalArgumentException if either is not 32 bytes
   */
  public static byte[] digest(byte[] domainSeparator, byte[] messageHash) {
    requireHash(domainSeparator, "domainSeparator");
    requireHash(messageHash, "messageHash");
    return new Keccak256()
        .update((byte) 0x19)
        .update((byte) 0x01)
        .update(domainSeparator)
        .update(messageHash)
        .digest();
  }

  /**
   * {@code encodeType(typeName)} over the types of {@code typedData}: {@code
   * Name(type1 name1,...)}, followed by every struct type it refers to, directly or not, sorted by
   * name.
   *
   * @throws IllegalArgumentException if {@code typeName} is not defined
   */
  public static String encodeType(Eip712TypedData typedData, String typeName) {
    Objects.requireNonNull(typedData, "typedData");
    Objects.requireNonNull(typeName, "typeName");
    return typedData.types().encodeType(typeName);
  }

  /**
   * {@code typeHash(typeName)} = keccak256(encodeType(typeName)), 32 bytes.
   *
   * @throws IllegalArgumentException if {@code typeName} is not defined
   */
  public static byte[] typeHash(Eip712TypedData typedData, String typeName) {
    Objects.requireNonNull(typedData, "typedData");
    Objects.requireNonNull(typeName, "typeName");
    return typedData.types().typeHash(typeName);
  }

  /**
   * {@code hashStruct(typeName, value)} = keccak256(typeHash ‖ encodeData(value)) over the types of
   * {@code typedData}, for a value given as the same kind of JSON-like tree as {@link
   * Eip712TypedData#of}.
   *
   * @throws IllegalArgumentException if {@code typeName} is not defined or {@code value} does not
   *     fit it
   */
  public static byte[] hashStruct(
      Eip712TypedData typedData, String typeName, Map<String, ?> value) {
    Objects.requireNonNull(typedData, "typedData");
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(value, "value");
    return typedData.types().hashStruct(typeName, TypedDataTree.copyObject(value, "value"), "value");
  }

  private static void requireHash(byte[] hash, String name) {
    Objects.requireNonNull(hash, name);
    if (hash.length != HASH_LENGTH) {
      throw new IllegalArgumentException(
          name + " must be " + HASH_LENGTH + " bytes, got " + hash.length);
    }
  }
}
