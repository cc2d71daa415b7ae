import type { PartnerAccessId, TherapySessionId, UserId } from '../../src/domain/shared/ids.js';
import { TherapyCredit } from '../../src/domain/therapy/therapy-credit.js';
import { TherapySession, type BookingDetails } from '../../src/domain/therapy/therapy-session.js';

export const T0 = new Date('2026-01-15T10:00:00.000Z');
export const USER = 'a1000000-0000-4000-8000-000000000001' as UserId;
export const OTHER_USER = 'a1000000-0000-4000-8000-000000000002' as UserId;
export const ACCESS = 'b1000000-0000-4000-8000-000000000001' as PartnerAccessId;
export const LATER_ACCESS = 'b1000000-0000-4000-8000-000000000002' as PartnerAccessId;

export const START = new Date('2026-02-01T09:00:00.000Z');
export const END = new Date('2026-02-01T10:00:00.000Z');

export function bookingDetails(overrides: Partial<BookingDetails> = {}): BookingDetails {
  return {
    bookingCode: 'SB-0001',
    clientEmail: 'client@example.org',
    clientTimezone: 'Europe/London',
    serviceName: 'Therapy session',
    serviceProviderName: 'Therapist One',
    serviceProviderEmail: 'therapist@example.org',
    startDateTime: START,
    endDateTime: END,
    ...overrides,
  };
}

export function aTherapySession(
  overrides: Partial<BookingDetails> & { id?: string; userId?: UserId; accessId?: PartnerAccessId } = {},
): TherapySession {
  return TherapySession.book(
    (overrides.id ?? 'c1000000-0000-4000-8000-000000000001') as TherapySessionId,
    overrides.userId ?? USER,
    overrides.accessId ?? ACCESS,
    bookingDetails(overrides),
    T0,
  );
}

export interface CreditFields {
  accessId?: PartnerAccessId;
  userId?: UserId | null;
  active?: boolean;
  featureTherapy?: boolean;
  createdAt?: Date;
  remaining?: number;
  redeemed?: number;
}

export function aTherapyCredit(overrides: CreditFields = {}): TherapyCredit {
  return new TherapyCredit(
    overrides.accessId ?? ACCESS,
    overrides.userId === undefined ? USER : overrides.userId,
    overrides.active ?? true,
    overrides.featureTherapy ?? true,
    overrides.createdAt ?? T0,
    overrides.remaining ?? 3,
    overrides.redeemed ?? 0,
  );
}
