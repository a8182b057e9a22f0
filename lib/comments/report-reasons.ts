// Why a reader may report a comment; shared by the report form and the action that checks it.
export const REPORT_REASONS = ["Abusive or offensive", "Spam or advertising", "Off topic", "Something else"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
