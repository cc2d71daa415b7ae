import fc from 'fast-check';

/** Strings an attacker or a broken client sends: SQL, traversal, unicode tricks, templates, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "' OR '1'='1",
    '\'; drop table "user"; --',
    '" OR ""="',
    '../../../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '%2e%2e%2f%2e%2e%2f',
    '\u202eevil',
    '\ud800',
    '\u0000',
    '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧',
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '__proto__',
    'constructor',
    'null',
    'NaN',
    '-1',
    '1e309',
    'ZZZZZZ',
    '00000000-0000-0000-0000-000000000000',
    '2026-02-30T25:61:61+99:99',
    'a@b',
    ' UPPER@EXAMPLE.COM ',
    '',
    ' ',
  ),
  fc.integer({ min: 300, max: 70_000 }).map((length) => 'x'.repeat(length)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -0, 0.5),
);

const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isSuperAdmin', 'id', 'userId', 'partnerId'),
);

/** Any JSON value, biased towards the hostile ones. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A body: the operation's own property names with hostile values (so validation goes deep), or anything. */
export function hostileBody(propertyNames: string[]): fc.Arbitrary<unknown> {
  const named =
    propertyNames.length > 0
      ? fc.record(Object.fromEntries(propertyNames.map((name) => [name, hostileValue])), {
          requiredKeys: [],
        })
      : fc.constant({});
  return fc.oneof(
    named,
    fc
      .tuple(named, fc.dictionary(hostileKey, hostileValue, { maxKeys: 3 }))
      .map(([a, b]) => ({ ...b, ...a })),
    hostileValue,
  );
}

/** Raw body texts that are not what JSON.stringify makes. */
export const rawBody = fc.constantFrom(
  '{"__proto__": {"isSuperAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}',
  '{"name": "a", "name": "b"}',
  '{',
  '[]',
  'null',
  '"just a string"',
  '\u0000',
  '{"a": "\\ud800"}',
  '{"a": 1e999}',
  '\ufeff{}',
  'name=a&email=b',
  '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
  '',
);

export const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
);

/**
 * Percent-encodes text; a lone surrogate (which encodeURIComponent refuses) is sent as the bytes
 * a careless client would produce for it, which are not UTF-8.
 */
export function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.toWellFormed())}%ED%A0%80`;
  }
}

/** A path segment: hostile text (encoded, or raw escapes a client may send), or an id. */
export function pathSegment(knownIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    hostileString.map((text) => encode(text.slice(0, 3000))),
    fc.constantFrom('%ZZ', '%', '%C0%AF', '..', '%2e%2e', '%00', 'a%2Fb', '%F0%9F%92%A9'),
    fc.uuid().map((id) => id.toUpperCase()),
    fc.uuid(),
    fc.constantFrom(...knownIds),
  );
}

/** Query pairs: the operation's own names (duplicated sometimes) and others, with hostile values. */
export function queryPairs(names: string[]): fc.Arbitrary<[string, string][]> {
  const name = names.length > 0 ? fc.oneof(fc.constantFrom(...names), hostileKey) : hostileKey;
  const value = fc.oneof(
    hostileString.map((text) => text.slice(0, 2000)),
    hostileValue.map((json) => JSON.stringify(json) ?? 'undefined'),
  );
  return fc
    .array(fc.tuple(name, value), { maxLength: 4 })
    .chain((pairs) =>
      fc.boolean().map((duplicate) => (duplicate && pairs[0] ? [...pairs, pairs[0]] : pairs)),
    );
}
