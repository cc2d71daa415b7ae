import { randomUUID } from 'node:crypto';
import { CoursePartner } from '../../../domain/content/course-partner.js';
import type { CoursePartnerRepository } from '../../../domain/content/content-repositories.js';
import type { CourseId, PartnerId } from '../../../domain/shared/ids.js';

export class InMemoryCoursePartnerRepository implements CoursePartnerRepository {
  private rows: CoursePartner[] = [];

  /** `partners` stands in for the partner table, which this repository only reads. */
  constructor(private readonly partners: ReadonlyArray<{ id: PartnerId; name: string }>) {}

  async listForCourse(courseId: CourseId): Promise<CoursePartner[]> {
    return this.rows.filter((row) => row.courseId === courseId);
  }

  async mirror(courseId: CourseId, partnerNames: string[], now: Date): Promise<void> {
    const names = new Set(partnerNames.map((name) => name.toLowerCase()));
    const wanted = new Set(this.partners.filter((p) => names.has(p.name.toLowerCase())).map((p) => p.id));
    this.rows = this.rows.map((row) => {
      if (row.courseId !== courseId || row.active === wanted.has(row.partnerId)) return row;
      return new CoursePartner(row.id, row.courseId, row.partnerId, !row.active, row.createdAt, now);
    });
    for (const partnerId of wanted) {
      if (this.rows.some((row) => row.courseId === courseId && row.partnerId === partnerId)) continue;
      this.rows.push(new CoursePartner(randomUUID(), courseId, partnerId, true, now, now));
    }
  }
}
