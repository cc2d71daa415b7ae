// SPEC 2 accepts any ISO-8601 date-time with an offset. Simplybook and Zapier send forms that
// neither Date.parse nor z.iso.datetime accept everywhere (`+0000`, `,5` fractions, the basic
// format, a space for the T), so the format is checked here, including impossible dates (02-30).
// Date and time are both extended (`2026-02-01T09:00:00`) or both basic (`20260201T090000`); the
// offset may be `Z`, `±hh`, `±hhmm` or `±hh:mm` with either. A fraction belongs to the last
// component given (`T09,5Z` is 09:30). Ordinal and week dates are refused (docs/decisions.md).
const OFFSET = String.raw`(Z|[+-]\d{2}(?::?\d{2})?)`;
const FRACTION = String.raw`(?:[.,](\d{1,9}))?`;
const FORMS = [
  new RegExp(
    String.raw`^(\d{4})-(\d{2})-(\d{2})[T ](\d{2})(?::(\d{2})(?::(\d{2}))?)?${FRACTION}${OFFSET}$`,
    'i',
  ),
  new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})[T ](\d{2})(?:(\d{2})(\d{2})?)?${FRACTION}${OFFSET}$`, 'i'),
];
const HOUR_MS = 3_600_000;

/** An ISO-8601 date-time with an offset as a Date, else null. */
export function parseIsoDateTime(text: string): Date | null {
  const trimmed = text.trim();
  const match = FORMS.map((form) => form.exec(trimmed)).find((found) => found !== null);
  if (!match) return null;
  const part = (index: number) => Number(match[index] ?? '0');
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(part) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const consistent =
    local.getUTCFullYear() === year &&
    local.getUTCMonth() === month - 1 &&
    local.getUTCDate() === day &&
    local.getUTCHours() === hour &&
    local.getUTCMinutes() === minute &&
    local.getUTCSeconds() === second;
  const offset = offsetMs(match[8] ?? 'Z');
  if (!consistent || offset === null) return null;
  const unit = match[6] ? 1000 : match[5] ? 60_000 : HOUR_MS;
  // Integer arithmetic (at most 9 digits times an hour stays below 2^53), truncated to the ms.
  const fraction = Math.floor((Number((match[7] ?? '').padEnd(9, '0')) * unit) / 1e9);
  return new Date(local.getTime() + fraction - offset);
}

function offsetMs(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  return (offset.startsWith('-') ? -1 : 1) * (hours * HOUR_MS + minutes * 60_000);
}
