/** The three progress calls of SPEC.md 7.2: start a session, complete it, undo the completion. */
export type ProgressChange = 'start' | 'complete' | 'incomplete';
