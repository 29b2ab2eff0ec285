package dev.tandem.domain.ethereum;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the JSON-like tree a caller built from typed-data JSON into an unmodifiable tree that later
 * code can trust: maps with string keys, lists, strings, booleans, and every number as an exact
 * {@link BigInteger}.
 */
final class TypedDataTree {
  /**
   * The deepest nesting accepted. Real typed data nests a handful of levels; the limit keeps a
   * hostile request from exhausting the stack of the code that walks the tree.
   */
  static final int MAX_DEPTH = 64;

  /**
   * The most decimal digits a {@link BigDecimal} may have before its point: a uint256 has 78, and a
   * number like {@code 1E+1000000} is refused before it is expanded into a {@link BigInteger}.
   */
  private static final int MAX_INTEGER_DIGITS = 100;

  /** The longest name an exception message repeats whole. */
  private static final int MAX_SHOWN_NAME_LENGTH = 64;

  private TypedDataTree() {}

  /**
   * An unmodifiable deep copy of the object {@code value}.
   *
   * @param path where {@code value} sits, for exception messages ({@code "message.legs[1]"})
   * @throws IllegalArgumentException if {@code value} is not a map or anything inside it is not a
   *     map with string keys, a list, a string, a boolean or an integer number
   */
  static Map<String, Object> copyObject(Object value, String path) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(path + " must be an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) copy(value, path, 0);
    return copy;
  }

  /** Joins a parent path and a member name into a path. */
  static String memberPath(String parent, String member) {
    return parent.isEmpty() ? shorten(member) : parent + "." + shorten(member);
  }

  /** {@code name}, cut short if it is too long to repeat in an exception message. */
  static String shorten(String name) {
    return name.length() <= MAX_SHOWN_NAME_LENGTH
        ? name
        : name.substring(0, MAX_SHOWN_NAME_LENGTH) + "... (" + name.length() + " characters)";
  }

  private static Object copy(Object value, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(path + " nests deeper than " + MAX_DEPTH + " levels");
    }
    if (value == null) {
      throw new IllegalArgumentException(path + " is null");
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return exactInteger(number, path);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(path + " has a key that is not a string");
        }
        copy.put(key, copy(entry.getValue(), memberPath(path, key), depth + 1));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copy(list.get(i), path + "[" + i + "]", depth + 1));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        path
            + " is a "
            + value.getClass().getName()
            + "; typed data holds only maps, lists, strings, booleans and integers");
  }

  private static BigInteger exactInteger(Number number, String path) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte) {
      return BigInteger.valueOf(number.longValue());
    }
    if (number instanceof BigInteger big) {
      return big;
    }
    if (number instanceof BigDecimal decimal) {
      BigDecimal stripped = decimal.stripTrailingZeros();
      if (stripped.scale() > 0) {
        throw new IllegalArgumentException(path + " is a number with a fractional part");
      }
      if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
        throw new IllegalArgumentException(path + " is too large a number");
      }
      return stripped.toBigIntegerExact();
    }
    throw new IllegalArgumentException(
        path
            + " is a "
            + number.getClass().getName()
            + "; give numbers as Integer, Long, BigInteger, a BigDecimal without fraction, or a"
            + " decimal or 0x-hex string");
  }
}
