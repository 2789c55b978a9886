/**
 * @module A Vite plugin that writes a Brotli (.br) and a gzip (.gz) copy beside every compressible
 * file of the build, at the strongest settings, once per build. The server sends them with
 * @fastify/static's `preCompressed` option to browsers that accept them, so no request pays for
 * compression at run time. Small and dependency-free (node:zlib), as the project pins and audits
 * each dependency.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Text-like files that compress well. Not fonts: woff2/woff and images are compressed already, and
 * browsers that read woff2 (all current ones) never fetch the .ttf fallbacks KaTeX also ships.
 */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|ico|wasm|map)$/i;

/** A compressed copy is kept only when it saves at least this share of the original's bytes. */
const MIN_SAVING = 0.1;

export interface PrecompressResult {
  file: string;
  bytes: number;
  br?: number;
  gzip?: number;
}

/** Writes `file.br` and `file.gz` beside each compressible file in `files` (paths under `dir`). */
export async function precompressFiles(dir: string, files: readonly string[]): Promise<PrecompressResult[]> {
  return Promise.all(
    files
      .filter((file) => COMPRESSIBLE.test(file))
      .map(async (file) => {
        const full = path.join(dir, file);
        const source = await readFile(full);
        const [br, gzipped] = await Promise.all([
          brotli(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
          gz(source, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        const result: PrecompressResult = { file, bytes: source.length };
        const worthIt = (compressed: Buffer) => compressed.length <= source.length * (1 - MIN_SAVING);
        if (worthIt(br)) {
          await writeFile(`${full}.br`, br);
          result.br = br.length;
        }
        if (worthIt(gzipped)) {
          await writeFile(`${full}.gz`, gzipped);
          result.gzip = gzipped.length;
        }
        return result;
      }),
  );
}

/** The plugin: runs after Vite has written the bundle (build only, never in the dev server). */
export function precompress(): Plugin {
  return {
    name: "certpath:precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? (options.file ? path.dirname(options.file) : undefined);
      if (!dir) return;
      await precompressFiles(dir, Object.keys(bundle));
    },
  };
}
