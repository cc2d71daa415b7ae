import type { CourseId, PartnerId } from '../shared/ids.js';

/** Whether a partner's users see a course; rows are deactivated, never deleted. */
export class CoursePartner {
  constructor(
    readonly id: string,
    readonly courseId: CourseId,
    readonly partnerId: PartnerId,
    readonly active: boolean,
    readonly createdAt: Date,
    readonly updatedAt: Date,
  ) {}
}
