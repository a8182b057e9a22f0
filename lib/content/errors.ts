// Content problems carry the file, the field and what is wrong, so an editor can fix them without reading code.

export type ContentProblem = { file: string; field?: string; message: string };

export function describeProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((problem) => `  - ${describeProblem(problem)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
