export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. Production builds and servers refuse to run without it (the same value for both): set it to a long random string, e.g. `openssl rand -base64 32`.";
