package dev.tandem.domain.ethereum;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * EIP-712 typed data as {@code eth_signTypedData_v4} receives it, checked in full and hashed once
 * when it is made.
 *
 * <p>The caller parses the standard JSON ({@code {"types": {...}, "primaryType": "...", "domain":
 * {...}, "message": {...}}}, with {@code EIP712Domain} among the types) into a tree of {@link Map}s,
 * {@link java.util.List}s, {@link String}s, {@link Boolean}s and integer {@link Number}s ({@link
 * Integer}, {@link Long}, {@link java.math.BigInteger}, or a {@link java.math.BigDecimal} without
 * fraction); this module has no JSON library. {@link #of} copies that tree, so later changes to the
 * caller's maps have no effect, and refuses anything that would not hash to a well-defined digest:
 * a missing part, an undefined or cyclic type, a value that does not fit its type. Once made, the
 * value answers {@link #domainSeparator()}, {@link #hashStruct()} and {@link #digest()} without
 * further checks.
 *
 * <p>Values take the forms ethers' {@code TypedDataEncoder} takes: integers as JSON numbers or as
 * decimal or {@code 0x}-hex strings (with an optional minus), {@code bytes} and {@code bytesN} as
 * {@code 0x}-hex strings of exact length, addresses as {@code 0x} and 40 hex digits, checked against
 * EIP-55 when mixed case. Where ethers is more lenient, this is stricter, because a signer must not
 * approve something other than what is signed: a member its type does not declare, a {@code bool}
 * that is not a boolean, a binary floating-point number, an address without {@code 0x}, a struct
 * member left out, an unknown top-level key, and a {@code primaryType} of {@code EIP712Domain} (a
 * domain-only signature) are refused, and so are the type names {@code uint} and {@code int},
 * which ethers hashes as {@code uint256} and {@code int256} but other wallets hash as written. Only
 * version 4 semantics exist here: arrays and nested structs
 * are encoded, and a negative {@code intN} is encoded in two's complement.
 *
 * <p>So that a hostile request costs little to refuse, the tree may nest at most 64 levels, and
 * {@code types} may declare at most 256 types whose declarations take at most 64 Ki characters in
 * all; real requests stay far below each.
 */
public final class Eip712TypedData {
  private static final String TYPES = "types";
  private static final String PRIMARY_TYPE = "primaryType";
  private static final String DOMAIN = "domain";
  private static final String MESSAGE = "message";
  private static final Set<String> TOP_LEVEL_KEYS = Set.of(TYPES, PRIMARY_TYPE, DOMAIN, MESSAGE);

  private final Map<String, Object> tree;
  private final Eip712Types types;
  private final String primaryType;
  private final byte[] domainSeparator;
  private final byte[] hashStruct;
  private final byte[] digest;

  private Eip712TypedData(
      Map<String, Object> tree,
      Eip712Types types,
      String primaryType,
      byte[] domainSeparator,
      byte[] hashStruct) {
    this.tree = tree;
    this.types = types;
    this.primaryType = primaryType;
    this.domainSeparator = domainSeparator;
    this.hashStruct = hashStruct;
    this.digest = Eip712.digest(domainSeparator, hashStruct);
  }

  /**
   * Checks and hashes typed data given as a JSON-like tree.
   *
   * @throws IllegalArgumentException naming the part that is wrong, by its path ({@code
   *     "types.Mail.from"}, {@code "message.legs[1].qty"}) and what is expected of it
   */
  public static Eip712TypedData of(Map<String, ?> typedData) {
    Objects.requireNonNull(typedData, "typedData");
    Map<String, Object> tree = TypedDataTree.copyObject(typedData, "");
    for (String key : tree.keySet()) {
      if (!TOP_LEVEL_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "typed data has an unknown key "
                + TypedDataTree.shorten(key)
                + " (expected types, primaryType, domain and message)");
      }
    }
    for (String key : new String[] {TYPES, PRIMARY_TYPE, DOMAIN, MESSAGE}) {
      if (!tree.containsKey(key)) {
        throw new IllegalArgumentException("typed data has no " + key);
      }
    }

    Eip712Types types = Eip712Types.fromJson(tree.get(TYPES));
    if (!(tree.get(PRIMARY_TYPE) instanceof String primaryType)) {
      throw new IllegalArgumentException("primaryType must be a string");
    }
    if (!types.isDefined(primaryType)) {
      throw new IllegalArgumentException(
          "primaryType " + TypedDataTree.shorten(primaryType) + " is not defined in types");
    }
    if (primaryType.equals(Eip712Types.DOMAIN_TYPE)) {
      throw new IllegalArgumentException(
          "primaryType must be the message's type, not " + Eip712Types.DOMAIN_TYPE);
    }
    Map<String, Object> domain = requireObject(tree.get(DOMAIN), DOMAIN);
    Map<String, Object> message = requireObject(tree.get(MESSAGE), MESSAGE);

    byte[] domainSeparator = types.hashStruct(Eip712Types.DOMAIN_TYPE, domain, DOMAIN);
    byte[] hashStruct = types.hashStruct(primaryType, message, MESSAGE);
    return new Eip712TypedData(tree, types, primaryType, domainSeparator, hashStruct);
  }

  /** The name of the message's struct type. */
  public String primaryType() {
    return primaryType;
  }

  /** The domain, unmodifiable, with every number as a {@link java.math.BigInteger}. */
  public Map<String, Object> domain() {
    return objectAt(DOMAIN);
  }

  /** The message, unmodifiable, with every number as a {@link java.math.BigInteger}. */
  public Map<String, Object> message() {
    return objectAt(MESSAGE);
  }

  /**
   * The whole typed data ({@code types}, {@code primaryType}, {@code domain}, {@code message}),
   * unmodifiable, with every number as a {@link java.math.BigInteger}: ready to serialize back to
   * JSON.
   */
  public Map<String, Object> toMap() {
    return tree;
  }

  /** {@code domainSeparator} = hashStruct(EIP712Domain, domain): 32 bytes. */
  public byte[] domainSeparator() {
    return domainSeparator.clone();
  }

  /** {@code hashStruct(primaryType, message)}: 32 bytes. */
  public byte[] hashStruct() {
    return hashStruct.clone();
  }

  /**
   * The digest that {@code eth_signTypedData_v4} signs: keccak256({@code 0x19 0x01} ‖
   * domainSeparator ‖ hashStruct(message)), 32 bytes.
   */
  public byte[] digest() {
    return digest.clone();
  }

  Eip712Types types() {
    return types;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Eip712TypedData other && tree.equals(other.tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  /** The primary type and the digest; the message itself can be long. */
  @Override
  public String toString() {
    return "Eip712TypedData[primaryType="
        + primaryType
        + ", digest="
        + HexStrings.toHex0x(digest)
        + "]";
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> objectAt(String key) {
    return (Map<String, Object>) tree.get(key);
  }

  private static Map<String, Object> requireObject(Object value, String path) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(path + " must be an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) value;
    return object;
  }
}
