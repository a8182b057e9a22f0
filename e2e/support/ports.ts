// The ports of the extra servers some journeys start beside the suite's own (E2E_PORT): one each, named in one
// place, so that two specs running in parallel workers can never start servers on the same port.
const base = Number(process.env.E2E_PORT ?? 3210);

export const PORTS = {
  scheduledPublishing: base + 1,
  clientAddresses: base + 2,
  shutdown: base + 3,
  durability: base + 4,
  databaseRestart: base + 5,
  databaseRestartPostgres: base + 6,
  standalone: base + 7,
  health: base + 8,
  scheduledWithdrawal: base + 9,
} as const;
