/**
 * checklist-tools.js: what the checklist page needs only when a reader imports a file or exports
 * OSCAL (the import reader and the OSCAL writers), so checklist.js stays small. checklist.js loads it
 * on first use as a classic script beside itself (it runs from file:// too) and reads this global.
 */
import { decode, describeChanges, planImport, readChecklist } from './checklist-import';
import { assessmentResults, poam } from './checklist-oscal';

const tools = { decode, readChecklist, planImport, describeChanges, assessmentResults, poam };
export type Tools = typeof tools;

(globalThis as { hicpChecklistTools?: Tools }).hicpChecklistTools = tools;
