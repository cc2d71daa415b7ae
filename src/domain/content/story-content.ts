import type { CourseContent } from './course.js';
import type { Story } from './story-catalog.js';

/** The name editors pick in `included_for_partners` for "everyone"; it names no partner. */
const PUBLIC = 'public';

export function courseContentOf(story: Story): CourseContent {
  return { storyblokId: story.id, storyblokUuid: story.uuid, name: story.name, slug: story.fullSlug };
}

/**
 * The partners a Course story is included for, as the editors wrote them (the store matches
 * them exactly, case-insensitively); anything that is not a list of names counts as none.
 */
export function partnerNamesOf(story: Story): string[] {
  const listed = story.content['included_for_partners'];
  if (!Array.isArray(listed)) return [];
  return listed.filter(
    (name): name is string => typeof name === 'string' && name.length > 0 && name.toLowerCase() !== PUBLIC,
  );
}

/** The uuid of the course a Session story belongs to, or null when the story names none. */
export function sessionCourseUuidOf(story: Story): string | null {
  const uuid = story.content['course'];
  return typeof uuid === 'string' && uuid.length > 0 ? uuid : null;
}
