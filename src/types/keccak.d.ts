// Types of the `keccak` package (native Keccak with a JavaScript fallback), the part Aerie uses: it ships none.
declare module "keccak" {
  /** A single-use keccak hash stream; `update` then `digest` once. */
  interface KeccakHash {
    update(data: Buffer | string, encoding?: BufferEncoding): KeccakHash;
    digest(): Buffer;
    digest(encoding: BufferEncoding): string;
  }
  /** Creates a hash, e.g. `createKeccak("keccak256")`. */
  function createKeccak(algorithm: "keccak224" | "keccak256" | "keccak384" | "keccak512" | string): KeccakHash;
  export = createKeccak;
}
