/**
 * The storage ports on Google Cloud Storage: {@link dev.tandem.adapter.gcp.GcsKeyStorage}, {@link
 * dev.tandem.adapter.gcp.GcsSigningShareRepository}, {@link
 * dev.tandem.adapter.gcp.GcsBackupShareRepository} and {@link
 * dev.tandem.adapter.gcp.GcsWalletFreezeRepository}, in one bucket under a configurable prefix, one
 * object per record.
 *
 * <h2>Objects</h2>
 *
 * <p>{@code <prefix>backup-keys/<walletId>/<keyId>}, {@code
 * <prefix>signing-shares/<walletId>/<pairId>} and {@code <prefix>backup-shares/<walletId>/<pairId>},
 * each a JSON document (format 2) kept inside this package: the public facts of the record in
 * clear, bound into the seal of its secret (below), and every secret sealed. A frozen wallet also
 * has {@code <prefix>wallet-freezes/<walletId>/freeze}, its freeze marker: ids and a time, no
 * secret, nothing sealed. It is created with {@code ifGenerationMatch=0}, never replaced or deleted
 * by the adapters, and counts by existing: an object under its name that does not read as a marker
 * is refused ({@link dev.tandem.domain.error.StoredDataInvalidException}), never taken for "not
 * frozen". Deleting it in the bucket does not unfreeze the wallet's records: a frozen signing
 * record has no share left, and a frozen backup record's status is bound into its seal.
 *
 * <h2>Atomic writes</h2>
 *
 * <p>A record's {@code Version} is its object's generation. Creating writes with {@code
 * ifGenerationMatch=0} (the object must not exist); replacing writes with {@code
 * ifGenerationMatch=<the generation read>}. Cloud Storage evaluates the precondition atomically
 * with the write, so of racing writers exactly one wins and the others get HTTP 412, which becomes
 * {@link dev.tandem.domain.error.WriteConflictException}. Because a conditional write is
 * idempotent, the SDK retries it after a transient failure; if the first attempt had landed, the
 * retry meets 412 although the write is ours, so a 412 is first checked against the stored bytes
 * (unique to each write: they hold fresh random nonces) before it is reported as a conflict.
 *
 * <h2>Secrets at rest: a local envelope</h2>
 *
 * <p>Share material and backup encryption keys are sealed before they leave the JVM: a fresh
 * random 256-bit data key per secret encrypts it with AES-256-GCM, and the data key is wrapped with
 * AES-256-GCM under the key-encryption key (KEK) that the embedder configures ({@link
 * dev.tandem.adapter.gcp.KeyEncryptionKey}, loaded from Secret Manager, an environment variable or
 * a file, never stored in the bucket). A record is sealed again, with a fresh data key and nonces,
 * on every write, a status change included.
 *
 * <p>Customer-supplied encryption keys (CSEK) were considered and not used. With CSEK Cloud Storage
 * encrypts the object with a key sent on every request; a per-object key would itself have to be
 * stored somewhere else, with its own consistency and deletion problems, and one key for all
 * objects gives nothing per record. Above all CSEK binds nothing: Cloud Storage decrypts any object
 * for whoever presents the key, whatever name the object now has, so a share copied under another
 * pair's name would be served as that pair's. The local envelope keeps one configured secret, binds
 * every ciphertext to its record, and works the same against an emulator. Bucket-level encryption
 * (Google-managed or Cloud KMS keys) still applies underneath and is independent of this.
 *
 * <h2>Every clear-text field is authenticated</h2>
 *
 * <p>Both encryptions take as associated data a {@code RecordBinding}: a
 * versioned ({@code tandem/gcs/envelope/v2}), length-prefixed, canonical encoding of the record
 * type, the wallet id and the record id, and then of every other field of the document except the
 * sealed secret: the format, the status, the device label, the creation and update times (to the
 * nanosecond), the backup method, the backup key id, and the curve and public key. On read the
 * binding is rebuilt from the fields as parsed. So an object copied or moved to another record's
 * name, wallet or folder fails authentication instead of being read as that record, and so does an
 * object one of whose fields was edited in the bucket (an INCOMPLETE pair flipped to COMPLETED, a
 * public key swapped, a backup pointed at another key id): either is refused with {@link
 * dev.tandem.domain.error.StoredDataInvalidException} naming the object, as a corrupted ciphertext
 * is. The envelope's own fields need no binding: the algorithm and KEK id are checked before
 * opening, and the wrapped key and ciphertext are what the tags authenticate. Format 1 documents,
 * which bound the ids alone, are refused.
 *
 * <p><b>Records without a secret are not authenticated.</b> A REVOKED or FROZEN signing share
 * record keeps no share, so nothing seals it and its fields (status, label, times) can be edited
 * unnoticed. That is harmless: such a record can never be made usable again. The domain refuses a
 * share-less record with a signing status, so editing REVOKED to INCOMPLETE or COMPLETED makes the
 * object unreadable ({@code StoredDataInvalidException}); and a share cannot be put back, because a
 * sealed share opens only with exactly the fields it was sealed with, so one taken from another
 * record, or from an earlier generation of this one, fails unless that whole earlier document is
 * restored. Edits among REVOKED and FROZEN, or of the label or times of such a record, change
 * nothing that can sign. Someone with write access to the bucket can always destroy a record:
 * delete the object, or strip a usable record's share and mark it REVOKED, which then reads as a
 * genuine revocation. Either only takes a pair out of use; the seal guarantees that what the
 * adapters return as usable was written by them for that record.
 *
 * <p><b>Not freshness.</b> A seal proves that the adapters wrote a document for this record, not
 * that it is the latest one. Someone who copied an object earlier and can write to the bucket can
 * put that whole earlier document back (a rollback), a share the pair has since revoked included;
 * only the bucket's access control prevents this, and deleting old generations (below) keeps the
 * bucket itself from holding such copies.
 *
 * <h2>Deletion and revocation</h2>
 *
 * <p>Deleting a record lists its object with {@code versions=true} and deletes each generation by
 * number, so a bucket with object versioning keeps no noncurrent copy. A replace deletes the
 * generations older than the one it wrote: revoking or freezing a pair (a replace by a record
 * without its share) leaves no copy of the share. Cloud Storage's soft delete keeps deleted
 * objects restorable for its retention period (seven days by default on new buckets) and cannot be
 * bypassed per request: the bucket must have soft delete disabled, and no retention policy, object
 * hold or lock, for deletion to destroy the share.
 *
 * <h2>Errors</h2>
 *
 * <p>No answer, 408, 429 and 5xx (after the SDK's own retries, bounded by the configured attempts
 * and total timeout) become {@link dev.tandem.domain.error.StorageUnavailableException}; 401, 403,
 * a missing bucket and other refusals become {@link
 * dev.tandem.domain.error.StorageMisconfiguredException} naming the bucket. An object that is not a
 * readable document for its name (malformed, of another format, sealed under another KEK, with a
 * field edited, or moved) becomes {@link dev.tandem.domain.error.StoredDataInvalidException} naming
 * the object. A read of an
 * object in a missing bucket looks like a missing object (the SDK answers {@code null} to every
 * 404); the first write or listing reports the bucket.
 *
 * <p>Every Cloud Storage call goes through a package-private seam, {@code GcsObjectStore}, so that
 * the precondition paths can be checked call by call; the module README says which guarantees were
 * exercised against which server.
 */
package dev.tandem.adapter.gcp;
