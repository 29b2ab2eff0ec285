/**
 * Dagger wiring of the AWS adapters, one module per binding that has an alternative:
 *
 * <ul>
 *   <li>{@link dev.tandem.adapter.aws.wiring.AwsCredentialsModule}: the SDK's default credentials
 *       provider chain;
 *   <li>{@link dev.tandem.adapter.aws.wiring.AwsClientsModule}: the S3 and KMS clients, timeouts
 *       and retries from {@link dev.tandem.adapter.aws.wiring.AwsTandemConfig};
 *   <li>{@link dev.tandem.adapter.aws.wiring.S3StorageModule}: the key storage, share
 *       repository and session registry ports on S3;
 *   <li>{@link dev.tandem.adapter.aws.wiring.AwsConfigModule}: the settings of the config, and
 *       from them the clock, randomness, the custodian's session settings, the session registry's
 *       window and the engine's settings.
 * </ul>
 *
 * <p>With the shared modules of {@code dev.tandem.wiring} (use cases per role, JSON share codec,
 * process-local wallet lock, idempotency store and audit log, loopback channel) and the engine's,
 * created with an {@code AwsTandemConfig} through {@code @BindsInstance}, they make three
 * components: {@link dev.tandem.adapter.aws.wiring.AwsCustodianComponent} (what the backend runs),
 * {@link dev.tandem.adapter.aws.wiring.AwsClientComponent} (the client, given its channel to the
 * custodian) and {@link dev.tandem.adapter.aws.wiring.AwsTandemComponent} (both over the loopback).
 *
 * <p>Permissions the credentials need: on the bucket, {@code s3:PutObject}, {@code s3:GetObject},
 * {@code s3:DeleteObject}, {@code s3:DeleteObjectVersion}, {@code s3:ListBucket} and {@code
 * s3:ListBucketVersions} (under the key prefix; the session registry uses only {@code
 * s3:PutObject} and {@code s3:GetObject}, under {@code <prefix>protocol-sessions/}); on the KMS
 * key, {@code kms:Encrypt} and {@code kms:Decrypt}, which a key policy may restrict with {@code
 * kms:EncryptionContextKeys} to {@code walletId} and {@code recordId}.
 */
package dev.tandem.adapter.aws.wiring;
