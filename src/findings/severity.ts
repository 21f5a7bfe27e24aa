/** How much a finding weighs: an error rejects a return, a warning asks for a fix, info only tells. */
export type Severity = 'error' | 'warning' | 'info';
