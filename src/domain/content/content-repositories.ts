import { portToken } from '../shared/port-token.js';
import type { CourseId, ResourceId, SessionId } from '../shared/ids.js';
import type { Course, CourseContent } from './course.js';
import type { CoursePartner } from './course-partner.js';
import type { Resource, ResourceContent } from './resource.js';
import type { Session, SessionContent } from './session.js';

export interface CourseRepository {
  findById(id: CourseId): Promise<Course | null>;
  findByStoryblokId(storyblokId: number): Promise<Course | null>;
  findByStoryblokUuid(storyblokUuid: string): Promise<Course | null>;
  /**
   * Inserts the course published with `content`, or updates the one with its storyblokId
   * (one statement, so concurrent deliveries never collide). A replay changes nothing.
   */
  upsertPublished(content: CourseContent, newId: CourseId, now: Date): Promise<Course>;
  save(course: Course): Promise<void>;
}
export const CourseRepository = portToken<CourseRepository>('CourseRepository');

export interface SessionRepository {
  findById(id: SessionId): Promise<Session | null>;
  findByStoryblokId(storyblokId: number): Promise<Session | null>;
  findByStoryblokUuid(storyblokUuid: string): Promise<Session | null>;
  /**
   * Read fresh and share-locked until the unit of work ends: a delivery moving or withdrawing
   * the session waits for that unit of work, or the read waits for the delivery and sees its result.
   */
  findByStoryblokIdForShare(storyblokId: number): Promise<Session | null>;
  /** As findByStoryblokIdForShare. */
  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Session | null>;
  /** As CourseRepository.upsertPublished; a new courseId re-parents the session. */
  upsertPublished(content: SessionContent, newId: SessionId, now: Date): Promise<Session>;
  save(session: Session): Promise<void>;
}
export const SessionRepository = portToken<SessionRepository>('SessionRepository');

export interface CoursePartnerRepository {
  /** Every row of the course, active or not, oldest first. */
  listForCourse(courseId: CourseId): Promise<CoursePartner[]>;
  /**
   * Makes the course's active rows exactly the partners named (exact, case-insensitive
   * names; unknown names are skipped); rows of partners no longer named become inactive.
   */
  mirror(courseId: CourseId, partnerNames: string[], now: Date): Promise<void>;
}
export const CoursePartnerRepository = portToken<CoursePartnerRepository>('CoursePartnerRepository');

/** Resources (SPEC 13.2), written by the Storyblok webhook under the same rules as courses. */
export interface ResourceRepository {
  findById(id: ResourceId): Promise<Resource | null>;
  findByStoryblokId(storyblokId: number): Promise<Resource | null>;
  findByStoryblokUuid(storyblokUuid: string): Promise<Resource | null>;
  /** As SessionRepository.findByStoryblokUuidForShare: a withdrawal waits for the progress call, or the reverse. */
  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Resource | null>;
  /** As CourseRepository.upsertPublished; a new category is a change. */
  upsertPublished(content: ResourceContent, newId: ResourceId, now: Date): Promise<Resource>;
  save(resource: Resource): Promise<void>;
}
export const ResourceRepository = portToken<ResourceRepository>('ResourceRepository');
