package dev.tandem.application.port.in;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.ethereum.Eip191;
import dev.tandem.domain.ethereum.Eip712TypedData;
import dev.tandem.domain.model.MessageHash;
import java.util.Arrays;

/** What a signature is over, and how it becomes the 32-byte digest that is signed. */
public sealed interface SignPayload
    permits SignPayload.PersonalText,
        SignPayload.PersonalBytes,
        SignPayload.TypedData,
        SignPayload.RawHash {

  /** The digest to sign. */
  MessageHash digest();

  /** The JSON-RPC method this payload corresponds to, for logs and output. */
  String method();

  /** {@code personal_sign} of text: EIP-191 over its UTF-8 bytes. */
  record PersonalText(String text) implements SignPayload {
    public PersonalText {
      Commands.require(text, "text");
      personalDigest(text);
    }

    @Override
    public MessageHash digest() {
      return personalDigest(text);
    }

    @Override
    public String method() {
      return "personal_sign";
    }

    private static MessageHash personalDigest(String text) {
      try {
        return MessageHash.of(Eip191.personalMessageDigest(text));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "text is not valid Unicode (it holds an unpaired surrogate)");
      }
    }

    /** The length only: a message can be long. */
    @Override
    public String toString() {
      return "PersonalText[" + text.length() + " characters]";
    }
  }

  /** {@code personal_sign} of raw bytes: EIP-191 over them. */
  record PersonalBytes(byte[] message) implements SignPayload {
    public PersonalBytes {
      message = Commands.require(message, "message").clone();
    }

    @Override
    public byte[] message() {
      return message.clone();
    }

    @Override
    public MessageHash digest() {
      return MessageHash.of(Eip191.personalMessageDigest(message));
    }

    @Override
    public String method() {
      return "personal_sign";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PersonalBytes other && Arrays.equals(message, other.message);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(message);
    }

    @Override
    public String toString() {
      return "PersonalBytes[" + message.length + " bytes]";
    }
  }

  /**
   * {@code eth_signTypedData_v4}: the EIP-712 digest. The caller turns the JSON request into the
   * checked {@link Eip712TypedData} first.
   */
  record TypedData(Eip712TypedData typedData) implements SignPayload {
    public TypedData {
      Commands.require(typedData, "typedData");
    }

    @Override
    public MessageHash digest() {
      return MessageHash.of(typedData.digest());
    }

    @Override
    public String method() {
      return "eth_signTypedData_v4";
    }
  }

  /** A digest computed by the caller, signed as it is. */
  record RawHash(MessageHash hash) implements SignPayload {
    public RawHash {
      Commands.require(hash, "hash");
    }

    @Override
    public MessageHash digest() {
      return hash;
    }

    @Override
    public String method() {
      return "hash";
    }
  }
}
