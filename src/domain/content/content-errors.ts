import { domainError } from '../shared/domain-error.js';

export class StoryblokUnavailable extends domainError('upstream', 'STORYBLOK_UNAVAILABLE') {}
export class StoryNotFound extends domainError('not_found', 'STORY_NOT_FOUND') {}
/** A story whose uuid Bloom already holds under another Storyblok id (or the reverse). */
export class StoryConflict extends domainError('conflict', 'STORY_CONFLICT') {}
/** A story action that needs a `story_id` came without one. */
export class StoryIdMissing extends domainError('invalid', 'VALIDATION_FAILED') {}
export class SessionNotFound extends domainError('not_found', 'SESSION_NOT_FOUND') {}
export class InvalidStoryblokSignature extends domainError('unauthenticated', 'INVALID_SIGNATURE') {}
export class ResourceNotFound extends domainError('not_found', 'RESOURCE_NOT_FOUND') {}
