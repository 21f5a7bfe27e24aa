/** 2026-03-01 → "1-3-2026", the way Dutch users write a date; anything else as it is. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}
