/** How many of the weakest principles the report lists, in every format. */
export const WEAKEST_COUNT = 10;
