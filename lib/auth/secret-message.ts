export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. Production refuses to start without it: set it to a long random string, e.g. `openssl rand -base64 32`.";
