import type { SessionContent } from '../../src/domain/content/session.js';
import type { CourseId, SessionId } from '../../src/domain/shared/ids.js';

/** Fixed session ids: `sessionId(3)` is the third. */
export const sessionId = (n: number): SessionId =>
  `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}` as SessionId;

/** Session `n` of a course: storyblokId 2000 + n, uuid and slug derived from n. */
export function sessionContent(
  courseId: CourseId,
  n: number,
  overrides: Partial<SessionContent> = {},
): SessionContent {
  return {
    storyblokId: 2000 + n,
    storyblokUuid: `7a9d4e2f-1b3c-4d5e-8f60-${String(n).padStart(12, '0')}`,
    name: `Session ${n}`,
    slug: `courses/healing-from-sexual-trauma/session-${n}`,
    courseId,
    ...overrides,
  };
}
