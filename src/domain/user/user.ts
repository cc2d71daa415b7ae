import type { EmailRemindersFrequency, SignUpType } from '../profile/profile-views.js';
import type { UserId } from '../shared/ids.js';
import { InvalidUserName } from './user-errors.js';

const NAME_MAX = 200;
const ACTIVITY_INTERVAL_MS = 60 * 60 * 1000;

/** lastActiveAt moves at most once an hour: true when a visit at `now` should move it. */
export function activityIsDue(lastActiveAt: Date | null, now: Date): boolean {
  return !lastActiveAt || now.getTime() - lastActiveAt.getTime() >= ACTIVITY_INTERVAL_MS;
}

export interface UserDetails {
  name?: string;
  contactPermission?: boolean;
  serviceEmailsPermission?: boolean;
  emailRemindersFrequency?: EmailRemindersFrequency;
  signUpLanguage?: string;
}

export interface NewUser {
  id: UserId;
  firebaseUid: string;
  crispTokenId: string;
  name: string;
  /** Already normalised (trimmed, lower-cased). */
  email: string;
  signUpType: SignUpType;
  contactPermission: boolean;
  serviceEmailsPermission?: boolean;
  emailRemindersFrequency?: EmailRemindersFrequency;
  signUpLanguage?: string | null;
}

/**
 * A Bloom account (SPEC section 4). `signUpType` is fixed at sign-up; deletion anonymises the
 * row rather than removing it, so progress and accesses stay for reporting.
 */
export class User {
  constructor(
    readonly id: UserId,
    readonly firebaseUid: string,
    readonly crispTokenId: string,
    readonly signUpType: SignUpType,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _name: string,
    private _email: string,
    private _contactPermission = false,
    private _serviceEmailsPermission = true,
    private _emailRemindersFrequency: EmailRemindersFrequency = 'NEVER',
    private _signUpLanguage: string | null = null,
    private _isSuperAdmin = false,
    private _isActive = true,
    private _lastActiveAt: Date | null = null,
    private _deletedAt: Date | null = null,
  ) {}

  static signUp(input: NewUser, now: Date): User {
    const user = new User(
      input.id,
      input.firebaseUid,
      input.crispTokenId,
      input.signUpType,
      now,
      now,
      checkedName(input.name),
      input.email,
      input.contactPermission,
      input.serviceEmailsPermission ?? true,
      input.emailRemindersFrequency ?? 'NEVER',
      input.signUpLanguage ?? null,
    );
    user._lastActiveAt = now;
    return user;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }
  get name(): string {
    return this._name;
  }
  get email(): string {
    return this._email;
  }
  get contactPermission(): boolean {
    return this._contactPermission;
  }
  get serviceEmailsPermission(): boolean {
    return this._serviceEmailsPermission;
  }
  get emailRemindersFrequency(): EmailRemindersFrequency {
    return this._emailRemindersFrequency;
  }
  get signUpLanguage(): string | null {
    return this._signUpLanguage;
  }
  get isSuperAdmin(): boolean {
    return this._isSuperAdmin;
  }
  get isActive(): boolean {
    return this._isActive;
  }
  get lastActiveAt(): Date | null {
    return this._lastActiveAt;
  }
  get deletedAt(): Date | null {
    return this._deletedAt;
  }

  /** Only the given fields change. */
  updateDetails(details: UserDetails, now: Date): void {
    if (details.name !== undefined) this._name = checkedName(details.name);
    if (details.contactPermission !== undefined) this._contactPermission = details.contactPermission;
    if (details.serviceEmailsPermission !== undefined)
      this._serviceEmailsPermission = details.serviceEmailsPermission;
    if (details.emailRemindersFrequency !== undefined)
      this._emailRemindersFrequency = details.emailRemindersFrequency;
    if (details.signUpLanguage !== undefined) this._signUpLanguage = details.signUpLanguage;
    this._updatedAt = now;
  }

  /** `email` is normalised and already accepted by the identity provider. */
  changeEmail(email: string, now: Date): void {
    this._email = email;
    this._updatedAt = now;
  }

  /** lastActiveAt moves at most once an hour (GET /me); true when it moved. */
  recordActivity(now: Date): boolean {
    if (!activityIsDue(this._lastActiveAt, now)) return false;
    this._lastActiveAt = now;
    return true;
  }

  grantSuperAdmin(granted: boolean, now: Date): void {
    this._isSuperAdmin = granted;
    this._updatedAt = now;
  }

  setActive(active: boolean, now: Date): void {
    this._isActive = active;
    this._updatedAt = now;
  }

  /**
   * SPEC 5.2: name and email become random strings and the account is closed. Repeating it is
   * safe; the first deletion time is kept.
   */
  anonymise(randomName: string, randomEmail: string, now: Date): void {
    this._name = randomName;
    this._email = randomEmail;
    this._isActive = false;
    this._deletedAt ??= now;
    this._updatedAt = now;
  }
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > NAME_MAX) throw new InvalidUserName();
  return trimmed;
}
