export { parseEsrStaffCsv } from './parse-esr-staff-csv';
export type { EsrParseOptions } from './parse-esr-staff-csv';
export type { EsrStaffRow } from './esr-row';
export { ESR_COLUMNS } from './esr-columns';
export { parseEsrDate } from './esr-date';
export { IMPORT_ERROR_CODES } from './import-error';
export type { ImportError, ImportErrorCode, ImportResult } from './import-error';
export { planImport } from './plan-import';
export type { ExistingPerson, ImportCommand, ImportPlan, ImportSnapshot, ImportSummary, PlanOptions } from './import-plan.types';
