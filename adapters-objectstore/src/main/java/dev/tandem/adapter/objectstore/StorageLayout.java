package dev.tandem.adapter.objectstore;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything that differs between two deployments of the same storage core: where objects live
 * (the name prefix and suffix) and the labels bound into every seal (the binding scheme, the record
 * type labels, the document format). Two layouts never read each other's objects: a document sealed
 * under one scheme or label fails authentication under another. Nothing here is secret.
 *
 * <p>Use a preset: {@link #aws(String)} reproduces the objects the S3 adapters have always written,
 * byte for byte; {@link #gcs(String)} is the Cloud Storage layout from format 3 on.
 *
 * @param prefix prepended to every object name; empty, or made to end with {@code /}
 * @param bindingScheme the label that opens every seal's associated data, naming the encoding and
 *     its version
 * @param labels the record type labels bound into seals
 * @param objectSuffix appended to every object name ({@code ".json"} or empty)
 * @param format the document format written and the only one read
 * @param retiredFormats formats this layout once wrote with another structure, each with the advice
 *     a refusal of such an object gives (never read; listed so that the refusal says what to do)
 */
public record StorageLayout(
    String prefix,
    String bindingScheme,
    Labels labels,
    String objectSuffix,
    int format,
    Map<Integer, String> retiredFormats) {
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._~:/-]{0,256}");
  private static final Pattern SUFFIX = Pattern.compile("(\\.[A-Za-z0-9]{1,16})?");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9./-]{0,63}");

  /** What a refusal of an old Cloud Storage object says: where the migration is described. */
  static final String GCS_FORMAT_2_ADVICE =
      "it is a format 2 object of the earlier Cloud Storage adapters, which this version does not"
          + " read: see \"Migrating stored objects\" in the README";

  public StorageLayout {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(bindingScheme, "bindingScheme");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(objectSuffix, "objectSuffix");
    Objects.requireNonNull(retiredFormats, "retiredFormats");
    if (!PREFIX.matcher(prefix).matches() || prefix.startsWith("/") || prefix.contains("//")) {
      throw new IllegalArgumentException(
          "prefix must be at most 256 letters, digits and . _ ~ : - /, not start with / nor hold"
              + " //: " + prefix);
    }
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
    if (bindingScheme.isBlank()) {
      throw new IllegalArgumentException("binding scheme must not be blank");
    }
    if (!SUFFIX.matcher(objectSuffix).matches()) {
      throw new IllegalArgumentException(
          "object suffix must be empty or a dot and 1 to 16 letters or digits: " + objectSuffix);
    }
    if (format < 1) {
      throw new IllegalArgumentException("format must be positive: " + format);
    }
    if (retiredFormats.containsKey(format)) {
      throw new IllegalArgumentException("format " + format + " cannot be current and retired");
    }
    retiredFormats = Map.copyOf(new TreeMap<>(retiredFormats));
  }

  /**
   * The S3 layout: {@code <prefix><folder>/<walletId>/<recordId>.json}, scheme {@code
   * tandem/aws-kms-envelope/v2}, format 2. Objects written by every earlier release of the S3
   * adapters read unchanged.
   */
  public static StorageLayout aws(String prefix) {
    return new StorageLayout(
        prefix,
        "tandem/aws-kms-envelope/v2",
        new Labels("backup-key", "custodian-signing-share", "custodian-backup-share", "wallet-freeze"),
        ".json",
        2,
        Map.of());
  }

  /**
   * The Cloud Storage layout: {@code <prefix><folder>/<walletId>/<recordId>} (no suffix), scheme
   * {@code tandem/gcs-envelope/v3}, format 3. The earlier Cloud Storage adapters wrote format 2
   * objects of another structure; they are refused, naming the README's migration section.
   */
  public static StorageLayout gcs(String prefix) {
    return new StorageLayout(
        prefix,
        "tandem/gcs-envelope/v3",
        new Labels("backup-key", "signing-share", "backup-share", "wallet-freeze"),
        "",
        3,
        Map.of(2, GCS_FORMAT_2_ADVICE));
  }

  /** What to tell about an object of {@code format}, if this layout once wrote that format. */
  Optional<String> retiredFormatAdvice(int format) {
    return Optional.ofNullable(retiredFormats.get(format));
  }

  /** The label of a record type, bound into every seal of that type. */
  String label(RecordType type) {
    return switch (type) {
      case BACKUP_KEY -> labels.backupKey();
      case SIGNING_SHARE -> labels.signingShare();
      case BACKUP_SHARE -> labels.backupShare();
      case WALLET_FREEZE -> labels.walletFreeze();
    };
  }

  /**
   * The record type labels bound into seals, so that one kind of record cannot pass for another.
   * The wallet freeze label is bound into nothing (a marker holds no secret) but names the kind.
   */
  public record Labels(
      String backupKey, String signingShare, String backupShare, String walletFreeze) {
    public Labels {
      for (String label : new String[] {backupKey, signingShare, backupShare, walletFreeze}) {
        Objects.requireNonNull(label, "label");
        if (!LABEL.matcher(label).matches()) {
          throw new IllegalArgumentException(
              "a record type label is 1 to 64 lower-case letters, digits and . / -: " + label);
        }
      }
      if (Set.of(backupKey, signingShare, backupShare, walletFreeze).size() != 4) {
        throw new IllegalArgumentException("record type labels must differ from one another");
      }
    }
  }
}
