// keccak256 of one-block messages in WebAssembly, for the aggregator's million-hash paths (the rewards tree's leaves and
// nodes, address checksums; issue 16). The `keccak` package's native sponge costs ~3 µs a hash on this machine, most
// of it the Buffer its `squeeze` allocates per call (and the garbage collection those cause); this permutation runs in
// the caller's own linear memory with no allocation: a few hundred ns a hash. Equality with the native keccak and
// viem's is property-tested (test/aggregator/keccakWasm.test.ts).
//
// The module is emitted here as bytes (there is no WebAssembly toolchain among the project's dependencies): one
// keccak-f[1600] over the state at memory [0, 200), its round constants at [200, 392), and two absorbing entry points:
// `block(ptr, out)`, a message already padded to one 136-byte block, and `pair(a, b, out)`, two 32-byte words (a
// Merkle node). Each writes the 32-byte digest at `out`. Memory from {@link KECCAK_SCRATCH} on is the caller's.

// ------------------------------------------------------------------ constants

/** keccak256's rate in bytes: a padded one-block message is this long. */
export const KECCAK_BLOCK_BYTES = 136;

/** The first byte of linear memory free for the caller (state and round constants lie below). */
export const KECCAK_SCRATCH = 392;

/** keccak-f[1600]'s round constants (FIPS 202, section 3.2.5). */
const ROUND_CONSTANTS = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn,
  0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n,
  0x0000000080008009n, 0x000000008000000an, 0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n,
  0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an,
  0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];

/** ρ rotation offsets, `RHO[x][y]` (FIPS 202, section 3.2.2). */
const RHO = [
  [0, 36, 3, 41, 18],
  [1, 44, 10, 45, 2],
  [62, 6, 43, 15, 61],
  [28, 55, 25, 21, 56],
  [27, 20, 39, 8, 14],
];

/** The WebAssembly opcodes the module uses. */
const OP = {
  loop: 0x03,
  end: 0x0b,
  brIf: 0x0d,
  call: 0x10,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i64Load: 0x29,
  i64Store: 0x37,
  i32Const: 0x41,
  i64Const: 0x42,
  i32LtU: 0x49,
  i32Add: 0x6a,
  i32Shl: 0x74,
  i64And: 0x83,
  i64Xor: 0x85,
  i64Rotl: 0x89,
} as const;

const I32 = 0x7f;
const I64 = 0x7e;

// ------------------------------------------------------------------ types

/** The part of the WebAssembly JS API used here (the project's `lib` settings do not declare it; Node has it). */
type WasmMemory = { readonly buffer: ArrayBuffer };
type WasmApi = {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
};
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** One instance of the keccak module over its own memory. */
export type KeccakMachine = {
  /** The instance's linear memory (never grown after creation, so views of it stay valid). */
  readonly memory: WasmMemory;
  /** A byte view of `memory`. */
  readonly bytes: Uint8Array;
  /** keccak256 of the padded 136-byte block at `ptr` (see {@link padBlock}), digest written at `out`. */
  block(ptr: number, out: number): void;
  /** keccak256 of the 32 bytes at `a` followed by the 32 bytes at `b`, digest written at `out`. */
  pair(a: number, b: number, out: number): void;
};

// ------------------------------------------------------------------ functions

/**
 * A keccak machine whose memory holds at least `bytes` bytes from {@link KECCAK_SCRATCH} on (rounded up to 64 KiB
 * pages). The module is compiled once per process; each machine is a cheap instance with its own memory.
 */
export function keccakMachine(bytes: number): KeccakMachine {
  const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil((KECCAK_SCRATCH + bytes) / 65_536)) });
  const instance = new wasm.Instance(_module(), { m: { memory } });
  const entry = instance.exports as unknown as { block(ptr: number, out: number): void; pair(a: number, b: number, out: number): void };
  return { memory, bytes: new Uint8Array(memory.buffer), block: entry.block, pair: entry.pair };
}

/**
 * Pads the block at `ptr` for a message of `length` bytes (`length < 136`): keccak's `0x01` after the message, zeros,
 * `0x80` in the last byte. Only the message bytes then change from hash to hash.
 */
export function padBlock(bytes: Uint8Array, ptr: number, length: number): void {
  bytes.fill(0, ptr + length, ptr + KECCAK_BLOCK_BYTES);
  bytes[ptr + length] = 0x01;
  bytes[ptr + KECCAK_BLOCK_BYTES - 1]! |= 0x80;
}

// ------------------------------------------------------------------ internal helpers

let compiled: object | undefined;

function _module(): object {
  return (compiled ??= new wasm.Module(_moduleBytes()));
}

/** The module's binary (WebAssembly 1.0 core format). */
function _moduleBytes(): Uint8Array {
  const out: number[] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const section = (id: number, body: number[]): void => {
    out.push(id, ..._u32(body.length), ...body);
  };
  const name = (text: string): number[] => [..._u32(text.length), ...Buffer.from(text, "latin1")];
  // types: 0 = () → (), 1 = (i32, i32) → (), 2 = (i32, i32, i32) → ()
  section(1, [3, 0x60, 0, 0, 0x60, 2, I32, I32, 0, 0x60, 3, I32, I32, I32, 0]);
  // the memory is the caller's: import m.memory, at least one page
  section(2, [1, ...name("m"), ...name("memory"), 0x02, 0x00, 1]);
  // functions: 0 = permute, 1 = block, 2 = pair
  section(3, [3, 0, 1, 2]);
  section(7, [2, ...name("block"), 0x00, 1, ...name("pair"), 0x00, 2]);
  const bodies = [_permuteBody(), _blockBody(), _pairBody()];
  section(10, [bodies.length, ...bodies.flatMap((b) => [..._u32(b.length), ...b])]);
  // data: the round constants at 200, little-endian
  const constants: number[] = [];
  for (const c of ROUND_CONSTANTS) for (let i = 0n; i < 8n; i++) constants.push(Number((c >> (8n * i)) & 0xffn));
  section(11, [1, 0x00, OP.i32Const, ..._s64(200n), OP.end, ..._u32(constants.length), ...constants]);
  return Uint8Array.from(out);
}

/** keccak-f[1600] on the state at [0, 200): lanes a[x + 5y] in locals 0–24, b in 25–49, c in 50–54, d 55, round 56. */
function _permuteBody(): number[] {
  const A = (i: number): number => i;
  const B = (i: number): number => 25 + i;
  const C = (x: number): number => 50 + x;
  const D = 55;
  const ROUND = 56;
  const code: number[] = [2, 56, I64, 1, I32];
  const get = (l: number): void => void code.push(OP.localGet, l);
  const set = (l: number): void => void code.push(OP.localSet, l);
  const rotl = (n: number): void => {
    if (n !== 0) code.push(OP.i64Const, ..._s64(BigInt(n)), OP.i64Rotl);
  };
  for (let i = 0; i < 25; i++) {
    code.push(OP.i32Const, 0, OP.i64Load, 3, ..._u32(8 * i));
    set(A(i));
  }
  code.push(OP.loop, 0x40);
  // θ
  for (let x = 0; x < 5; x++) {
    get(A(x));
    for (let y = 1; y < 5; y++) {
      get(A(x + 5 * y));
      code.push(OP.i64Xor);
    }
    set(C(x));
  }
  for (let x = 0; x < 5; x++) {
    get(C((x + 4) % 5));
    get(C((x + 1) % 5));
    rotl(1);
    code.push(OP.i64Xor);
    set(D);
    for (let y = 0; y < 5; y++) {
      get(A(x + 5 * y));
      get(D);
      code.push(OP.i64Xor);
      set(A(x + 5 * y));
    }
  }
  // ρ and π: b[y, 2x + 3y] = rotl(a[x, y], RHO[x][y])
  for (let x = 0; x < 5; x++) {
    for (let y = 0; y < 5; y++) {
      get(A(x + 5 * y));
      rotl(RHO[x]![y]!);
      set(B(y + 5 * ((2 * x + 3 * y) % 5)));
    }
  }
  // χ: a[x, y] = b[x, y] ^ (~b[x + 1, y] & b[x + 2, y])
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 5; x++) {
      get(B(((x + 1) % 5) + 5 * y));
      code.push(OP.i64Const, ..._s64(-1n), OP.i64Xor);
      get(B(((x + 2) % 5) + 5 * y));
      code.push(OP.i64And);
      get(B(x + 5 * y));
      code.push(OP.i64Xor);
      set(A(x + 5 * y));
    }
  }
  // ι: a[0] ^= RC[round] (the constants at 200 + 8 × round)
  get(A(0));
  get(ROUND);
  code.push(OP.i32Const, 3, OP.i32Shl, OP.i64Load, 3, ..._u32(200), OP.i64Xor);
  set(A(0));
  get(ROUND);
  code.push(OP.i32Const, 1, OP.i32Add, OP.localTee, ROUND, OP.i32Const, 24, OP.i32LtU, OP.brIf, 0, OP.end);
  for (let i = 0; i < 25; i++) {
    code.push(OP.i32Const, 0);
    get(A(i));
    code.push(OP.i64Store, 3, ..._u32(8 * i));
  }
  code.push(OP.end);
  return code;
}

/** `block(ptr, out)`: state = the 17 lanes at `ptr` and zeros; permute; 32 bytes out. */
function _blockBody(): number[] {
  const code: number[] = [0];
  for (let i = 0; i < 25; i++) {
    code.push(OP.i32Const, 0);
    if (i < 17) code.push(OP.localGet, 0, OP.i64Load, 3, ..._u32(8 * i));
    else code.push(OP.i64Const, 0);
    code.push(OP.i64Store, 3, ..._u32(8 * i));
  }
  code.push(OP.call, 0, ..._squeeze(1), OP.end);
  return code;
}

/** `pair(a, b, out)`: state = a (4 lanes) ‖ b (4 lanes) ‖ keccak padding for 64 bytes; permute; 32 bytes out. */
function _pairBody(): number[] {
  const code: number[] = [0];
  for (let i = 0; i < 25; i++) {
    code.push(OP.i32Const, 0);
    if (i < 8) code.push(OP.localGet, i < 4 ? 0 : 1, OP.i64Load, 3, ..._u32(8 * (i % 4)));
    else code.push(OP.i64Const, ..._s64(i === 8 ? 1n : i === 16 ? -(1n << 63n) : 0n));
    code.push(OP.i64Store, 3, ..._u32(8 * i));
  }
  code.push(OP.call, 0, ..._squeeze(2), OP.end);
  return code;
}

/** Copies lanes 0–3 of the state to the address in local `out`. */
function _squeeze(out: number): number[] {
  const code: number[] = [];
  for (let i = 0; i < 4; i++) code.push(OP.localGet, out, OP.i32Const, 0, OP.i64Load, 3, ..._u32(8 * i), OP.i64Store, 3, ..._u32(8 * i));
  return code;
}

/** Unsigned LEB128. */
function _u32(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** Signed LEB128 of a 64-bit value. */
function _s64(value: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = Number(value & 0x7fn);
    value >>= 7n;
    const done = (value === 0n && (byte & 0x40) === 0) || (value === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}
