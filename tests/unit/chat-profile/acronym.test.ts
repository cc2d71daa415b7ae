import { describe, expect, it } from 'vitest';
import { acronym } from '../../../src/domain/chat-profile/acronym.js';

describe('acronym (SPEC.md section 8)', () => {
  it.each([
    ['Healing from sexual trauma', 'Hst'],
    ['Recovering from toxic relationships', 'Rtr'],
    ['The importance of sleep and rest', 'iosr'],
    ['What is sexual trauma?', 'Wist'],
    ['Dating, boundaries and relationships', 'Dbr'],
    ['Reclaiming  power in   your life', 'Rpyl'],
    ['AND or To', ''],
    ['Self-care as a practice — 1:1', 'Sap1'],
    ['¿Qué es el trauma?', 'Qeet'],
  ])('%s → %s', (name, expected) => {
    expect(acronym(name)).toBe(expected);
  });
});
