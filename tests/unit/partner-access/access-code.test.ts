import { describe, expect, it } from 'vitest';
import { AccessCode } from '../../../src/domain/partner-access/access-code.js';

describe('AccessCode (SPEC 6.1, 6.2 check 1)', () => {
  it('normalises by trimming and upper-casing, whatever the text', () => {
    expect(AccessCode.normalise('  abC2x9 ')).toBe('ABC2X9');
    expect(AccessCode.normalise('\tab-c\n')).toBe('AB-C');
    expect(AccessCode.normalise('   ')).toBe('');
  });

  it('parses six characters of [A-Z0-9] after normalising', () => {
    expect(AccessCode.parse(' abcdef ')).toBe('ABCDEF');
    expect(AccessCode.parse('0O1IL9')).toBe('0O1IL9');
  });

  it.each(['', '   ', 'ABCDE', 'ABCDEFG', 'ABC-EF', 'ÄBCDEF', 'AB CDE'])(
    'refuses %j with INVALID_CODE (400)',
    (raw) => {
      expect(() => AccessCode.parse(raw)).toThrow(
        expect.objectContaining({ code: 'INVALID_CODE', kind: 'invalid' }),
      );
    },
  );
});
