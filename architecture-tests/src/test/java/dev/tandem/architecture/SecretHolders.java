package dev.tandem.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What counts as holding a secret, for the rule "a class that holds a secret is never a record"
 * (a record's generated {@code toString}, {@code equals} and {@code hashCode} read every
 * component).
 *
 * <p>A <b>secret type</b> is a class that
 *
 * <ol>
 *   <li>resides in {@code <root>.domain.secret..} ({@code SecretBytes}, {@code KeyShare} and its
 *       four kinds, {@code BackupEncryptionKey}, {@code ExportedPrivateKey}), or
 *   <li>is <em>named like a secret</em>: a camel-case word of its simple name is {@code Secret},
 *       {@code Share(s)} (but not {@code Share} followed by {@code Pair}: a share pair's id or
 *       status is public), {@code Nonce(s)}, or the words {@code Private Key} in a row; unless the
 *       name says the value is public ({@code Public}, {@code Encrypted}, {@code Ciphertext},
 *       {@code Wrapped} anywhere, a {@code Round<n>} word: protocol messages are what a party
 *       sends its peer), or its last word names something that is not a value ({@code Id}, {@code
 *       Ids}, {@code Port}, {@code Proof}, {@code Record}, {@code Commitment}, {@code Status},
 *       {@code Exception}, {@code Repository}, {@code Kind}, {@code Type}, {@code Code}, {@code
 *       Command}, {@code Query}, {@code Result}, {@code Request}, {@code Response}, {@code Event},
 *       {@code Message}, {@code Document}: an adapter's stored document, whose secrets are sealed
 *       before they go in). Commands, results and documents are still checked by their fields. The name test applies to any class, so JDK types such as {@code
 *       java.security.PrivateKey} and {@code javax.crypto.SecretKey} are secret types too.
 * </ol>
 *
 * <p>A field (non-static) <b>holds a secret</b> when
 *
 * <ol>
 *   <li>its type, any type argument of it, or an array's component type is a secret type ({@code
 *       SecretBytes}, {@code Optional<ClientSigningShare>}, {@code KeyShare[]}); or
 *   <li>such a type is a class under {@code root} that itself has a field holding a secret
 *       (transitively: a record wrapping a {@code CustodianSigningShareRecord}, which is a final
 *       class that holds a share); or
 *   <li>its type is {@code BigInteger}, {@code BigInteger[]}, {@code byte[]} or {@code char[]} and
 *       its name is named like a secret: a camel-case word of it is {@code secret}, {@code
 *       private}, {@code share(s)}, {@code scalar}, {@code witness}, {@code seed}, {@code
 *       mnemonic}, {@code password} or {@code passphrase}, or, for {@code BigInteger}s only,
 *       {@code nonce} (an ECDSA k; a {@code byte[] nonce} is a cipher's public IV); and no word is
 *       {@code public}, {@code encrypted}, {@code ciphertext}, {@code wrapped}, {@code commitment},
 *       {@code proof}, {@code hash}, {@code id}, {@code index}, {@code count}, {@code size}, {@code
 *       length} or {@code bits}.
 * </ol>
 *
 * <p>So {@code record SigningSharePairId(String value)}, {@code record Signature(Curve curve,
 * BigInteger r, BigInteger s, int recoveryId)} and {@code record SignRound2Nonce(...)} with public
 * points are fine, while {@code record Bundle(SecretBytes material)}, {@code record
 * Key(BigInteger privateScalar)} and {@code record ShareState(...)} are not. Deliberately, a
 * record carrying a share ({@code record RecoverWalletCommand(WalletId id, ClientBackupShare
 * share)}) is refused too, although {@code KeyShare.toString} is redacted: holding a secret is
 * transitive, and a final class costs a few lines.
 */
public final class SecretHolders {
  private static final Pattern CAMEL_CASE =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_");
  private static final Pattern ROUND = Pattern.compile("Round\\d+");

  private static final Set<String> SECRET_NAME_WORDS =
      Set.of("Secret", "Secrets", "Share", "Shares", "Nonce", "Nonces");
  private static final Set<String> PUBLIC_NAME_WORDS =
      Set.of("Public", "Encrypted", "Ciphertext", "Wrapped");
  private static final Set<String> NOT_A_VALUE_LAST_WORDS =
      Set.of(
          "Id", "Ids", "Port", "Proof", "Record", "Commitment", "Status", "Exception",
          "Repository", "Kind", "Type", "Code", "Command", "Query", "Result", "Request",
          "Response", "Event", "Message", "Document");

  private static final Set<String> SECRET_FIELD_WORDS =
      Set.of(
          "secret", "private", "share", "shares", "scalar", "witness", "seed", "mnemonic",
          "password", "passphrase");
  private static final Set<String> SECRET_BIG_INTEGER_FIELD_WORDS = Set.of("nonce", "nonces");
  private static final Set<String> PUBLIC_FIELD_WORDS =
      Set.of(
          "public", "encrypted", "ciphertext", "wrapped", "commitment", "proof", "hash", "id",
          "index", "count", "size", "length", "bits");

  private SecretHolders() {}

  /** Classes in {@code <root>.domain.secret..} or named like a secret (see the class javadoc). */
  public static DescribedPredicate<JavaClass> secretByPackageOrName(String root) {
    return describe(
        "are in " + secretPackage(root) + ".. or are named like a secret",
        c -> isSecretType(c, root));
  }

  /** Reports every field that holds a secret (see the class javadoc). */
  public static ArchCondition<JavaClass> holdNoSecret(String root) {
    return new ArchCondition<>("hold no secret (SecretHolders)") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaField field : item.getFields()) {
          if (field.getModifiers().contains(JavaModifier.STATIC)) {
            continue;
          }
          Set<JavaClass> visiting = new HashSet<>();
          visiting.add(item);
          secretIn(field, root, visiting)
              .ifPresent(
                  why ->
                      events.add(
                          SimpleConditionEvent.violated(
                              item,
                              item.getName()
                                  + " is a record with field '"
                                  + field.getName()
                                  + "' that "
                                  + why
                                  + " in "
                                  + item.getSourceCodeLocation())));
        }
      }
    };
  }

  static boolean isSecretType(JavaClass c, String root) {
    JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
    String packageName = base.getPackageName();
    String secretPackage = secretPackage(root);
    return packageName.equals(secretPackage)
        || packageName.startsWith(secretPackage + ".")
        || isNamedLikeSecret(base.getSimpleName());
  }

  static boolean isNamedLikeSecret(String simpleName) {
    List<String> words = words(simpleName);
    if (words.isEmpty()) {
      return false;
    }
    if (words.stream().anyMatch(w -> PUBLIC_NAME_WORDS.contains(w) || ROUND.matcher(w).matches())
        || NOT_A_VALUE_LAST_WORDS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean sharePair = word.startsWith("Share") && next.startsWith("Pair");
      if ((SECRET_NAME_WORDS.contains(word) && !sharePair)
          || (word.equals("Private") && next.equals("Key"))) {
        return true;
      }
    }
    return false;
  }

  /** Why {@code field} holds a secret, if it does. */
  private static Optional<String> secretIn(JavaField field, String root, Set<JavaClass> visiting) {
    for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
      JavaClass type = involved.isArray() ? involved.getBaseComponentType() : involved;
      if (isSecretType(type, root)) {
        return Optional.of("is of secret type " + type.getName());
      }
      if (type.getPackageName().startsWith(root + ".") && visiting.add(type)) {
        for (JavaField inner : type.getAllFields()) {
          if (!inner.getModifiers().contains(JavaModifier.STATIC)
              && secretIn(inner, root, visiting).isPresent()) {
            return Optional.of(
                "is of type " + type.getName() + ", which holds a secret in '" + inner.getName()
                    + "'");
          }
        }
      }
    }
    JavaClass raw = field.getRawType();
    String rawName = raw.getName();
    boolean bigInteger =
        rawName.equals("java.math.BigInteger") || rawName.equals("[Ljava.math.BigInteger;");
    boolean bytesOrChars = rawName.equals("[B") || rawName.equals("[C");
    if ((bigInteger || bytesOrChars) && isNamedLikeSecretField(field.getName(), bigInteger)) {
      return Optional.of("is a " + raw.getSimpleName() + " named like a secret");
    }
    return Optional.empty();
  }

  static boolean isNamedLikeSecretField(String fieldName, boolean bigInteger) {
    List<String> words = new ArrayList<>();
    for (String word : words(fieldName)) {
      words.add(word.toLowerCase(Locale.ROOT));
    }
    if (words.stream().anyMatch(PUBLIC_FIELD_WORDS::contains)) {
      return false;
    }
    return words.stream()
        .anyMatch(
            w ->
                SECRET_FIELD_WORDS.contains(w)
                    || (bigInteger && SECRET_BIG_INTEGER_FIELD_WORDS.contains(w)));
  }

  static List<String> words(String camelCase) {
    List<String> words = new ArrayList<>();
    for (String word : CAMEL_CASE.split(camelCase)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String secretPackage(String root) {
    return root + ".domain.secret";
  }
}
