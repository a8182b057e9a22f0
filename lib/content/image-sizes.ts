// How wide an article's images are drawn, for the `sizes` attribute of the lead image and of every body image: the
// article column is 46rem wide from a 48rem viewport up, and the viewport less the container's padding below that
// (written as 100vw, which next/image reads to leave out widths no screen would pick).
export const ARTICLE_COLUMN_SIZES = "(min-width: 48rem) 46rem, 100vw";
