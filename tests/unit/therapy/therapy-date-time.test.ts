import { describe, expect, it } from 'vitest';
import { parseIsoDateTime } from '../../../src/adapters/http/schemas/therapy-date-time.js';

describe('parseIsoDateTime', () => {
  it('reads every offset form Simplybook and Zapier send', () => {
    const expected = '2026-02-01T09:00:00.000Z';
    for (const text of [
      '2026-02-01T09:00:00Z',
      '2026-02-01T09:00:00.000Z',
      '2026-02-01T09:00:00+0000',
      '2026-02-01T09:00:00+00:00',
      '2026-02-01T10:00:00+0100',
      '2026-02-01T10:30:00+01:30',
      '2026-02-01T04:00:00-05',
      '2026-02-01T09:00+00:00',
      '2026-02-01T09:00:00,000+00:00',
      '2026-02-01 09:00:00+0000',
      '2026-02-01 09:00:00Z',
      '20260201T090000Z',
      '20260201T090000+0000',
      '20260201T100000+01',
      '20260201T0900Z',
      '20260201 090000+00:00',
      '2026-02-01t09:00:00z',
      '2026-02-01T08,5-00:30',
    ]) {
      expect(parseIsoDateTime(text)?.toISOString(), text).toBe(expected);
    }
  });

  it('keeps a fraction written with a comma or a point, to the millisecond', () => {
    expect(parseIsoDateTime('2026-02-01T09:00:00,5+00:00')?.toISOString()).toBe('2026-02-01T09:00:00.500Z');
    expect(parseIsoDateTime('20260201T090000.123456789Z')?.toISOString()).toBe('2026-02-01T09:00:00.123Z');
    expect(parseIsoDateTime('2026-02-01T09:00,25Z')?.toISOString()).toBe('2026-02-01T09:00:15.000Z');
  });

  it('refuses dates without an offset, impossible dates and other text', () => {
    for (const text of [
      '2026-02-01T09:00:00',
      '2026-02-01',
      '2026-02-30T09:00:00Z',
      '2026-13-01T09:00:00Z',
      '2026-02-01T24:00:00Z',
      '2026-02-01T09:00:00+2400',
      '2026-02-01T09:00:00+0060',
      '20260201T090000',
      '2026-02-01 09:00:00',
      '20260230T090000Z',
      '20260201T250000Z',
      '2026-02-01T090000Z',
      '20260201T09:00:00Z',
      '2026-02-01T09:00:00,Z',
      '2026-02-01T09:00:00.1234567891Z',
      '2026-032T09:00:00Z',
      '2026-W05-7T09:00:00Z',
      'tomorrow',
      '',
    ]) {
      expect(parseIsoDateTime(text), text).toBeNull();
    }
  });
});
