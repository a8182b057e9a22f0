// The crops of articles' lead images served at /media/{ratio}/…: the shapes Google's Article guidelines ask for
// (16:9, 4:3 and 1:1), named in one place for the route that draws them, the JSON-LD that lists them and the cache.
export const MEDIA_SIZES = {
  "16x9": [1200, 675],
  "4x3": [1200, 900],
  "1x1": [1200, 1200],
} as const satisfies Record<string, readonly [number, number]>;

export type MediaRatio = keyof typeof MEDIA_SIZES;

export const MEDIA_RATIOS = Object.keys(MEDIA_SIZES) as MediaRatio[];

/** The address of one crop of an image under public/ (`src` such as /images/articles/x.jpg). */
export const mediaPath = (ratio: MediaRatio, src: string) => `/media/${ratio}${src}`;
