/**
 * Dagger wiring of the AWS adapters, one module per binding that has an alternative:
 *
 * <ul>
 *   <li>{@link dev.tandem.adapter.aws.wiring.AwsCredentialsModule}: the SDK's default credentials
 *       provider chain;
 *   <li>{@link dev.tandem.adapter.aws.wiring.AwsClientsModule}: the S3 and KMS clients, timeouts
 *       and retries from {@link dev.tandem.adapter.aws.wiring.AwsTandemConfig};
 *   <li>{@link dev.tandem.adapter.aws.wiring.S3StorageModule}: the key storage and share
 *       repository ports on S3.
 * </ul>
 *
 * <p>A component for a whole AWS deployment lists these three with the application's modules and
 * takes the {@code AwsTandemConfig} through {@code @BindsInstance}; it must be {@code @Singleton}.
 *
 * <p>Permissions the credentials need: on the bucket, {@code s3:PutObject}, {@code s3:GetObject},
 * {@code s3:DeleteObject}, {@code s3:DeleteObjectVersion}, {@code s3:ListBucket} and {@code
 * s3:ListBucketVersions} (under the key prefix); on the KMS key, {@code kms:Encrypt} and {@code
 * kms:Decrypt}, which a key policy may restrict with {@code kms:EncryptionContextKeys} to {@code
 * walletId} and {@code recordId}.
 */
package dev.tandem.adapter.aws.wiring;
