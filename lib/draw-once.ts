// Images drawn once per process and key. The image routes are regenerated in the background every 30 seconds (to
// notice a scheduled article going live or a withdrawal), and drawing the same bytes again costs 100–400 ms of CPU.
// Only public articles' images are drawn here, so the keys are bounded by the archive, never by what visitors ask.

// Not while building: the build draws each image once and writes it out, and keeping them all (hundreds of images for
// a recent window) would only add to the build's memory.

const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const BUILDING = process.env.NEXT_PHASE === "phase-production-build";

export function drawOnce(key: string, draw: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  if (BUILDING) return draw();
  let image = drawn.get(key);
  if (!image) {
    image = draw();
    drawn.set(key, image);
    image.catch(() => drawn.delete(key)); // a failed drawing is tried again next time
  }
  return image;
}
