// Passwords are stored only as argon2id hashes.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 defaults to argon2id with OWASP's recommended memory and time costs.
  return hash(password);
}

// A real hash to verify against when the email is unknown, so timing does not reveal which accounts exist.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hash("decoy password that matches nothing");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
