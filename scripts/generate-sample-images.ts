// Draws the sample content's illustrations: every image a content file names under /images/ that does not exist yet.
// Scenes come from the file name ("…--harbour.jpg"); colours vary with a hash of the path, so reruns give the same pictures.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { drawPortrait, drawScene, SCENES, type Scene } from "./illustrations";

const root = process.cwd();
const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");

function imagePaths(): string[] {
  const found = new Set<string>();
  const files = ["articles", "authors"].flatMap((folder) => {
    const dir = path.join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith(".md"))
      .map((name) => path.join(dir, name));
  });
  const topics = path.join(contentDir, "topics.yaml");
  for (const file of existsSync(topics) ? [...files, topics] : files) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(\/images\/[A-Za-z0-9/_.-]+\.(?:jpe?g|png|webp))/g)) found.add(match[1]!);
  }
  return [...found].sort();
}

function sceneOf(src: string): Scene {
  const named = /--([a-z]+)\.[a-z]+$/.exec(src)?.[1];
  return SCENES.includes(named as Scene) ? (named as Scene) : "skyline";
}

async function main() {
  let made = 0;
  for (const src of imagePaths()) {
    const file = path.join(root, "public", src);
    if (existsSync(file)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    const svg = src.startsWith("/images/authors/") ? drawPortrait(src) : drawScene(sceneOf(src), src);
    await sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toFile(file);
    made++;
  }
  console.log(`Generated ${made} image${made === 1 ? "" : "s"}.`);
}

void main();
