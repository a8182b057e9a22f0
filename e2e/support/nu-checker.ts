// Runs the W3C Nu HTML checker (npm vnu-jar, on the machine's Java) over documents in one JVM start.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const vnuJar = path.join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

export type NuMessage = {
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  url: string;
  lastLine?: number;
};

/** Every error the checker reports, for documents named by label. Warnings are left out. */
export function nuErrors(documents: Record<string, string>): NuMessage[] {
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  const files = Object.entries(documents).map(([label, html]) => {
    const file = path.join(dir, `${label}.html`);
    writeFileSync(file, html);
    return file;
  });
  let output: string;
  try {
    output = execFileSync("java", ["-jar", vnuJar, "--format", "json", "--stdout", "--exit-zero-always", ...files], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`The Nu HTML checker could not run (is Java installed?): ${String(error)}`);
  }
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  return messages.filter((message) => message.type === "error" || message.subType === "fatal");
}
