// EIP-712 digests of Submission and Scores for the hot paths (the node's intake, a round's signature checks). viem's hashTypedData validates and
// re-derives the type and domain hashes on every call (~4× the cost of the secp256k1 recovery with the native
// binding); here both are computed once and the two fixed structs are encoded word by word. Equality with
// hashTypedData is tested on random messages (test/node/digest.test.ts). Hashing uses the native keccak sponge.
import { hashDomain, hexToBytes, keccak256, toHex, type Hex } from "viem";

import type { AerieTypedDataDomain, Scores, Submission } from "../lib/eip712";
import { keccakSponge, keccakWith } from "./keccak";

// ------------------------------------------------------------------ constants

/** `encodeType` of SUBMISSION_TYPES (src/lib/eip712.ts). */
const SUBMISSION_TYPE = "Submission(uint256 taskId,uint256 round,address trainer,bytes32 modelHash,string modelURI)";
/** `encodeType` of SCORES_TYPES. */
const SCORES_TYPE = "Scores(uint256 taskId,uint256 round,address validator,address[] trainers,uint256[] scores)";
const SUBMISSION_TYPEHASH = Buffer.from(hexToBytes(keccak256(toHex(SUBMISSION_TYPE))));
const SCORES_TYPEHASH = Buffer.from(hexToBytes(keccak256(toHex(SCORES_TYPE))));
const EIP712_DOMAIN_TYPES = {
  EIP712Domain: [
    { name: "name", type: "string" },
    { name: "version", type: "string" },
    { name: "chainId", type: "uint256" },
    { name: "verifyingContract", type: "address" },
  ],
} as const;

const sponge = keccakSponge();
const keccak256Bytes = (data: Buffer): Buffer => keccakWith(sponge, data);

// ------------------------------------------------------------------ digests

/**
 * Computes the EIP-712 digests of one domain's Submission and Scores messages (domain separator cached). The words
 * are written straight into Buffers (hex with Buffer's native decoder, uint256 big-endian), no intermediate arrays.
 */
export class MessageDigester {
  readonly #prefix: Buffer;

  constructor(domain: AerieTypedDataDomain) {
    this.#prefix = Buffer.alloc(34);
    this.#prefix.set([0x19, 0x01]);
    this.#prefix.set(hexToBytes(hashDomain({ domain: { ...domain, chainId: BigInt(domain.chainId) }, types: EIP712_DOMAIN_TYPES })), 2);
  }

  /** The digest `hashTypedData` gives for this Submission (fields already validated by the wire schema). */
  submission(m: Submission): Hex {
    const words = Buffer.alloc(6 * 32);
    SUBMISSION_TYPEHASH.copy(words, 0);
    _uint(words, 32, m.taskId);
    _uint(words, 64, m.round);
    _hex(words, 96 + 12, m.trainer, 20);
    _hex(words, 128, m.modelHash, 32);
    keccak256Bytes(Buffer.from(m.modelURI, "utf8")).copy(words, 160);
    return this.#digest(words);
  }

  /** The digest `hashTypedData` gives for this Scores message. */
  scores(m: Scores): Hex {
    const trainers = Buffer.alloc(32 * m.trainers.length);
    for (let i = 0; i < m.trainers.length; i++) _hex(trainers, 32 * i + 12, m.trainers[i]!, 20);
    const scores = Buffer.alloc(32 * m.scores.length);
    for (let i = 0; i < m.scores.length; i++) _uint(scores, 32 * i, m.scores[i]!);
    const words = Buffer.alloc(6 * 32);
    SCORES_TYPEHASH.copy(words, 0);
    _uint(words, 32, m.taskId);
    _uint(words, 64, m.round);
    _hex(words, 96 + 12, m.validator, 20);
    keccak256Bytes(trainers).copy(words, 128);
    keccak256Bytes(scores).copy(words, 160);
    return this.#digest(words);
  }

  #digest(struct: Buffer): Hex {
    const buf = Buffer.allocUnsafe(66); // 0x1901 ‖ domainSeparator ‖ hashStruct
    this.#prefix.copy(buf, 0);
    keccak256Bytes(struct).copy(buf, 34);
    return `0x${keccak256Bytes(buf).toString("hex")}`;
  }
}

// ------------------------------------------------------------------ internal helpers

/**
 * Writes the `bytes` bytes of `hex` (`0x` + 2·`bytes` hex digits, checked by the wire schema) at `offset`.
 *
 * @throws if `hex` is not that (Buffer's decoder would otherwise stop silently at the first bad digit).
 */
function _hex(out: Buffer, offset: number, hex: string, bytes: number): void {
  if (hex.length !== 2 + 2 * bytes || out.write(hex.slice(2), offset, bytes, "hex") !== bytes) throw new Error(`not ${bytes} bytes of hex: ${hex}`);
}

/** Writes a uint256 (0 ≤ x < 2^256, checked by the wire schema) big-endian at `offset` of a zeroed `out`. */
function _uint(out: Buffer, offset: number, x: bigint): void {
  if (x <= 0xffffffffffffffffn) {
    out.writeBigUInt64BE(x, offset + 24);
    return;
  }
  let v = x;
  for (let i = 31; i >= 0 && v > 0n; i--) {
    out[offset + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}
