package dev.tandem.domain.ethereum;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The struct types of one piece of EIP-712 typed data, checked once, and the encoding rules over
 * them: {@code encodeType}, {@code typeHash}, {@code encodeData} and {@code hashStruct}.
 *
 * <p>Member values are checked as they are encoded; {@link Eip712TypedData} lists the forms taken
 * and where they differ from ethers.
 */
final class Eip712Types {
  static final String DOMAIN_TYPE = "EIP712Domain";

  private static final int WORD_BYTES = 32;
  private static final BigInteger TWO_TO_THE_256 = BigInteger.ONE.shiftLeft(256);

  /**
   * A Solidity identifier of at most 128 characters: what a struct or member name must be to appear
   * in encodeType (and short enough to repeat in an exception message).
   */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,127}");

  /** Names that belong to atomic types (and their malformed widths), so never to a struct. */
  private static final Pattern ATOMIC_LOOKING =
      Pattern.compile("address|bool|string|bytes[0-9]*|u?int[0-9]*");

  private static final Pattern SIZED_INTEGER = Pattern.compile("(u?)int([1-9][0-9]{0,2})");
  private static final Pattern FIXED_BYTES = Pattern.compile("bytes([1-9][0-9]?)");
  private static final Pattern ARRAY_SUFFIX = Pattern.compile("\\[([1-9][0-9]{0,8})?\\]");

  /**
   * The most struct types typed data may declare, and the most characters their declarations ({@code
   * Name(type1 name1,...)}) may take in all. Real requests declare a handful of short types; the
   * limits keep a hostile one from making the encodeType strings, each of which repeats every type
   * it depends on, grow with the square of its size.
   */
  static final int MAX_TYPES = 256;

  static final int MAX_DECLARATION_CHARACTERS = 64 * 1024;

  /** The longest integer given as a string: a uint256 is 78 decimal digits, or 0x and 64 hex. */
  private static final int MAX_NUMBER_STRING_LENGTH = 100;

  private static final Pattern NUMBER_STRING =
      Pattern.compile("(-?)(?:0[xX]([0-9a-fA-F]+)|([0-9]+))");

  /** A member of a struct type, as the {@code types} JSON declares it. */
  record Member(String name, String type) {}

  private enum AtomicKind {
    ADDRESS,
    BOOL,
    STRING,
    BYTES,
    FIXED_BYTES,
    UINT,
    INT
  }

  /** An atomic type; {@code size} is bits for integers, bytes for {@code bytesN}, else 0. */
  private record AtomicType(AtomicKind kind, int size) {}

  /**
   * A member type: a base type (atomic, or a struct when {@code atomic} is null) with array
   * dimensions in written order, -1 for a dynamic one: {@code Leg[2][]} is a dynamic array of
   * {@code Leg[2]}.
   */
  private record MemberType(String base, AtomicType atomic, List<Integer> dimensions) {
    boolean isStruct() {
      return atomic == null;
    }

    /** The type written with its first {@code dimensionCount} dimensions, for messages. */
    String withDimensions(int dimensionCount) {
      StringBuilder out = new StringBuilder(base);
      for (int i = 0; i < dimensionCount; i++) {
        out.append('[').append(dimensions.get(i) < 0 ? "" : dimensions.get(i)).append(']');
      }
      return out.toString();
    }
  }

  private final Map<String, List<Member>> structs;
  private final Map<String, List<MemberType>> memberTypes;
  private final Map<String, String> encodedTypes;
  private final Map<String, byte[]> typeHashes;

  private Eip712Types(
      Map<String, List<Member>> structs,
      Map<String, List<MemberType>> memberTypes,
      Map<String, String> encodedTypes,
      Map<String, byte[]> typeHashes) {
    this.structs = structs;
    this.memberTypes = memberTypes;
    this.encodedTypes = encodedTypes;
    this.typeHashes = typeHashes;
  }

  /**
   * Checks the {@code types} member of typed data, already copied by {@link TypedDataTree}: every
   * type a map from name to a list of {@code {name, type}} members, names that are identifiers and
   * unique, member types that are atomic or defined, {@code EIP712Domain} present, and no type that
   * refers back to itself.
   *
   * @throws IllegalArgumentException naming the type and member that is wrong
   */
  static Eip712Types fromJson(Object typesJson) {
    if (!(typesJson instanceof Map<?, ?> typesMap) || typesMap.isEmpty()) {
      throw new IllegalArgumentException("types must be a non-empty object");
    }
    if (typesMap.size() > MAX_TYPES) {
      throw new IllegalArgumentException(
          "types declares " + typesMap.size() + " types, more than the " + MAX_TYPES + " allowed");
    }
    Map<String, List<Member>> structs = new LinkedHashMap<>();
    int declarationCharacters = 0;
    for (Map.Entry<?, ?> entry : typesMap.entrySet()) {
      String typeName = (String) entry.getKey();
      requireStructName(typeName);
      List<Member> members = members(typeName, entry.getValue());
      declarationCharacters += declaration(typeName, members).length();
      if (declarationCharacters > MAX_DECLARATION_CHARACTERS) {
        throw new IllegalArgumentException(
            "types declarations take more than the "
                + MAX_DECLARATION_CHARACTERS
                + " characters allowed in all");
      }
      structs.put(typeName, members);
    }
    if (!structs.containsKey(DOMAIN_TYPE)) {
      throw new IllegalArgumentException("types has no " + DOMAIN_TYPE);
    }

    Map<String, List<MemberType>> memberTypes = new HashMap<>();
    for (Map.Entry<String, List<Member>> struct : structs.entrySet()) {
      List<MemberType> parsed = new ArrayList<>();
      for (Member member : struct.getValue()) {
        parsed.add(parseMemberType(struct.getKey(), member, structs.keySet()));
      }
      memberTypes.put(struct.getKey(), List.copyOf(parsed));
    }
    requireNoCycles(memberTypes);

    Map<String, String> encodedTypes = new HashMap<>();
    Map<String, byte[]> typeHashes = new HashMap<>();
    for (String typeName : structs.keySet()) {
      String encoded = encodeType(typeName, structs, memberTypes);
      encodedTypes.put(typeName, encoded);
      typeHashes.put(typeName, Keccak256.hash(encoded.getBytes(StandardCharsets.UTF_8)));
    }
    return new Eip712Types(
        Collections.unmodifiableMap(structs),
        Map.copyOf(memberTypes),
        Map.copyOf(encodedTypes),
        Map.copyOf(typeHashes));
  }

  boolean isDefined(String typeName) {
    return structs.containsKey(typeName);
  }

  /**
   * {@code encodeType}: {@code Name(type1 name1,type2 name2)} for the type itself, followed by the
   * same for every struct type it refers to, directly or not, sorted by name.
   */
  String encodeType(String typeName) {
    return encodedTypes.get(requireDefined(typeName));
  }

  /** {@code typeHash} = keccak256(encodeType). */
  byte[] typeHash(String typeName) {
    return typeHashes.get(requireDefined(typeName)).clone();
  }

  /**
   * {@code hashStruct} = keccak256(typeHash ‖ encodeData(value)).
   *
   * @param value a tree copied by {@link TypedDataTree}
   * @param path where {@code value} sits, for exception messages
   * @throws IllegalArgumentException naming the path of the first value that does not fit its type
   */
  byte[] hashStruct(String typeName, Map<String, Object> value, String path) {
    requireDefined(typeName);
    return hashStructOfDefined(typeName, value, path);
  }

  private String requireDefined(String typeName) {
    if (!structs.containsKey(typeName)) {
      throw new IllegalArgumentException(
          "type " + TypedDataTree.shorten(typeName) + " is not defined in types");
    }
    return typeName;
  }

  /**
   * Recursion here follows the value tree, one level per call, so its depth is bounded by {@link
   * TypedDataTree#MAX_DEPTH}.
   */
  private byte[] hashStructOfDefined(String typeName, Map<String, Object> value, String path) {
    List<Member> members = structs.get(typeName);
    for (String key : value.keySet()) {
      if (members.stream().noneMatch(member -> member.name().equals(key))) {
        throw new IllegalArgumentException(
            path
                + " has a member "
                + TypedDataTree.shorten(key)
                + " that type "
                + typeName
                + " does not declare (it would not be signed)");
      }
    }
    Keccak256 hash = new Keccak256().update(typeHashes.get(typeName));
    List<MemberType> types = memberTypes.get(typeName);
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      String memberPath = TypedDataTree.memberPath(path, member.name());
      Object memberValue = value.get(member.name());
      if (memberValue == null) {
        throw new IllegalArgumentException(
            memberPath + " is missing (type " + typeName + " declares it as " + member.type() + ")");
      }
      MemberType type = types.get(i);
      hash.update(encodeValue(type, type.dimensions().size(), memberValue, memberPath));
    }
    return hash.digest();
  }

  /**
   * The 32-byte encoding of one value as a struct member or array element: atomic values padded to a
   * word, {@code string} and {@code bytes} hashed, structs by {@code hashStruct}, and arrays as the
   * hash of their elements' encodings.
   */
  private byte[] encodeValue(MemberType type, int dimensionCount, Object value, String path) {
    if (dimensionCount > 0) {
      String arrayType = type.withDimensions(dimensionCount);
      if (!(value instanceof List<?> elements)) {
        throw new IllegalArgumentException(path + " must be an array (" + arrayType + ")");
      }
      int fixedLength = type.dimensions().get(dimensionCount - 1);
      if (fixedLength >= 0 && elements.size() != fixedLength) {
        throw new IllegalArgumentException(
            path + " has " + elements.size() + " elements but " + arrayType + " needs " + fixedLength);
      }
      Keccak256 hash = new Keccak256();
      for (int i = 0; i < elements.size(); i++) {
        hash.update(
            encodeValue(type, dimensionCount - 1, elements.get(i), path + "[" + i + "]"));
      }
      return hash.digest();
    }
    if (type.isStruct()) {
      if (!(value instanceof Map<?, ?>)) {
        throw new IllegalArgumentException(path + " must be an object (" + type.base() + ")");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> struct = (Map<String, Object>) value;
      return hashStructOfDefined(type.base(), struct, path);
    }
    return encodeAtomic(type.atomic(), type.base(), value, path);
  }

  private static byte[] encodeAtomic(AtomicType type, String typeName, Object value, String path) {
    return switch (type.kind()) {
      case ADDRESS -> leftPadded(address(requireString(value, typeName, path), path));
      case BOOL -> {
        if (!(value instanceof Boolean bool)) {
          throw new IllegalArgumentException(path + " must be true or false (bool)");
        }
        byte[] word = new byte[WORD_BYTES];
        word[WORD_BYTES - 1] = (byte) (bool ? 1 : 0);
        yield word;
      }
      case STRING -> Keccak256.hash(Utf8.encode(requireString(value, typeName, path), path));
      case BYTES -> Keccak256.hash(HexStrings.parseHex0x(requireString(value, typeName, path), path));
      case FIXED_BYTES -> {
        byte[] bytes = HexStrings.parseHex0x(requireString(value, typeName, path), path);
        if (bytes.length != type.size()) {
          throw new IllegalArgumentException(
              path + " is " + bytes.length + " bytes but " + typeName + " needs " + type.size());
        }
        byte[] word = new byte[WORD_BYTES];
        System.arraycopy(bytes, 0, word, 0, bytes.length);
        yield word;
      }
      case UINT, INT -> encodeInteger(type, typeName, value, path);
    };
  }

  private static byte[] address(String text, String path) {
    try {
      return Eip55.parseAddress(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static byte[] encodeInteger(AtomicType type, String typeName, Object value, String path) {
    BigInteger integer = integerValue(value, typeName, path);
    boolean signed = type.kind() == AtomicKind.INT;
    BigInteger min = signed ? BigInteger.ONE.shiftLeft(type.size() - 1).negate() : BigInteger.ZERO;
    BigInteger max =
        BigInteger.ONE.shiftLeft(signed ? type.size() - 1 : type.size()).subtract(BigInteger.ONE);
    if (integer.compareTo(min) < 0 || integer.compareTo(max) > 0) {
      String range =
          signed
              ? "-2^" + (type.size() - 1) + " to 2^" + (type.size() - 1) + "-1"
              : "0 to 2^" + type.size() + "-1";
      throw new IllegalArgumentException(path + " is out of range for " + typeName + " (" + range + ")");
    }
    // Negative values are encoded in 256-bit two's complement, as the ABI sign-extends them.
    BigInteger unsigned = integer.signum() < 0 ? integer.add(TWO_TO_THE_256) : integer;
    byte[] magnitude = unsigned.toByteArray();
    byte[] word = new byte[WORD_BYTES];
    int copied = Math.min(magnitude.length, WORD_BYTES);
    System.arraycopy(magnitude, magnitude.length - copied, word, WORD_BYTES - copied, copied);
    return word;
  }

  /**
   * An integer given as a JSON number (already a {@link BigInteger} after {@link TypedDataTree}) or
   * as a string of decimal digits or {@code 0x} hex, with an optional leading minus, as ethers'
   * {@code getBigInt} accepts.
   */
  private static BigInteger integerValue(Object value, String typeName, String path) {
    if (value instanceof BigInteger integer) {
      return integer;
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(
          path + " must be a number or a decimal or 0x-hex string (" + typeName + ")");
    }
    if (text.length() > MAX_NUMBER_STRING_LENGTH) {
      throw new IllegalArgumentException(
          path + " is a number string of " + text.length() + " characters, too long for " + typeName);
    }
    Matcher matcher = NUMBER_STRING.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          path + " is a string but not a decimal or 0x-hex integer (" + typeName + ")");
    }
    BigInteger magnitude =
        matcher.group(2) != null
            ? new BigInteger(matcher.group(2), 16)
            : new BigInteger(matcher.group(3), 10);
    return matcher.group(1).isEmpty() ? magnitude : magnitude.negate();
  }

  private static String requireString(Object value, String typeName, String path) {
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(path + " must be a string (" + typeName + ")");
    }
    return text;
  }

  private static byte[] leftPadded(byte[] bytes) {
    byte[] word = new byte[WORD_BYTES];
    System.arraycopy(bytes, 0, word, WORD_BYTES - bytes.length, bytes.length);
    return word;
  }

  private static void requireStructName(String typeName) {
    if (!IDENTIFIER.matcher(typeName).matches()) {
      throw new IllegalArgumentException(
          "types has a type name that is not an identifier (letters, digits, _ and $, at most 128): "
              + TypedDataTree.shorten(typeName));
    }
    if (ATOMIC_LOOKING.matcher(typeName).matches()) {
      throw new IllegalArgumentException(
          "types defines " + typeName + ", a name reserved for an atomic type");
    }
  }

  private static List<Member> members(String typeName, Object membersJson) {
    if (!(membersJson instanceof List<?> list)) {
      throw new IllegalArgumentException("types." + typeName + " must be an array of members");
    }
    List<Member> members = new ArrayList<>(list.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "types." + typeName + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> memberJson)
          || memberJson.size() != 2
          || !(memberJson.get("name") instanceof String name)
          || !(memberJson.get("type") instanceof String type)) {
        throw new IllegalArgumentException(
            path + " must be an object with exactly a string name and a string type");
      }
      if (!IDENTIFIER.matcher(name).matches()) {
        throw new IllegalArgumentException(
            path + " has a name that is not an identifier (letters, digits, _ and $, at most 128)");
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException(
            "types." + typeName + " declares member " + name + " more than once");
      }
      members.add(new Member(name, type));
    }
    return List.copyOf(members);
  }

  private static MemberType parseMemberType(String typeName, Member member, Set<String> defined) {
    String written = member.type();
    int bracket = written.indexOf('[');
    String base = bracket < 0 ? written : written.substring(0, bracket);
    List<Integer> dimensions = new ArrayList<>();
    if (bracket >= 0) {
      Matcher suffix = ARRAY_SUFFIX.matcher(written);
      int position = bracket;
      while (position < written.length()) {
        suffix.region(position, written.length());
        if (!suffix.lookingAt()) {
          throw new IllegalArgumentException(
              "types."
                  + typeName
                  + "."
                  + member.name()
                  + " has type "
                  + TypedDataTree.shorten(written)
                  + ", whose array suffix is not [] or [n] with n from 1");
        }
        dimensions.add(suffix.group(1) == null ? -1 : Integer.parseInt(suffix.group(1)));
        position = suffix.end();
      }
    }
    AtomicType atomic = atomicType(base);
    if (atomic == null && !defined.contains(base)) {
      throw new IllegalArgumentException(
          "types."
              + typeName
              + "."
              + member.name()
              + " has type "
              + TypedDataTree.shorten(written)
              + ", but "
              + TypedDataTree.shorten(base)
              + " is neither an EIP-712 atomic type nor defined in types");
    }
    return new MemberType(base, atomic, List.copyOf(dimensions));
  }

  /** The atomic type named {@code base}, or null when it names no atomic type. */
  private static AtomicType atomicType(String base) {
    AtomicType unsized =
        switch (base) {
          case "address" -> new AtomicType(AtomicKind.ADDRESS, 0);
          case "bool" -> new AtomicType(AtomicKind.BOOL, 0);
          case "string" -> new AtomicType(AtomicKind.STRING, 0);
          case "bytes" -> new AtomicType(AtomicKind.BYTES, 0);
          default -> null;
        };
    if (unsized != null) {
      return unsized;
    }
    Matcher fixedBytes = FIXED_BYTES.matcher(base);
    if (fixedBytes.matches()) {
      int size = Integer.parseInt(fixedBytes.group(1));
      return size <= WORD_BYTES ? new AtomicType(AtomicKind.FIXED_BYTES, size) : null;
    }
    Matcher integer = SIZED_INTEGER.matcher(base);
    if (integer.matches()) {
      int bits = Integer.parseInt(integer.group(2));
      if (bits % 8 != 0 || bits > 256) {
        return null;
      }
      return new AtomicType(integer.group(1).isEmpty() ? AtomicKind.INT : AtomicKind.UINT, bits);
    }
    return null;
  }

  /**
   * Refuses types that refer to themselves, directly or through others (including through arrays,
   * {@code Node[]} inside {@code Node}): their encodeType and their values would have no end.
   * Removes, again and again, the types whose struct members are all removed already; whatever is
   * left lies on or behind a cycle.
   */
  private static void requireNoCycles(Map<String, List<MemberType>> memberTypes) {
    Map<String, Set<String>> pending = new HashMap<>();
    Map<String, Set<String>> referrers = new HashMap<>();
    Deque<String> resolved = new ArrayDeque<>();
    for (Map.Entry<String, List<MemberType>> struct : memberTypes.entrySet()) {
      Set<String> references = new HashSet<>();
      for (MemberType type : struct.getValue()) {
        if (type.isStruct()) {
          references.add(type.base());
          referrers.computeIfAbsent(type.base(), name -> new HashSet<>()).add(struct.getKey());
        }
      }
      pending.put(struct.getKey(), references);
      if (references.isEmpty()) {
        resolved.add(struct.getKey());
      }
    }
    while (!resolved.isEmpty()) {
      String done = resolved.poll();
      for (String referrer : referrers.getOrDefault(done, Set.of())) {
        Set<String> references = pending.get(referrer);
        if (references.remove(done) && references.isEmpty()) {
          resolved.add(referrer);
        }
      }
    }
    Set<String> cyclic = new TreeSet<>();
    pending.forEach(
        (name, references) -> {
          if (!references.isEmpty()) {
            cyclic.add(name);
          }
        });
    if (!cyclic.isEmpty()) {
      throw new IllegalArgumentException(
          "types refer to themselves in a cycle, among " + String.join(", ", cyclic));
    }
  }

  private static String encodeType(
      String typeName,
      Map<String, List<Member>> structs,
      Map<String, List<MemberType>> memberTypes) {
    Set<String> referenced = new TreeSet<>();
    Deque<String> toVisit = new ArrayDeque<>(List.of(typeName));
    while (!toVisit.isEmpty()) {
      for (MemberType type : memberTypes.get(toVisit.pop())) {
        if (type.isStruct() && !type.base().equals(typeName) && referenced.add(type.base())) {
          toVisit.push(type.base());
        }
      }
    }
    StringBuilder out = new StringBuilder(declaration(typeName, structs.get(typeName)));
    for (String name : referenced) {
      out.append(declaration(name, structs.get(name)));
    }
    return out.toString();
  }

  /** {@code Name(type1 name1,type2 name2)}: one struct's part of encodeType. */
  private static String declaration(String typeName, List<Member> members) {
    StringBuilder out = new StringBuilder(typeName).append('(');
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(members.get(i).type()).append(' ').append(members.get(i).name());
    }
    return out.append(')').toString();
  }
}
