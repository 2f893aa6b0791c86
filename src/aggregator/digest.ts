// EIP-712 digests of Submission and Scores for the hot paths (the node's intake, a round's signature checks). viem's hashTypedData validates and
// re-derives the type and domain hashes on every call (~4× the cost of the secp256k1 recovery with the native
// binding); here both are computed once and the two fixed structs are encoded word by word. Equality with
// hashTypedData is tested on random messages (test/node/digest.test.ts). Hashing uses the native keccak sponge.
import { bytesToHex, hashDomain, hexToBytes, keccak256, stringToBytes, toHex, type Hex } from "viem";

import type { AerieTypedDataDomain, Scores, Submission } from "../lib/eip712";
import { keccakSponge, keccakWith } from "./keccak";

// ------------------------------------------------------------------ constants

/** `encodeType` of SUBMISSION_TYPES (src/lib/eip712.ts). */
const SUBMISSION_TYPE = "Submission(uint256 taskId,uint256 round,address trainer,bytes32 modelHash,string modelURI)";
/** `encodeType` of SCORES_TYPES. */
const SCORES_TYPE = "Scores(uint256 taskId,uint256 round,address validator,address[] trainers,uint256[] scores)";
const SUBMISSION_TYPEHASH = hexToBytes(keccak256(toHex(SUBMISSION_TYPE)));
const SCORES_TYPEHASH = hexToBytes(keccak256(toHex(SCORES_TYPE)));
const EIP712_DOMAIN_TYPES = {
  EIP712Domain: [
    { name: "name", type: "string" },
    { name: "version", type: "string" },
    { name: "chainId", type: "uint256" },
    { name: "verifyingContract", type: "address" },
  ],
} as const;

const sponge = keccakSponge();
const keccak256Bytes = (data: Uint8Array): Uint8Array => keccakWith(sponge, Buffer.from(data.buffer, data.byteOffset, data.byteLength));

// ------------------------------------------------------------------ digests

/** Computes the EIP-712 digests of one domain's Submission and Scores messages (domain separator cached). */
export class MessageDigester {
  readonly #prefix: Uint8Array;

  constructor(domain: AerieTypedDataDomain) {
    this.#prefix = new Uint8Array(34);
    this.#prefix.set([0x19, 0x01]);
    this.#prefix.set(hexToBytes(hashDomain({ domain: { ...domain, chainId: BigInt(domain.chainId) }, types: EIP712_DOMAIN_TYPES })), 2);
  }

  /** The digest `hashTypedData` gives for this Submission (fields already validated by the wire schema). */
  submission(m: Submission): Hex {
    const words = new Uint8Array(6 * 32);
    words.set(SUBMISSION_TYPEHASH, 0);
    _uint(words, 32, m.taskId);
    _uint(words, 64, m.round);
    words.set(hexToBytes(m.trainer), 96 + 12);
    words.set(hexToBytes(m.modelHash), 128);
    words.set(keccak256Bytes(stringToBytes(m.modelURI)), 160);
    return this.#digest(words);
  }

  /**
   * The digest `hashTypedData` gives for this Scores message. The two arrays are encoded into flat buffers (one
   * 32-byte word per item: addresses written from their hex, scores below 2^32 as one 32-bit write), each hashed once.
   */
  scores(m: Scores): Hex {
    const n = m.trainers.length;
    const trainers = Buffer.alloc(32 * n);
    for (let i = 0; i < n; i++) trainers.write(m.trainers[i]!.slice(2), 32 * i + 12, 20, "hex");
    const scores = Buffer.alloc(32 * m.scores.length);
    for (let i = 0; i < m.scores.length; i++) {
      const x = m.scores[i]!;
      if (x >= 0n && x <= 0xffffffffn) scores.writeUInt32BE(Number(x), 32 * i + 28);
      else _uint(scores, 32 * i, x);
    }
    const words = new Uint8Array(6 * 32);
    words.set(SCORES_TYPEHASH, 0);
    _uint(words, 32, m.taskId);
    _uint(words, 64, m.round);
    words.set(hexToBytes(m.validator), 96 + 12);
    words.set(keccak256Bytes(trainers), 128);
    words.set(keccak256Bytes(scores), 160);
    return this.#digest(words);
  }

  #digest(struct: Uint8Array): Hex {
    const buf = new Uint8Array(66); // 0x1901 ‖ domainSeparator ‖ hashStruct
    buf.set(this.#prefix, 0);
    buf.set(keccak256Bytes(struct), 34);
    return bytesToHex(keccak256Bytes(buf));
  }
}

// ------------------------------------------------------------------ internal helpers

/** Writes a uint256 (0 ≤ x < 2^256, checked by the wire schema) big-endian at `offset`. */
function _uint(out: Uint8Array, offset: number, x: bigint): void {
  let v = x;
  for (let i = 31; i >= 0 && v > 0n; i--) {
    out[offset + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}
