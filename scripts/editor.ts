// Manages editor accounts from the command line. Passwords are read from standard input, never from arguments.
//   npm run editor -- add EMAIL --name "NAME" [--role admin]
//   npm run editor -- list | disable EMAIL | enable EMAIL | password EMAIL
import { parseArgs } from "node:util";
import { addEditor, EditorInputError, listEditors, setEditorDisabled, setEditorPassword } from "../lib/auth/editors";
import { createDatabase, migrateToLatest } from "../lib/db/connection";

const USAGE = `Usage:
  npm run editor -- add EMAIL --name "NAME" [--role editor|admin]   (password on standard input)
  npm run editor -- list
  npm run editor -- disable EMAIL
  npm run editor -- enable EMAIL
  npm run editor -- password EMAIL                                  (new password on standard input)`;

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, "");
  }
  process.stderr.write(prompt);
  process.stdin.setRawMode(true);
  let typed = "";
  for await (const chunk of process.stdin) {
    for (const char of String(chunk)) {
      if (char === "\r" || char === "\n") {
        process.stdin.setRawMode(false);
        process.stderr.write("\n");
        return typed;
      }
      if (char === "\u0003") process.exit(130);
      typed = char === "\u007f" ? typed.slice(0, -1) : typed + char;
    }
  }
  return typed;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string", default: "editor" } },
  });
  const [command, email] = positionals;
  if (!command || (command !== "list" && !email)) fail(USAGE);

  const db = createDatabase();
  try {
    await migrateToLatest(db);
    const now = new Date();
    switch (command) {
      case "add": {
        if (!values.name) fail('add needs --name "NAME"');
        if (values.role !== "editor" && values.role !== "admin") fail("--role is editor or admin");
        const editor = await addEditor(
          db,
          { email: email!, name: values.name, role: values.role, password: await readPassword("Password: ") },
          now,
        );
        console.log(`Added ${editor.role} ${editor.name} <${editor.email}>.`);
        break;
      }
      case "list": {
        const editors = await listEditors(db);
        if (editors.length === 0) console.log("No editors yet. Add one with: npm run editor -- add EMAIL --name NAME");
        for (const editor of editors)
          console.log(`${editor.email}\t${editor.name}\t${editor.role}\t${editor.disabled ? "disabled" : "active"}`);
        break;
      }
      case "disable":
      case "enable":
        if (!(await setEditorDisabled(db, email!, command === "disable", now))) fail(`No editor with email ${email}.`);
        console.log(`${command === "disable" ? "Disabled" : "Enabled"} ${email}.`);
        break;
      case "password":
        if (!(await setEditorPassword(db, email!, await readPassword("New password: "))))
          fail(`No editor with email ${email}.`);
        console.log(`Changed the password of ${email}.`);
        break;
      default:
        fail(USAGE);
    }
  } catch (error) {
    if (error instanceof EditorInputError) fail(`Error: ${error.message}.`);
    throw error;
  } finally {
    await db.destroy();
  }
}

void main();
