import type { ReplyDepartment } from "../reply/reply-schema.js";
import type { AdmissionReport } from "./report-schema.js";

/** A report's responsible departments as reply departments: its lead, the others, the implicit ones. */
export function listReportDepartments(report: AdmissionReport): ReplyDepartment[] {
  return report.departments.all.map((d) => ({
    name: d.name,
    role: d.implicit ? "implicit" : d.name === report.departments.lead ? "lead" : "participant",
  }));
}
