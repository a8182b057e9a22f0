// Local images live in public/; their pixel sizes are read once so every <img> reserves its space (no layout shift).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";

export type Dimensions = { width: number; height: number };

const publicDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), "public");
const cache = new Map<string, Dimensions | null>();

export function publicImageExists(src: string): boolean {
  return src.startsWith("/images/") && !src.includes("..") && existsSync(path.join(publicDir(), src));
}

export function imageDimensions(src: string): Dimensions | null {
  if (cache.has(src)) return cache.get(src) ?? null;
  let size: Dimensions | null = null;
  if (publicImageExists(src)) {
    const { width, height } = imageSize(readFileSync(path.join(publicDir(), src)));
    if (width && height) size = { width, height };
  }
  cache.set(src, size);
  return size;
}
