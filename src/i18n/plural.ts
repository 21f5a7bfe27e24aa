/** A count with its noun: "1 fout", "2 fouten". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
