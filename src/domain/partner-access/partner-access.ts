import type { PartnerAccessId, PartnerAdminId, PartnerId, UserId } from '../shared/ids.js';
import type { AccessCode } from './access-code.js';
import {
  AccessCodeAlreadyApplied,
  AccessCodeAlreadyInUse,
  AccessCodeExpired,
  InvalidTherapySessions,
} from './partner-access-errors.js';

export const MAX_THERAPY_SESSIONS = 100;

export interface Grant {
  featureLiveChat: boolean;
  featureTherapy: boolean;
  therapySessionsRemaining: number;
  therapySessionsRedeemed: number;
}

export interface AccessChanges {
  featureLiveChat?: boolean;
  featureTherapy?: boolean;
  therapySessionsRemaining?: number;
  active?: boolean;
}

/** What one partner grants one user: chat, therapy sessions. Minted as a code, or given at sign-up. */
export class PartnerAccess {
  constructor(
    readonly id: PartnerAccessId,
    readonly partnerId: PartnerId,
    readonly partnerAdminId: PartnerAdminId | null,
    readonly accessCode: AccessCode | null,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _featureLiveChat: boolean,
    private _featureTherapy: boolean,
    private _therapySessionsRemaining = 0,
    private _therapySessionsRedeemed = 0,
    private _userId: UserId | null = null,
    private _activatedAt: Date | null = null,
    private _active = true,
  ) {}

  /** A code minted by a partner admin, waiting to be claimed. */
  static mint(
    id: PartnerAccessId,
    admin: { id: PartnerAdminId; partnerId: PartnerId },
    code: AccessCode,
    grant: Grant,
    now: Date,
  ): PartnerAccess {
    assertSessions(grant.therapySessionsRemaining);
    assertSessions(grant.therapySessionsRedeemed);
    const { featureLiveChat, featureTherapy, therapySessionsRemaining, therapySessionsRedeemed } = grant;
    return new PartnerAccess(
      id,
      admin.partnerId,
      admin.id,
      code,
      now,
      now,
      featureLiveChat,
      featureTherapy,
      therapySessionsRemaining,
      therapySessionsRedeemed,
    );
  }

  /** The access a sign-up through a partner's automatic-access feature gets: chat, no therapy. */
  static automatic(id: PartnerAccessId, partnerId: PartnerId, userId: UserId, now: Date): PartnerAccess {
    return new PartnerAccess(id, partnerId, null, null, now, now, true, false, 0, 0, userId, now);
  }

  get userId(): UserId | null {
    return this._userId;
  }
  get activatedAt(): Date | null {
    return this._activatedAt;
  }
  get active(): boolean {
    return this._active;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }
  get featureLiveChat(): boolean {
    return this._featureLiveChat;
  }
  get featureTherapy(): boolean {
    return this._featureTherapy;
  }
  get therapySessionsRemaining(): number {
    return this._therapySessionsRemaining;
  }
  get therapySessionsRedeemed(): number {
    return this._therapySessionsRedeemed;
  }

  /** Checks 4 and 5 of SPEC 6.2; `caller` is null when nobody is signed in (validate, sign-up). */
  assertClaimableBy(caller: UserId | null, now: Date): void {
    if (this._userId !== null && this._userId === caller) throw new AccessCodeAlreadyApplied();
    if (this._userId !== null) throw new AccessCodeAlreadyInUse();
    if (isMoreThanAYearAfter(this.createdAt, now)) throw new AccessCodeExpired();
  }

  claimFor(userId: UserId, now: Date): void {
    this.assertClaimableBy(userId, now);
    this._userId = userId;
    this._activatedAt = now;
    this._updatedAt = now;
  }

  /** A super admin's correction; the redeemed counter moves only with bookings. */
  change(changes: AccessChanges, now: Date): void {
    if (changes.therapySessionsRemaining !== undefined) {
      assertSessions(changes.therapySessionsRemaining);
      this._therapySessionsRemaining = changes.therapySessionsRemaining;
    }
    if (changes.featureLiveChat !== undefined) this._featureLiveChat = changes.featureLiveChat;
    if (changes.featureTherapy !== undefined) this._featureTherapy = changes.featureTherapy;
    if (changes.active !== undefined) this._active = changes.active;
    this._updatedAt = now;
  }
}

function assertSessions(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_THERAPY_SESSIONS)
    throw new InvalidTherapySessions();
}

/** "Created more than one year ago": a calendar year in UTC, so at exactly one year the code still works. */
export function isMoreThanAYearAfter(createdAt: Date, now: Date): boolean {
  const anniversary = new Date(createdAt);
  anniversary.setUTCFullYear(anniversary.getUTCFullYear() + 1);
  return now.getTime() > anniversary.getTime();
}
